import type { PDFPage } from 'pdf-lib';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assembleTextLayer } from './assemble-text-layer.js';
import { fontsWithoutUnicode } from './fonts-without-unicode.js';
import { placeWords } from './layer-words.js';
import { openPdfDocument } from './open-pdf-document.js';
import { type PageResolutionOptions, pageResolution } from './page-resolution.js';
import type { TextLayerPage } from './text-layer-page.js';
import { textRunsOutsidePages } from './text-outside-pages.js';

/** Options of {@link readTextLayer}: the resolution the boxes are given in, as `openScannedPdf` renders. */
export interface ReadTextLayerOptions extends PageResolutionOptions {
  /** Place the words at this resolution. @default the page's native one, as `openScannedPdf` renders it */
  dpi?: number | undefined;
  /** Upper bound of the native resolution. @default 600 */
  maxDpi?: number | undefined;
  /** Resolution of a page without images. @default 300 */
  fallbackDpi?: number | undefined;
}

/**
 * Reads the existing text layer of every page of a PDF (e.g. a scanner's OCR layer) as data:
 * words with boxes in page pixels on the pixel grid `openScannedPdf` renders the page on, grouped
 * into lines and paragraphs in the structure of `@sohoa/ocr`'s `OcrPage`, with the scanner's
 * quirks normalised (NFC, ligatures expanded, diacritics drawn as separate glyphs joined to their
 * letter, a word drawn in touching pieces made one word, a word spelt with spaces between its
 * letters, `Q U Y Ế T`, made one word). Each page carries a `check`: whether
 * the layer is empty (a scan without OCR) or garbage (composite fonts without `/ToUnicode`,
 * unmappable characters, Vietnamese in a legacy encoding read as Latin-1, another language, text
 * drawn outside the page, which pdf.js leaves out and which is counted on a copy of the file with
 * enlarged pages), so that a caller keeps it only when `check.usable`.
 *
 * Positions come from pdf.js's text content (each run's text matrix, font size, ascent and
 * descent, through the page viewport, `/Rotate` included); a run holding several words is split at
 * its spaces, its width shared among its characters by their glyph advances (Helvetica's, as
 * pdf.js does not give the font's own per glyph).
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND` for a missing path; `INPUT_UNREADABLE` when the bytes are not a PDF pdf.js can open.
 *
 * @example
 * ```ts
 * import { readTextLayer } from '@sohoa/pdfa';
 *
 * const [page] = await readTextLayer('001.03.08.H30.81.2024.K4.01.01.010.pdf');
 * page.check; // { usable: true, empty: false, problems: [] }
 * page.blocks[0]?.paragraphs[0]?.lines[0]?.words[0]; // { text: 'SỞ', box: { x0: 362, y0: 222, … }, confidence: 100 }
 * ```
 */
export async function readTextLayer(
  input: Uint8Array | string,
  options: ReadTextLayerOptions = {},
): Promise<TextLayerPage[]> {
  const { structure, document, scales, OPS } = await openPdfDocument(input, 'readTextLayer');
  try {
    const outside = await textRunsOutsidePages(structure);
    const pages: TextLayerPage[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const structurePage = structure.getPage(pageNumber - 1);
      const { dpi, viewport } = await pageResolution(page, structurePage, scales, OPS, options);
      pages.push(await pageTextLayer(page, structurePage, viewport, dpi, outside[pageNumber - 1]));
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * One page's text layer (see {@link readTextLayer}) placed with `viewport`, the viewport the page
 * is rendered with, so that the boxes fall on the rendered pixels. `runsOutsidePage` (counted by
 * `textRunsOutsidePages`, which `openScannedPdf` skips) goes into the page's check.
 */
export async function pageTextLayer(
  page: PDFPageProxy,
  structurePage: PDFPage,
  viewport: ReturnType<PDFPageProxy['getViewport']>,
  dpi: number,
  runsOutsidePage = 0,
): Promise<TextLayerPage> {
  const content = await page.getTextContent();
  return assembleTextLayer(placeWords(content, viewport), {
    pageNumber: page.pageNumber,
    width: Math.round(viewport.width),
    height: Math.round(viewport.height),
    dpi,
    fontsWithoutUnicode: fontsWithoutUnicode(structurePage),
    runsOutsidePage,
  });
}
