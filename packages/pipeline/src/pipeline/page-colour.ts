import type { RgbImage } from '@sohoa/ocr';
import sharp from 'sharp';

/**
 * A page's image in colour, for the OCR's second look (it tells a red seal's ring of letters from
 * unread text): decoded only when asked for, which the pool does only on a page with ink no line
 * was read from. `digitize` gives the page written into the PDF/A, `sohoa ocr` and `sohoa extract`
 * the scan as loaded; either way the pixels are taken as stored (no EXIF turn), as the OCR copy
 * is made. A bilevel (CCITT) page has no colour.
 *
 * @param image encoded page bytes and their format (a `PageImage` of `@sohoa/core`, or the image
 *   of a `PdfAPage` of `@sohoa/pdfa`)
 *
 * @example
 * ```ts
 * import { loadPageImage, makeOcrCopy } from '@sohoa/core';
 * import { pageColour } from '@sohoa/pipeline';
 *
 * const page = await loadPageImage('p1.jpg');
 * const ocr = await engine.recognize(await makeOcrCopy(page), { colour: pageColour(page) });
 * ```
 */
export function pageColour(image: {
  bytes: Uint8Array;
  format: string;
}): () => Promise<RgbImage | undefined> {
  return async () => {
    if (image.format === 'ccitt') return undefined;
    const { data, info } = await sharp(image.bytes, { limitInputPixels: false })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
}
