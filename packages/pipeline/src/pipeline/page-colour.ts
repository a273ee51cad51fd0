import type { RgbImage } from '@sohoa/ocr';
import type { PdfAPage } from '@sohoa/pdfa';
import sharp from 'sharp';

/**
 * The page written into the PDF/A, in colour, for the OCR's second look (it tells a red seal's
 * ring of letters from unread text): decoded only when asked for, which the pool does only on a
 * page with ink no line was read from. A bilevel (CCITT) page has no colour.
 *
 * @example
 * ```ts
 * const ocr = await engine.recognize(ocrCopy, { colour: pageColour(pdfImage) });
 * ```
 */
export function pageColour(image: PdfAPage['image']): () => Promise<RgbImage | undefined> {
  return async () => {
    if (image.format === 'ccitt') return undefined;
    const { data, info } = await sharp(image.bytes, { limitInputPixels: false })
      .autoOrient()
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
}
