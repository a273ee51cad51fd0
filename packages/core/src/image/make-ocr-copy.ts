import { decodeError } from './decode-error.js';
import type { GrayImage } from './gray-image.js';
import { loadSharp } from './load-sharp.js';
import type { PageImage } from './page-image.js';

/**
 * Makes the copy of a page that OCR reads: grayscale, contrast stretched to the full range
 * (`normalise`), raw 8-bit pixels. It keeps the page's geometry exactly (same width, height and
 * resolution), so OCR word boxes map one to one onto the archival image.
 *
 * Grayscale rather than black and white on purpose: thresholding to 1 bit erases the small
 * Vietnamese tone marks (dots and hooks) and raises the error rate.
 *
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when the pixels cannot be decoded (truncated or
 *   damaged file).
 *
 * @example
 * ```ts
 * import { loadPageImage, makeOcrCopy } from '@sohoa/core';
 *
 * const page = await loadPageImage('p1.jpg');
 * const gray = await makeOcrCopy(page);
 * console.log(gray.width === page.width, gray.data.length); // true 8633188
 * ```
 */
export async function makeOcrCopy(page: PageImage): Promise<GrayImage> {
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(page.bytes, { limitInputPixels: false })
      .grayscale()
      .normalise()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, dpi: page.dpi };
  } catch (cause) {
    throw decodeError(page.source, cause);
  }
}
