import { type GrayImage, SohoaError } from '@sohoa/core';
import {
  chooseTextLayer,
  type OcrEngine,
  type TextLayerChoice,
  type TextLayerMode,
  type TextLayerRecord,
  type TextLayerSoftware,
  textLayerRecord,
} from '@sohoa/ocr';
import {
  type DocumentDescription,
  openScannedPdf,
  type PageTextLayer,
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
  const choices: TextLayerChoice[] = [];
  let textLayers: ReadonlyArray<PageTextLayer | undefined> | undefined;
  if (mode === 'keep' && engine === undefined) {
    for (const layer of await readTextLayer(file)) choices.push(chooseTextLayer('keep', { layer }));
  } else if (mode === 'keep' && engine !== undefined) {
    textLayers = await keepOrRead(file, engine, choices);
  } else {
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
    const pdf = await openScannedPdf(file);
    try {
      for await (const page of pdf.pages()) {
        const ocr = await engine.recognize(await grayForOcr(page));
        choices.push(chooseTextLayer(mode, { layer: page.textLayer, ocr }));
      }
    } finally {
      await pdf.close();
    }
    textLayers = choices.map((choice) => choice.page);
  }
  const { bytes, fixes } = await rewriteScannedPdf(file, { ...description, textLayers });
  return { bytes, record: textLayerRecord(mode, choices, software), fixes };
}

/**
 * `keep` with an engine: a page with a text layer keeps it, a page without one is read by sohoa.
 * Returns the layers to write, or `undefined` when every page had one (then the file's own layers
 * stay exactly as they are).
 */
async function keepOrRead(
  file: string,
  engine: OcrEngine,
  choices: TextLayerChoice[],
): Promise<Array<PageTextLayer | undefined> | undefined> {
  const layers: Array<PageTextLayer | undefined> = [];
  const pdf = await openScannedPdf(file);
  try {
    for await (const page of pdf.pages()) {
      const kept = chooseTextLayer('keep', { layer: page.textLayer });
      if (kept.source === 'layer') {
        choices.push(kept);
        layers.push(page.textLayer);
        continue;
      }
      const read = chooseTextLayer('replace', {
        layer: page.textLayer,
        ocr: await engine.recognize(await grayForOcr(page)),
      });
      choices.push({ ...read, mode: 'keep' });
      layers.push(read.page);
    }
  } finally {
    await pdf.close();
  }
  return choices.every((choice) => choice.source === 'layer') ? undefined : layers;
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
