import type { GrayImage } from '../image/gray-image.js';

/**
 * The paper's brightness across a page, in square cells of about 3 mm: smooth, never darker
 * than the paper around a bold heading or a stamp.
 *
 * @internal
 */
export interface PaperField {
  /** Brightness of each cell, row by row (`cellsX × cellsY`), in the levels of the image. */
  levels: Float32Array;
  /** Side of a cell in pixels. */
  cell: number;
  /** Cells across. */
  cellsX: number;
  /** Cells down. */
  cellsY: number;
}

/**
 * Share of a cell's pixels brighter than its paper level. Not the brightest pixel: JPEG ringing
 * beside strokes and noise make single pixels brighter than the paper, more so where text is
 * dense, and a flattening by them leaves the paper grey and mottled.
 */
const BRIGHTER_THAN_PAPER = 0.1;

/**
 * The paper field of a page: per cell of about 3 mm, the level that 10 % of its pixels exceed
 * (ink strokes never fill nine tenths of a cell), mapped through `levels` when given (a lookup
 * table that never decreases); then a 3 × 3 maximum, so cells filled by a bold heading or a
 * stamp take their neighbours' paper, and a 3 × 3 mean, so it varies smoothly.
 *
 * @internal
 */
export function estimatePaperField(image: GrayImage, levels?: Uint8Array): PaperField {
  const { data, width, height } = image;
  const cell = Math.max(4, Math.round((image.dpi / 25.4) * 3));
  const cellsX = Math.ceil(width / cell);
  const cellsY = Math.ceil(height / cell);
  // Per column, the offset of its cell's histogram in a row of cells' histograms.
  const histogramOf = new Int32Array(width);
  for (let x = 0; x < width; x++) histogramOf[x] = Math.floor(x / cell) * 256;
  const counts = new Uint32Array(cellsX * 256);
  const paper = new Float32Array(cellsX * cellsY);
  for (let cellY = 0; cellY < cellsY; cellY++) {
    counts.fill(0);
    const top = cellY * cell;
    const bottom = Math.min(height, top + cell);
    for (let y = top; y < bottom; y++) {
      const offset = y * width;
      for (let x = 0; x < width; x++) {
        const bin = (histogramOf[x] as number) + (data[offset + x] as number);
        counts[bin] = (counts[bin] as number) + 1;
      }
    }
    for (let cellX = 0; cellX < cellsX; cellX++) {
      const pixels = (bottom - top) * (Math.min(width, (cellX + 1) * cell) - cellX * cell);
      const brighter = pixels * BRIGHTER_THAN_PAPER;
      let level = 255;
      let seen = counts[cellX * 256 + level] as number;
      while (level > 0 && seen < brighter) {
        level--;
        seen += counts[cellX * 256 + level] as number;
      }
      paper[cellY * cellsX + cellX] = levels ? (levels[level] as number) : level;
    }
  }
  return { levels: boxMean(maximum3x3(paper, cellsX, cellsY), cellsX, cellsY), cell, cellsX, cellsY };
}

/**
 * How uneven the paper of a field is: the spread between its darkest and brightest cells (2nd
 * and 98th percentiles, so a few cells under a photograph or a black stamp do not count) as a
 * share of the brightest; 0 for perfectly even paper.
 *
 * @internal
 */
export function paperUnevenness(field: PaperField): number {
  const sorted = Float32Array.from(field.levels).sort();
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
  const brightest = at(0.98);
  return brightest > 0 ? (brightest - at(0.02)) / brightest : 0;
}

function maximum3x3(values: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let best = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          best = Math.max(best, values[ny * width + nx] ?? 0);
        }
      }
      out[y * width + x] = best;
    }
  }
  return out;
}

function boxMean(values: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let count = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
          sum += values[ny * width + nx] ?? 0;
          count++;
        }
      }
      out[y * width + x] = sum / count;
    }
  }
  return out;
}
