import type { GrayImage } from '@sohoa/core';

/**
 * Shrinks a gray image by a whole factor, averaging each `factor × factor` cell (the last partial
 * row and column are dropped). Orientation detection needs no more than about 150 dpi.
 *
 * @internal
 */
export function reduceGray(image: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return image;
  const width = Math.max(1, Math.floor(image.width / factor));
  const height = Math.max(1, Math.floor(image.height / factor));
  const data = Buffer.alloc(width * height);
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * image.width + x * factor;
        for (let dx = 0; dx < factor; dx++) sum += image.data[row + dx] ?? 255;
      }
      data[y * width + x] = Math.round(sum / area);
    }
  }
  return { data, width, height, dpi: image.dpi / factor };
}
