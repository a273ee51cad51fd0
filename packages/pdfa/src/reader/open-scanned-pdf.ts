import { readFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/core';
import { type PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CcittPageImage, EncodedPageImage } from '../writer/pdfa-options.js';
import { findOriginalImage, type OriginalImageRefusal } from './page-original-image.js';
import { type Matrix, multiply } from './transform-matrix.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

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
}

/** An open scanned PDF: its page count and its pages, rendered one at a time. */
export interface ScannedPdf {
  pageCount: number;
  /** Renders the pages in order; each page's pixels can be dropped before the next is made. */
  pages(): AsyncGenerator<ScannedPdfPage>;
  /** Frees pdf.js's document. */
  close(): Promise<void>;
}

/**
 * For each image size `WxH` in the file, how much finer its `/SMask` or `/Mask` is (2 for a
 * 150 dpi JPEG carrying a 300 dpi JBIG2 mask): pdf.js reports the composited image at the base
 * image's size, and the mask's resolution is the one to keep.
 */
function maskScales(document: PDFDocument): Map<string, number> {
  const scales = new Map<string, number>();
  const width = (dict: PDFDict) => dict.lookupMaybe(PDFName.of('Width'), PDFNumber)?.asNumber() ?? 0;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image'))
      continue;
    const height = object.dict.lookupMaybe(PDFName.of('Height'), PDFNumber)?.asNumber() ?? 0;
    const key = `${width(object.dict)}x${height}`;
    for (const entry of ['SMask', 'Mask']) {
      const mask = object.dict.get(PDFName.of(entry));
      const maskStream = mask instanceof PDFRef ? document.context.lookup(mask) : undefined;
      if (!(maskStream instanceof PDFRawStream) || width(object.dict) === 0) continue;
      scales.set(key, Math.max(scales.get(key) ?? 1, width(maskStream.dict) / width(object.dict)));
    }
  }
  return scales;
}

/** The finest resolution among the page's images (masks included): pixels per inch of the drawn size, from the CTM. */
function nativeDpi(
  operators: Awaited<ReturnType<PDFPageProxy['getOperatorList']>>,
  scales: Map<string, number>,
  OPS: PdfJs['OPS'],
): number | undefined {
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let finest: number | undefined;
  for (const [index, operator] of operators.fnArray.entries()) {
    const args = operators.argsArray[index];
    if (operator === OPS.save) stack.push(ctm);
    else if (operator === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (operator === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (operator === OPS.paintImageXObject || operator === OPS.paintImageMaskXObject) {
      const size =
        operator === OPS.paintImageXObject
          ? { width: args[1] as number, height: args[2] as number }
          : (args[0] as { width: number; height: number });
      const drawnInches = Math.hypot(ctm[0], ctm[1]) / 72;
      const scale = scales.get(`${size.width}x${size.height}`) ?? 1;
      if (size.width > 0 && drawnInches > 0)
        finest = Math.max(finest ?? 0, (size.width * scale) / drawnInches);
    }
  }
  return finest === undefined ? undefined : Math.round(finest);
}

/**
 * Opens an existing scanned PDF (e.g. scanner software's MRC output: a JPEG background, a JBIG2
 * text mask and colour patches) and yields each page as one RGB image at its native resolution,
 * every layer composited as a viewer shows it, `/Rotate` applied, so the pages can be re-OCRed and
 * written again as real PDF/A. Rendering is pdf.js (`pdfjs-dist`, which decodes JBIG2, JPEG,
 * JPEG 2000 and CCITT in JavaScript) on a Skia canvas (`@napi-rs/canvas`, prebuilt binaries from
 * npm, no system libraries). The scanner's own text layer comes with each page.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` for a missing path; `INPUT_UNREADABLE` when the bytes are not a PDF pdf.js can open.
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
  const bytes = typeof input === 'string' ? await readInput(input) : new Uint8Array(input);
  // Loaded on first use: pdf.js and the Skia canvas are large, and only this reader needs them.
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  let document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  let scales: Map<string, number>;
  let structure: PDFDocument;
  try {
    // pdf-lib first: pdf.js takes ownership of (detaches) the buffer it is given.
    structure = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    scales = maskScales(structure);
    document = await getDocument({ data: bytes, verbosity: 0, useSystemFonts: false, isEvalSupported: false })
      .promise;
  } catch (cause) {
    throw new SohoaError({
      code: 'INPUT_UNREADABLE',
      message: `openScannedPdf: ${typeof input === 'string' ? input : 'the bytes'} cannot be read as a PDF: ${(cause as Error)?.message ?? cause}.`,
      fix: 'Check that the file is a complete, unencrypted PDF.',
      cause,
    });
  }
  const maxDpi = options.maxDpi ?? 600;
  const fallbackDpi = options.fallbackDpi ?? 300;
  return {
    pageCount: document.numPages,
    async *pages() {
      for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
        const page = await document.getPage(pageNumber);
        const operators = await page.getOperatorList();
        const found = findOriginalImage(
          structure.getPage(pageNumber - 1),
          page.view,
          page.rotate,
          operators,
          OPS,
        );
        const dpi =
          options.dpi ??
          found.image?.dpi ??
          Math.min(maxDpi, nativeDpi(operators, scales, OPS) ?? fallbackDpi);
        // With an original image and no dpi override, render exactly at the image's pixel grid.
        const [viewX0 = 0, , viewX1 = 0] = page.view;
        const scale =
          found.image && options.dpi === undefined ? found.image.width / (viewX1 - viewX0) : dpi / 72;
        const viewport = page.getViewport({ scale });
        const width = Math.round(viewport.width);
        const height = Math.round(viewport.height);
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
        page.cleanup();
        yield {
          pageNumber,
          width,
          height,
          dpi,
          channels: 3 as const,
          pixels,
          text,
          original: found.image,
          originalUnavailable: found.refused,
        };
      }
    },
    close: () => document.destroy(),
  };
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException)?.code === 'ENOENT';
    throw new SohoaError({
      code: missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: `openScannedPdf: cannot read ${path}: ${(cause as Error)?.message ?? cause}.`,
      fix: missing ? 'Check the path.' : 'Check the file permissions.',
      cause,
      details: { path },
    });
  }
}
