import type { GrayImage } from '@sohoa/core';

/**
 * Wraps raw 8-bit gray pixels in a binary PGM header. Tesseract's image reader (leptonica) reads
 * PGM directly, which saves the PNG encoding that would otherwise dominate preprocessing time.
 */
export function toPgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  return Buffer.concat([header, image.data]);
}
