import { SohoaError } from '@sohoa/base';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import type { CcittPageImage, EncodedPageImage } from '../writer/pdfa-options.js';
import { openPdfDocument } from './open-pdf-document.js';
import type { OriginalImageRefusal } from './page-original-image.js';
import { pageResolution } from './page-resolution.js';
import { pageTextLayer } from './read-text-layer.js';
import type { TextLayerPage } from './text-layer-page.js';

/** One page of an existing PDF, rendered to pixels with every layer composited. */
export interface ScannedPdfPage {
  /** 1-based page number. */
  pageNumber: number;
  /** Width in pixels, as the page is displayed (its `/Rotate` applied: landscape stays landscape). */
  width: number;
  /** Height in pixels. */
  height: number;
  /** The resolution the page was rendered at: the finest image's own resolution, unless overridden. */
  dpi: number;
  /** Always 3: `pixels` is interleaved 8-bit sRGB, row by row, no padding. */
  channels: 3;
  /** `width × height × 3` bytes. */
  pixels: Uint8Array;
  /** The page's existing text layer as pdf.js extracts it (the scanner's OCR), lines joined by `\n`. */
  text: string;
  /**
   * The same layer as data (see `readTextLayer`): words with boxes on this page's pixels, in
   * `@sohoa/ocr`'s `OcrPage` structure, normalised, with its `check` (empty, garbage or usable).
   */
  textLayer: TextLayerPage;
  /**
   * The page's own image stream, for pass-through, when the page is exactly one upright image
   * over the whole page stored as a JPEG (grey or RGB) or CCITT fax data: pass it to `writePdfA`
   * as the page's `image` and the original bytes are kept (no decoding, no re-encoding, no
   * loss). `pixels` are then rendered on the image's own pixel grid (unless `options.dpi` is
   * given), so OCR boxes on them fit it one to one. An ICC-tagged image is written as device RGB
   * or grey under the file's sRGB output intent: exact for the sRGB-tagged images scanners write.
   * `undefined` when the page must be rendered (see {@link ScannedPdfPage.originalUnavailable}).
   */
  original: EncodedPageImage | CcittPageImage | undefined;
  /**
   * Why there is no `original`: `'masked-image'` (e.g. an MRC page, a JPEG under a JBIG2 mask),
   * `'not-a-single-image'`, `'visible-vector-or-text'`, `'image-does-not-fill-page'`,
   * `'rotated-page'`, `'unsupported-encoding'` (JBIG2, JPEG 2000, Flate…) or
   * `'unsupported-colour-space'` (CMYK, indexed, inverted `Decode`…); `undefined` when there is one.
   */
  originalUnavailable: OriginalImageRefusal | undefined;
}

/** Options of {@link openScannedPdf}. */
export interface OpenScannedPdfOptions {
  /** Render every page at this resolution instead of the page's native one. @default the finest image's resolution */
  dpi?: number | undefined;
  /** Upper bound of the native resolution (a guard against tiny images drawn huge). @default 600 */
  maxDpi?: number | undefined;
  /** Resolution used for a page without images. @default 300 */
  fallbackDpi?: number | undefined;
  /**
   * The most pixels a page may render to (a guard against a tiny file declaring a huge page or
   * image): a larger page is refused with `PDF_LIMIT_EXCEEDED` before its canvas is made.
   * @default 250000000
   */
  maxPixels?: number | undefined;
}

/** A page's size as {@link ScannedPdf.pages} renders it, known without rendering. */
export interface ScannedPdfPageSize {
  pageNumber: number;
  width: number;
  height: number;
  dpi: number;
}

/** An open scanned PDF: its page count and its pages, rendered one at a time. */
export interface ScannedPdf {
  pageCount: number;
  /** Renders the pages in order; each page's pixels can be dropped before the next is made. */
  pages(): AsyncGenerator<ScannedPdfPage>;
  /** Each page's size as `pages()` renders it, without rendering (nothing refused here). */
  sizes(): AsyncGenerator<ScannedPdfPageSize>;
  /** Frees pdf.js's document. */
  close(): Promise<void>;
}

