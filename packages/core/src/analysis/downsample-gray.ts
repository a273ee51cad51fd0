import type { GrayImage } from '../image/gray-image.js';

/**
 * Shrinks a grayscale image by an integer factor, averaging each `factor × factor` block (the
 * last partial row and column of blocks are dropped). Analysis runs on such reduced copies: a
 * 300 dpi page shrunk by 2 still resolves text lines to a twentieth of a degree.
 *
 * @internal
 */
export function downsampleGray(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const out = Buffer.alloc(width * height);
  const source = image.data;
  if (factor === 2) {
    // The common case (300 dpi to 150 dpi), without the general loop's bookkeeping.
    for (let y = 0; y < height; y++) {
      let top = 2 * y * image.width;
      let bottom = top + image.width;
      const row = y * width;
      for (let x = 0; x < width; x++, top += 2, bottom += 2) {
        const sum =
          (source[top] as number) +
          (source[top + 1] as number) +
          (source[bottom] as number) +
          (source[bottom + 1] as number);
        out[row + x] = (sum + 2) >> 2;
      }
    }
    return { data: out, width, height, dpi: image.dpi / factor };
  }
  const sums = new Uint32Array(width);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let dy = 0; dy < factor; dy++) {
      let index = (y * factor + dy) * image.width;
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let dx = 0; dx < factor; dx++) sum += source[index++] ?? 0;
        sums[x] = (sums[x] ?? 0) + sum;
      }
    }
    const row = y * width;
    for (let x = 0; x < width; x++) out[row + x] = Math.round((sums[x] ?? 0) / area);
  }
  return { data: out, width, height, dpi: image.dpi / factor };
}
