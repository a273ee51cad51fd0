import type { GrayImage } from '../image/gray-image.js';
import { grayHistogram, histogramPercentile } from './otsu-threshold.js';

/**
 * Marks the dark regions connected to the image edge: the black or gray scanner bed around the
 * paper, and the dark triangles a skewed sheet leaves. Text never reaches the edge on a
 * scanned page, and on the low-resolution copy this runs on, strokes average to mid-gray and
 * stay below the darkness threshold.
 *
 * @returns a byte mask, 1 on the border.
 * @internal
 */
export function findBorderMask(image: GrayImage): Uint8Array {
  const { data, width, height } = image;
  const paperLevel = histogramPercentile(grayHistogram(data), 0.9);
  const darkLevel = Math.min(110, paperLevel * 0.45);
  const mask = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  let size = 0;
  const push = (index: number): void => {
    if (mask[index] === 0 && (data[index] ?? 255) < darkLevel) {
      mask[index] = 1;
      stack[size++] = index;
    }
  };
  for (let x = 0; x < width; x++) {
    push(x);
    push((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    push(y * width);
    push(y * width + width - 1);
  }
  while (size > 0) {
    const index = stack[--size] ?? 0;
    const x = index % width;
    if (x > 0) push(index - 1);
    if (x < width - 1) push(index + 1);
    if (index >= width) push(index - width);
    if (index < (height - 1) * width) push(index + width);
  }
  return mask;
}

/** Widths of the border on each side, in pixels of the image measured. */
export interface BorderWidths {
  /** Rows cut from the top. */
  top: number;
  /** Columns cut from the right. */
  right: number;
  /** Rows cut from the bottom. */
  bottom: number;
  /** Columns cut from the left. */
  left: number;
}

/**
 * Counts, from each side inwards, the rows or columns whose share of border pixels is at least
 * `fraction`. With a high fraction this measures the scanner bed; with a low one, after
 * deskewing, it finds the largest rectangle free of border.
 *
 * @internal
 */
export function measureBorderWidths(
  mask: Uint8Array,
  width: number,
  height: number,
  fraction: number,
): BorderWidths {
  const rowCounts = new Int32Array(height);
  const columnCounts = new Int32Array(width);
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    for (let x = 0; x < width; x++) {
      if (mask[offset + x] !== 0) {
        rowCounts[y] = (rowCounts[y] ?? 0) + 1;
        columnCounts[x] = (columnCounts[x] ?? 0) + 1;
      }
    }
  }
  const rowLimit = fraction * width;
  const columnLimit = fraction * height;
  const leading = (counts: Int32Array, limit: number, from: number, step: number, length: number): number => {
    let count = 0;
    for (let index = from; count < length && (counts[index] ?? 0) >= Math.max(1, limit); index += step)
      count++;
    return count;
  };
  const top = leading(rowCounts, rowLimit, 0, 1, height);
  const bottom = leading(rowCounts, rowLimit, height - 1, -1, height - top);
  const left = leading(columnCounts, columnLimit, 0, 1, width);
  const right = leading(columnCounts, columnLimit, width - 1, -1, width - left);
  return { top, right, bottom, left };
}
