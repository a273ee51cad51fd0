import type { GrayImage } from '../image/gray-image.js';
import { loadSharp } from '../image/load-sharp.js';

/** Lowest resolution taken at its word: 72 and 96 dpi are placeholders written by software. */
const LOWEST_TRUSTED_DPI = 100;

/**
 * The size a page's OCR copy gets when `cleanPage`'s `ocrDpi` brings it up to `targetDpi`
 * (`false`: never): larger only for scans from 100 dpi up to below the target. Known from the
 * page's header, before any pixel is decoded.
 *
 * @example
 * ```ts
 * import { upscaledSize } from '@sohoa/core';
 *
 * upscaledSize(1240, 1754, 150, 300); // { width: 2480, height: 3508, dpi: 300 }
 * ```
 */
export function upscaledSize(
  width: number,
  height: number,
  dpi: number,
  targetDpi: number | false,
): { width: number; height: number; dpi: number } {
  if (targetDpi === false || dpi < LOWEST_TRUSTED_DPI || dpi >= targetDpi) return { width, height, dpi };
  const scale = targetDpi / dpi;
  return { width: Math.round(width * scale), height: Math.round(height * scale), dpi: targetDpi };
}

/**
 * Resizes a grayscale image to `width × height` with bicubic interpolation (libvips), keeping
 * one channel; `dpi` is the resolution of the result.
 *
 * @internal
 */
export async function resizeGray(
  image: GrayImage,
  width: number,
  height: number,
  dpi: number,
): Promise<GrayImage> {
  const sharp = await loadSharp();
  if (width === image.width && height === image.height) return image;
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .extractChannel(0)
    .raw()
    .toBuffer();
  return { data, width, height, dpi };
}