/**
 * Opens an existing scanned PDF (e.g. scanner software's MRC output: a JPEG background, a JBIG2
 * text mask and colour patches) and yields each page as one RGB image at its native resolution,
 * every layer composited as a viewer shows it, `/Rotate` applied, so the pages can be re-OCRed and
 * written again as real PDF/A. Rendering is pdf.js (`pdfjs-dist`, which decodes JBIG2, JPEG,
 * JPEG 2000 and CCITT in JavaScript) on a Skia canvas (`@napi-rs/canvas`, prebuilt binaries from
 * npm, no system libraries). The scanner's own text layer comes with each page.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND` for a missing path; `INPUT_UNREADABLE` when the bytes are not a PDF pdf.js can open;
 *   `PDF_LIMIT_EXCEEDED` for a page content stream that decodes past 64 MiB (a decompression bomb);
 *   from `pages()`, `PDF_LIMIT_EXCEEDED` for a page larger than `maxPixels`.
 *
 * @example
 * ```ts
 * import sharp from 'sharp';
 * import { openScannedPdf } from '@sohoa/pdfa';
 *
 * const pdf = await openScannedPdf('001.03.08.H30.81.2024.K4.01.01.010.pdf');
 * for await (const page of pdf.pages()) {
 *   const png = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 3 } }).png().toBuffer();
 *   // re-OCR `png`, then write it with writePdfA(…)
 * }
 * await pdf.close();
 * ```
 */
export async function openScannedPdf(
  input: Uint8Array | string,
  options: OpenScannedPdfOptions = {},
): Promise<ScannedPdf> {
  const { structure, document, scales, OPS } = await openPdfDocument(input, 'openScannedPdf');
  // Loaded on first use: the Skia canvas is large, and only this reader needs it.
  const { createCanvas } = await import('@napi-rs/canvas');
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PAGE_PIXELS;
  const sized = async (pageNumber: number) => {
    const page = await document.getPage(pageNumber);
    const resolution = await pageResolution(page, structure.getPage(pageNumber - 1), scales, OPS, options);
    const { viewport } = resolution;
    return { page, ...resolution, width: Math.round(viewport.width), height: Math.round(viewport.height) };
  };
  return {
    pageCount: document.numPages,
    async *sizes() {
      for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
        const { page, width, height, dpi } = await sized(pageNumber);
        page.cleanup();
        yield { pageNumber, width, height, dpi };
      }
    },
    async *pages() {
      for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
        const { page, dpi, viewport, found, width, height } = await sized(pageNumber);
        const structurePage = structure.getPage(pageNumber - 1);
        if (width * height > maxPixels) {
          page.cleanup();
          throw pageTooLarge(pageNumber, width, height, maxPixels);
        }
        const canvas = createCanvas(width, height);
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        // pdf.js's types name the DOM canvas; @napi-rs/canvas implements the same 2D API.
        const target = { canvas, canvasContext: context, viewport } as unknown as Parameters<
          PDFPageProxy['render']
        >[0];
        await page.render(target).promise;
        const rgba = context.getImageData(0, 0, width, height).data;
        const pixels = new Uint8Array(width * height * 3);
        for (let source = 0, target = 0; source < rgba.length; source += 4, target += 3) {
          pixels[target] = rgba[source] as number;
          pixels[target + 1] = rgba[source + 1] as number;
          pixels[target + 2] = rgba[source + 2] as number;
        }
        const content = await page.getTextContent();
        const text = content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join('');
        const textLayer = await pageTextLayer(page, structurePage, viewport, dpi);
        page.cleanup();
        yield {
          pageNumber,
          width,
          height,
          dpi,
          channels: 3 as const,
          pixels,
          text,
          textLayer,
          original: found.image,
          originalUnavailable: found.refused,
        };
      }
    },
    close: () => document.destroy(),
  };
}

/** The default `maxPixels` of {@link openScannedPdf}: that of `loadPageImage` of `@sohoa/core`. */
const DEFAULT_MAX_PAGE_PIXELS = 250_000_000;

function pageTooLarge(pageNumber: number, width: number, height: number, maxPixels: number): SohoaError {
  const pixels = width * height;
  return new SohoaError<PdfaErrorCode>({
    code: 'PDF_LIMIT_EXCEEDED',
    message: {
      vi: `openScannedPdf: trang ${pageNumber} khi dựng hình có ${width} × ${height} = ${pixels} điểm ảnh, vượt giới hạn ${maxPixels}; trang chưa được dựng.`,
      en: `openScannedPdf: page ${pageNumber} renders to ${width} × ${height} = ${pixels} pixels, more than the limit of ${maxPixels}; it was not rendered.`,
    },
    fix: {
      vi: 'Kiểm tra tệp có đúng là bản quét không (khổ trang hoặc kích thước ảnh khai báo quá lớn); nếu đúng, tăng tùy chọn `maxPixels`.',
      en: 'Check that the file is a real scan (a page size or image size declared far too large); if it is, raise the `maxPixels` option.',
    },
    details: { page: pageNumber, width, height, pixels, maxPixels },
  });
}
