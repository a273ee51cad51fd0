import type { GrayImage } from '@sohoa/core';

/**
 * Shrinks a gray image to `width × height` by area averaging (each output pixel is the mean of the
 * input area it covers, partial pixels weighted), which keeps thin strokes and tone marks as gray
 * rather than dropping them. Used to hand tesseract a page at a lower resolution than the scan's.
 *
 * @internal
 */
export function resampleGray(image: GrayImage, width: number, height: number, dpi: number): GrayImage {
  const xs = spans(image.width, width);
  const ys = spans(image.height, height);
  // Horizontal pass into floats (width × source height), then vertical pass.
  const rows = new Float32Array(width * image.height);
  for (let y = 0; y < image.height; y++) {
    const source = y * image.width;
    const target = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = xs.start[x] as number; k < (xs.start[x + 1] as number); k++)
        sum += (image.data[source + (xs.index[k] as number)] as number) * (xs.weight[k] as number);
      rows[target + x] = sum;
    }
  }
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    const target = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = ys.start[y] as number; k < (ys.start[y + 1] as number); k++)
        sum += (rows[(ys.index[k] as number) * width + x] as number) * (ys.weight[k] as number);
      data[target + x] = Math.min(255, Math.round(sum));
    }
  }
  return { data, width, height, dpi };
}

/** For each output index, the input indices it covers and their weights (summing to 1). */
function spans(from: number, to: number): { start: Int32Array; index: Int32Array; weight: Float32Array } {
  const ratio = from / to;
  const start = new Int32Array(to + 1);
  const index: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < to; i++) {
    start[i] = index.length;
    const left = i * ratio;
    const right = Math.min(from, (i + 1) * ratio);
    for (let k = Math.floor(left); k < right; k++) {
      const covered = Math.min(right, k + 1) - Math.max(left, k);
      if (covered <= 0) continue;
      index.push(k);
      weight.push(covered / (right - left));
    }
  }
  start[to] = index.length;
  return { start, index: Int32Array.from(index), weight: Float32Array.from(weight) };
}
