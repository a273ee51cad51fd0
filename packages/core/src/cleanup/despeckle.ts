import { findConnectedComponents } from '../analysis/connected-components.js';
import type { GrayImage } from '../image/gray-image.js';

/** Options of {@link despeckle}. */
export interface DespeckleOptions {
  /**
   * The largest speck removed, in pixels of area.
   * @default about 0.06 mm² (9 pixels at 300 dpi, 4 at 200 dpi)
   */
  maxArea?: number;
  /**
   * A small mark this close to a larger one (in pixels) is kept: it may be a tone mark, a dot
   * or a diacritic, not dust.
   * @default about 1 mm (12 pixels at 300 dpi)
   */
  isolation?: number;
  /**
   * Pixels darker than this are marks.
   * @default 160
   */
  inkLevel?: number;
  /**
   * On a dusty page (see `dustyDensity`), marks of at most this area in pixels are removed even
   * next to a letter: no printed mark, not even the dot of a tone mark in 6-point type, is that
   * small, but dust beside a word reads as a full stop.
   * @default about 0.03 mm² (4 pixels at 300 dpi, 2 at 200 dpi)
   */
  dustArea?: number;
  /**
   * A page is dusty when at least this many isolated specks per cm² were found (a clean A4 scan
   * has a handful in all, 0.01 per cm²).
   * @default 0.2
   */
  dustyDensity?: number;
}

/** Result of {@link despeckle}. */
export interface DespeckleResult {
  /** The cleaned image (a new buffer), same size and resolution. */
  image: GrayImage;
  /** How many specks were removed. */
  removed: number;
}

/**
 * Removes specks: connected dark marks of at most `maxArea` pixels that have no larger mark
 * within `isolation` pixels, painted white. Requiring isolation is what keeps Vietnamese tone
 * marks and the dots of `i` and `ạ`, which are as small as dust but sit next to their letter.
 * On a page with many such isolated specks (dusty: `dustyDensity`), the dust beside letters is
 * there too: marks smaller than any printed one (`dustArea`) are then removed wherever they lie.
 * Meant for the OCR copy, on a background-normalised or binarized page (paper near white).
 *
 * @example
 * ```ts
 * import { despeckle, loadPageImage, makeOcrCopy, normalizeBackground } from '@sohoa/core';
 *
 * const gray = normalizeBackground(await makeOcrCopy(await loadPageImage('p1.jpg')));
 * const { image, removed } = despeckle(gray);
 * console.log(`${removed} specks removed`);
 * ```
 */
export function despeckle(image: GrayImage, options: DespeckleOptions = {}): DespeckleResult {
  const { data, width, height } = image;
  const pixelsPerMm = image.dpi / 25.4;
  const maxArea = options.maxArea ?? Math.max(2, Math.round(pixelsPerMm ** 2 * 0.06));
  const isolation = Math.max(1, Math.round(options.isolation ?? pixelsPerMm));
  const inkLevel = options.inkLevel ?? 160;
  const mask = new Uint8Array(width * height);
  for (let index = 0; index < mask.length; index++) mask[index] = (data[index] as number) < inkLevel ? 1 : 0;
  const components = findConnectedComponents(mask, width, height);
  // Cells of `isolation` pixels that hold part of a mark larger than a speck.
  const cellsX = Math.ceil(width / isolation);
  const cellsY = Math.ceil(height / isolation);
  const occupied = new Uint8Array(cellsX * cellsY);
  for (let run = 0; run < components.runCount; run++) {
    if ((components.area[components.runComponent[run] ?? 0] ?? 0) <= maxArea) continue;
    const cellRow = Math.floor((components.runRow[run] ?? 0) / isolation) * cellsX;
    const first = Math.floor((components.runStart[run] ?? 0) / isolation);
    const last = Math.floor(((components.runEnd[run] ?? 1) - 1) / isolation);
    for (let cell = first; cell <= last; cell++) occupied[cellRow + cell] = 1;
  }
  const removeComponent = new Uint8Array(components.componentCount);
  let removed = 0;
  const dustArea = options.dustArea ?? Math.max(1, Math.round(pixelsPerMm ** 2 * 0.03));
  for (let component = 0; component < components.componentCount; component++) {
    if ((components.area[component] ?? 0) > maxArea) continue;
    const fromX = Math.max(0, Math.floor(((components.left[component] ?? 0) - isolation) / isolation));
    const toX = Math.min(
      cellsX - 1,
      Math.floor(((components.right[component] ?? 0) + isolation) / isolation),
    );
    const fromY = Math.max(0, Math.floor(((components.top[component] ?? 0) - isolation) / isolation));
    const toY = Math.min(
      cellsY - 1,
      Math.floor(((components.bottom[component] ?? 0) + isolation) / isolation),
    );
    let near = false;
    for (let cellY = fromY; cellY <= toY && !near; cellY++) {
      for (let cellX = fromX; cellX <= toX; cellX++) {
        if (occupied[cellY * cellsX + cellX] !== 0) {
          near = true;
          break;
        }
      }
    }
    if (!near) {
      removeComponent[component] = 1;
      removed++;
    }
  }
  const squareCm = (width * height) / (10 * pixelsPerMm) ** 2;
  if (removed >= (options.dustyDensity ?? 0.2) * squareCm) {
    for (let component = 0; component < components.componentCount; component++) {
      if (removeComponent[component] === 0 && (components.area[component] ?? 0) <= dustArea) {
        removeComponent[component] = 1;
        removed++;
      }
    }
  }
  const out = Buffer.from(data);
  for (let run = 0; run < components.runCount; run++) {
    if (removeComponent[components.runComponent[run] ?? 0] === 0) continue;
    const offset = (components.runRow[run] ?? 0) * width;
    out.fill(255, offset + (components.runStart[run] ?? 0), offset + (components.runEnd[run] ?? 0));
  }
  return { image: { data: out, width, height, dpi: image.dpi }, removed };
}
