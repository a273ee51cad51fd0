import { decodeError } from '../image/decode-error.js';
import type { GrayImage } from '../image/gray-image.js';
import { loadSharp } from '../image/load-sharp.js';
import type { PageImage } from '../image/page-image.js';

/**
 * Decodes a page to 8-bit gray pixels, upright per its EXIF orientation, transparent areas
 * flattened on white paper, unchanged otherwise.
 *
 * @internal
 */
export async function decodeGray(page: PageImage): Promise<GrayImage> {
  const sharp = await loadSharp();
  try {
    const { data, info } = await sharp(page.bytes, { limitInputPixels: false })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .grayscale()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, dpi: page.dpi };
  } catch (cause) {
    throw decodeError(page.source, cause);
  }
}
