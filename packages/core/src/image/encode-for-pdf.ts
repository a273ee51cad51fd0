import { decodeError } from './decode-error.js';
import { loadSharp } from './load-sharp.js';
import type { PageImage } from './page-image.js';

/** A page image in a form a PDF can hold directly. */
export interface PdfReadyImage {
  bytes: Buffer;
  format: 'jpeg' | 'png';
  width: number;
  height: number;
  dpi: number;
}

/**
 * The page image as a PDF embeds it: JPEG and PNG pass through untouched (the archival bytes are
 * never re-encoded); TIFF and WebP are converted losslessly to PNG.
 *
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when a TIFF or WebP cannot be decoded.
 *
 * @example
 * ```ts
 * import { encodeForPdf, loadPageImage } from '@sohoa/core';
 *
 * const ready = await encodeForPdf(await loadPageImage('p1.tif'));
 * console.log(ready.format); // 'png'
 * ```
 */
export async function encodeForPdf(page: PageImage): Promise<PdfReadyImage> {
  const sharp = await loadSharp();
  const { width, height, dpi } = page;
  if (page.format === 'jpeg' || page.format === 'png') {
    return { bytes: page.bytes, format: page.format, width, height, dpi };
  }
  try {
    const bytes = await sharp(page.bytes, { limitInputPixels: false })
      .png({ compressionLevel: 6 })
      .toBuffer();
    return { bytes, format: 'png', width, height, dpi };
  } catch (cause) {
    throw decodeError(page.source, cause);
  }
}
