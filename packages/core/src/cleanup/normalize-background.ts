import { grayHistogram, histogramPercentile } from '../analysis/otsu-threshold.js';
import type { GrayImage } from '../image/gray-image.js';
import { estimatePaperField, type PaperField } from './paper-field.js';

/**
 * Flattens the background of a grayscale page and stretches its contrast, for OCR: the paper's
 * brightness is estimated in cells of about 3 mm (the level that a tenth of each cell's pixels
 * exceed, which ink strokes never reach), smoothed, and divided out, so yellowed, stained or
 * unevenly lit paper becomes white; then the darkest 0.5 % of pixels is mapped to black. Bold
 * strokes, tone marks and faint ink keep their shape; only the paper changes.
 *
 * `cleanPage` flattens only pages whose paper is uneven (see its `normalizeBackground` option);
 * this function always does.
 *
 * @returns a new image, same size and resolution.
 *
 * @example
 * ```ts
 * import { loadPageImage, makeOcrCopy, normalizeBackground } from '@sohoa/core';
 *
 * const gray = await makeOcrCopy(await loadPageImage('yellowed.jpg'));
 * const flat = normalizeBackground(gray);
 * ```
 */
export function normalizeBackground(image: GrayImage): GrayImage {
  return flattenBackground(image, estimatePaperField(image));
}

/**
 * {@link normalizeBackground} of the image with `levels` applied to each pixel first (a lookup
 * table that never decreases, such as the contrast stretch of `normaliseTable`), in one pass:
 * the same result as flattening the mapped image, without making it. `paper` is the field of
 * the mapped image (`estimatePaperField(image, levels)`).
 *
 * @internal
 */
export function flattenBackground(image: GrayImage, paper: PaperField, levels?: Uint8Array): GrayImage {
  const { data, width, height } = image;
  const { cell, cellsX, cellsY, levels: background } = paper;
  // Bilinear interpolation between cell centres, separably: per column, its two cells and the
  // weight of the second; per row, the background of each cell column at that row.
  const leftCell = new Int32Array(width);
  const rightCell = new Int32Array(width);
  const rightWeight = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const cellX = Math.min(cellsX - 1, Math.max(0, (x + 0.5) / cell - 0.5));
    const x0 = Math.floor(cellX);
    leftCell[x] = x0;
    rightCell[x] = Math.min(cellsX - 1, x0 + 1);
    rightWeight[x] = cellX - x0;
  }
  const rowBackground = new Float32Array(cellsX);
  const rowPaper = new Float64Array(width);
  const map = levels ?? IDENTITY;
  const flat = Buffer.allocUnsafe(width * height);
  for (let y = 0; y < height; y++) {
    const cellY = Math.min(cellsY - 1, Math.max(0, (y + 0.5) / cell - 0.5));
    const y0 = Math.floor(cellY);
    const y1 = Math.min(cellsY - 1, y0 + 1);
    const fy = cellY - y0;
    for (let cellX = 0; cellX < cellsX; cellX++) {
      rowBackground[cellX] =
        (background[y0 * cellsX + cellX] as number) * (1 - fy) +
        (background[y1 * cellsX + cellX] as number) * fy;
    }
    // The paper of each pixel of the row.
    for (let x = 0; x < width; x++) {
      const weight = rightWeight[x] as number;
      const brightness =
        (rowBackground[leftCell[x] as number] as number) * (1 - weight) +
        (rowBackground[rightCell[x] as number] as number) * weight;
      rowPaper[x] = Math.max(1, brightness);
    }
    const offset = y * width;
    for (let x = 0; x < width; x++) {
      const value = ((map[data[offset + x] as number] as number) * 255) / (rowPaper[x] as number) + 0.5;
      flat[offset + x] = Math.min(value, 255);
    }
  }
  const black = histogramPercentile(grayHistogram(flat, 3), 0.005);
  if (black > 0 && black < 200) {
    const scale = 255 / (255 - black);
    const table = new Uint8Array(256);
    for (let level = 0; level < 256; level++) table[level] = Math.max(0, Math.round((level - black) * scale));
    for (let index = 0; index < flat.length; index++) flat[index] = table[flat[index] as number] as number;
  }
  return { data: flat, width, height, dpi: image.dpi };
}

const IDENTITY = Uint8Array.from({ length: 256 }, (_, level) => level);
