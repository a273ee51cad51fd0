import {
  type PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRawStream,
  PDFRef,
} from 'pdf-lib';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { findOriginalImage } from './page-original-image.js';
import { type Matrix, multiply } from './transform-matrix.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * For each image size `WxH` in the file, how much finer its `/SMask` or `/Mask` is (2 for a
 * 150 dpi JPEG carrying a 300 dpi JBIG2 mask): pdf.js reports the composited image at the base
 * image's size, and the mask's resolution is the one to keep.
 */
export function maskScales(document: PDFDocument): Map<string, number> {
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

/** Options of the page resolution (see `OpenScannedPdfOptions`). */
export interface PageResolutionOptions {
  dpi?: number | undefined;
  maxDpi?: number | undefined;
  fallbackDpi?: number | undefined;
}

/** A page's resolution and the pdf.js viewport that renders it (and places its text) on that pixel grid. */
export interface PageResolution {
  dpi: number;
  viewport: ReturnType<PDFPageProxy['getViewport']>;
  /** The page's single image, when it is one (see `findOriginalImage`). */
  found: ReturnType<typeof findOriginalImage>;
}

/**
 * The resolution a page is read at: `options.dpi`, else its single image's own grid, else the
 * finest image's resolution (masks counted) up to `maxDpi` (default 600), else `fallbackDpi`
 * (default 300) for a page without images.
 */
export async function pageResolution(
  page: PDFPageProxy,
  structurePage: PDFPage,
  scales: Map<string, number>,
  OPS: PdfJs['OPS'],
  options: PageResolutionOptions,
): Promise<PageResolution> {
  const operators = await page.getOperatorList();
  const found = findOriginalImage(structurePage, page.view, page.rotate, operators, OPS);
  const dpi =
    options.dpi ??
    found.image?.dpi ??
    Math.min(options.maxDpi ?? 600, nativeDpi(operators, scales, OPS) ?? options.fallbackDpi ?? 300);
  // With an original image and no dpi override, render exactly at the image's pixel grid.
  const [viewX0 = 0, , viewX1 = 0] = page.view;
  const scale = found.image && options.dpi === undefined ? found.image.width / (viewX1 - viewX0) : dpi / 72;
  return { dpi, viewport: page.getViewport({ scale }), found };
}
