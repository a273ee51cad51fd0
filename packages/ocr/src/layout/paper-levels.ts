import type { GrayImage } from '@sohoa/core';
import type { PixelBox } from '../result/ocr-result.js';

/** The paper's brightness in cells of about 1 mm; see {@link measurePaper}. */
export interface PaperLevels {
  /** Cell side in pixels. */
  cell: number;
  cellsX: number;
  cellsY: number;
  /** One level (0–255) a cell, row by row. */
  levels: Float32Array;
}

/**
 * The paper's brightness around each cell of about 1 mm: the mean of the brighter half of the
 * cell's pixels (a typed stroke is thinner than a cell, so paper shows in every cell), then the
 * brightest of those within two cells. It follows a darker band, a stain or a fold closely, so
 * ink is judged against the paper it lies on.
 */
export function measurePaper(image: GrayImage): PaperLevels {
  const { width, height, data } = image;
  const cell = Math.max(4, Math.round(image.dpi / 25));
  const cellsX = Math.ceil(width / cell);
  const cellsY = Math.ceil(height / cell);
  const own = new Float32Array(cellsX * cellsY);
  for (let cy = 0; cy < cellsY; cy++)
    for (let cx = 0; cx < cellsX; cx++) {
      const x1 = Math.min(width, (cx + 1) * cell);
      const y1 = Math.min(height, (cy + 1) * cell);
      let sum = 0;
      for (let y = cy * cell; y < y1; y++)
        for (let x = cx * cell; x < x1; x++) sum += data[y * width + x] as number;
      const mean = sum / ((x1 - cx * cell) * (y1 - cy * cell));
      let upper = 0;
      let count = 0;
      for (let y = cy * cell; y < y1; y++)
        for (let x = cx * cell; x < x1; x++) {
          const value = data[y * width + x] as number;
          if (value >= mean) {
            upper += value;
            count += 1;
          }
        }
      own[cy * cellsX + cx] = upper / Math.max(1, count);
    }
  const across = maxFilter(own, cellsX, cellsY, 1, 0);
  return { cell, cellsX, cellsY, levels: maxFilter(across, cellsX, cellsY, 0, 1) };
}

function maxFilter(
  levels: Float32Array,
  cellsX: number,
  cellsY: number,
  dx: number,
  dy: number,
): Float32Array {
  const out = new Float32Array(levels.length);
  for (let cy = 0; cy < cellsY; cy++)
    for (let cx = 0; cx < cellsX; cx++) {
      let best = 0;
      for (let step = -2; step <= 2; step++) {
        const x = cx + step * dx;
        const y = cy + step * dy;
        if (x >= 0 && y >= 0 && x < cellsX && y < cellsY)
          best = Math.max(best, levels[y * cellsX + x] as number);
      }
      out[cy * cellsX + cx] = best;
    }
  return out;
}

/**
 * The part of `image` inside `box` with its paper made white and its grain smoothed: each pixel
 * divided by its cell's paper level (text under a darker band or on a stain reads as text on
 * white paper), then a 3 × 3 median twice (the grain a flattened dark band is left with would
 * otherwise break the engine's binarization), then stretched so the paper is white and the
 * darkest ink black.
 */
export function flattenRegion(image: GrayImage, paper: PaperLevels, box: PixelBox): GrayImage {
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const flat = Buffer.allocUnsafe(width * height);
  for (let y = 0; y < height; y++) {
    const row = Math.floor((box.y0 + y) / paper.cell) * paper.cellsX;
    for (let x = 0; x < width; x++) {
      const level = paper.levels[row + Math.floor((box.x0 + x) / paper.cell)] as number;
      const value = image.data[(box.y0 + y) * image.width + box.x0 + x] as number;
      flat[y * width + x] = Math.min(255, Math.round((value * 255) / Math.max(1, level)));
    }
  }
  const data = median3(median3(flat, width, height), width, height);
  const sorted = Uint8Array.from(data).sort();
  const black = sorted[Math.floor(sorted.length * 0.01)] as number;
  const white = sorted[Math.floor(sorted.length * 0.6)] as number;
  const range = Math.max(1, white - black);
  for (let i = 0; i < data.length; i++)
    data[i] = Math.max(0, Math.min(255, Math.round((((data[i] as number) - black) * 255) / range)));
  return { data, width, height, dpi: image.dpi };
}

function median3(data: Buffer, width: number, height: number): Buffer {
  const out = Buffer.alloc(data.length);
  data.copy(out);
  const window = new Uint8Array(9);
  for (let y = 1; y < height - 1; y++)
    for (let x = 1; x < width - 1; x++) {
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) window[n++] = data[(y + dy) * width + x + dx] as number;
      out[y * width + x] = window.sort()[4] as number;
    }
  return out;
}
