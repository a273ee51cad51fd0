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

/** Quality of the sRGB JPEG a CMYK JPEG becomes (PDF/A-2b has no CMYK without a CMYK output intent). */
const CMYK_TO_SRGB_JPEG_QUALITY = 95;

/**
 * The page image as a PDF embeds it: JPEG and PNG pass through untouched (the archival bytes are
 * never re-encoded); TIFF and WebP are converted losslessly to PNG. A CMYK JPEG is the exception:
 * its colours are converted to sRGB (JPEG quality 95), since a PDF/A-2b whose output intent is sRGB
 * may not hold DeviceCMYK images (ISO 19005-2, 6.2.4.3).
 *
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when a TIFF, WebP or CMYK JPEG cannot be decoded.
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
  try {
    if (page.format === 'jpeg' && page.colorSpace === 'cmyk') {
      const bytes = await sharp(page.bytes, { limitInputPixels: false })
        .toColourspace('srgb')
        .jpeg({ quality: CMYK_TO_SRGB_JPEG_QUALITY })
        .toBuffer();
      return { bytes, format: 'jpeg', width, height, dpi };
    }
    if (page.format === 'jpeg' || page.format === 'png') {
      return { bytes: page.bytes, format: page.format, width, height, dpi };
    }
    const bytes = await sharp(page.bytes, { limitInputPixels: false })
      .png({ compressionLevel: 6 })
      .toBuffer();
    return { bytes, format: 'png', width, height, dpi };
  } catch (cause) {
    throw decodeError(page.source, cause);
  }
}
