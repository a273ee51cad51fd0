import { SohoaError } from '@sohoa/base';
import type { GrayImage } from '@sohoa/core';
import {
  chooseTextLayer,
  type OcrEngine,
  type RgbImage,
  type TextLayerChoice,
  type TextLayerMode,
  type TextLayerRecord,
  type TextLayerSoftware,
  textLayerRecord,
} from '@sohoa/ocr';
import {
  type DocumentDescription,
  openScannedPdf,
  readTextLayer,
  rewriteScannedPdf,
  type ScannedPdfPage,
} from '@sohoa/pdfa';
import sharp from 'sharp';

/** Options of {@link rewriteScannerPdf}. */
export interface RewriteScannerPdfOptions extends DocumentDescription {
  /** What to do with the scanner's text layer. */
  mode: TextLayerMode;
  /**
   * The OCR engine (or pool) for sohoa's reading; needed unless `mode` is `keep`. With `keep`, an
   * engine reads the pages that have no text layer (OCRmyPDF's `--skip-text`); without one they
   * stay without text. @default none
   */
  engine?: OcrEngine | undefined;
  /** The engine and model named in the record. @default none */
  software?: TextLayerSoftware | undefined;
}

/** The rewritten file, what was done to its text layer, and the PDF/A fixes made. */
export interface RewrittenScannerPdf {
  bytes: Uint8Array;
  record: TextLayerRecord;
  fixes: string[];
}

/**
 * Re-reads an existing scanner PDF and rewrites it (`@sohoa/pdfa`'s `rewriteScannedPdf`): every
 * page rendered at its native resolution (`openScannedPdf`, which also reads the scanner's layer),
 * read by `engine` in gray (normalised, as `makeOcrCopy` makes it), the page's layer chosen for
 * `mode` (`chooseTextLayer`: a garbage scanner layer gives way to sohoa's reading, with a
 * warning), then written into the file with its images untouched and its PDF/A-2b claim made
 * true. `keep` reads no page (only the scanner's layers are checked, for the record) unless an
 * `engine` is given: then pages without a layer are read (OCRmyPDF's `--skip-text`).
 *
 * @example
 * ```ts
 * const pool = await createOcrPool();
 * const { bytes, record } = await rewriteScannerPdf('scanner.pdf', { mode: 'combine', engine: pool });
 * await writeFileAtomic('out.pdf', bytes);
 * console.log(record.detail);
 * ```
 */
export async function rewriteScannerPdf(
  file: string,
  options: RewriteScannerPdfOptions,
): Promise<RewrittenScannerPdf> {
  const { mode, engine, software, ...description } = options;
  if (mode === 'keep') {
    // The layers are read without rendering; pages are rendered only when some page has none
    // and an engine is there to read it (OCRmyPDF's --skip-text).
    const kept = (await readTextLayer(file)).map((layer) => chooseTextLayer('keep', { layer }));
    if (engine === undefined || kept.every((choice) => choice.source === 'layer')) {
      const { bytes, fixes } = await rewriteScannedPdf(file, description);
      return { bytes, record: textLayerRecord(mode, kept, software), fixes };
    }
  }
  if (engine === undefined) {
    throw new SohoaError({
      code: 'OPTION_INVALID',
      message: {
        vi: `rewriteScannerPdf: chế độ lớp chữ "${mode}" cần một bộ OCR; không có bộ nào được truyền.`,
        en: `rewriteScannerPdf: text layer mode "${mode}" needs an OCR engine; none was given.`,
      },
      fix: {
        vi: 'Truyền engine (một nhóm OCR), hoặc dùng chế độ "keep".',
        en: 'Pass engine (an OCR pool), or mode "keep".',
      },
    });
  }
  const choices: TextLayerChoice[] = [];
  const pdf = await openScannedPdf(file);
  try {
    for await (const page of pdf.pages()) choices.push(await choosePageLayer(mode, page, engine));
  } finally {
    await pdf.close();
  }
  const { bytes, fixes } = await rewriteScannedPdf(file, {
    ...description,
    textLayers: choices.map((choice) => choice.page),
  });
  return { bytes, record: textLayerRecord(mode, choices, software), fixes };
}

/**
 * One page's text layer for `mode`. `keep` (reached only with an engine and a page without a
 * layer somewhere in the file) keeps a page's layer by writing its own words again, and reads a
 * page that has none.
 */
async function choosePageLayer(
  mode: TextLayerMode,
  page: ScannedPdfPage,
  engine: OcrEngine,
): Promise<TextLayerChoice> {
  if (mode === 'keep') {
    const kept = chooseTextLayer('keep', { layer: page.textLayer });
    if (kept.source === 'layer') return { ...kept, page: page.textLayer };
    const ocr = await engine.recognize(await grayForOcr(page), { colour: colourOf(page) });
    return { ...chooseTextLayer('replace', { layer: page.textLayer, ocr }), mode: 'keep' };
  }
  const rereadLines = mode === 'combine' && page.textLayer.check.usable;
  const ocr = await engine.recognize(await grayForOcr(page), { colour: colourOf(page), rereadLines });
  return chooseTextLayer(mode, { layer: page.textLayer, ocr });
}

/**
 * The rendered page in colour (its pixels are sRGB already), for the OCR's second look: a red
 * seal's ring of letters is then taken for paper, not boxed as text that may be missing, as in
 * `digitize`'s other routes (see `pageColour`).
 */
function colourOf(page: ScannedPdfPage): () => Promise<RgbImage> {
  return async () => ({ data: page.pixels, width: page.width, height: page.height });
}

/** The rendered page in gray, contrast-normalised: what `makeOcrCopy` gives tesseract. */
async function grayForOcr(page: ScannedPdfPage): Promise<GrayImage> {
  const { data, info } = await sharp(page.pixels, {
    raw: { width: page.width, height: page.height, channels: page.channels },
    limitInputPixels: false,
  })
    .grayscale()
    .normalise()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi: page.dpi };
}
