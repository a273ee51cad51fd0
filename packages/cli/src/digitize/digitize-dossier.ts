import { basename, join } from 'node:path';
import { encodeForPdf, loadPageImage, makeOcrCopy, type PageImage, writeFileAtomic } from '@sohoa/core';
import type { Dossier } from '@sohoa/metadata';
import { createOcrEngine, type OcrPage } from '@sohoa/ocr';
import { type PdfAPage, writePdfA } from '@sohoa/pdfa';
import { readDossierFolder } from './dossier-folder.js';
import { outputBaseName } from './output-name.js';

/** Options of {@link digitizeDossier}. */
export interface DigitizeDossierOptions {
  /** The folder to write `<fileCode>.pdf` and `<fileCode>.json` into; created if missing. */
  out: string;
  /** Scan resolution to use for every page instead of the one in the files. @default each file's own */
  dpi?: number | undefined;
  /** A folder holding `vie.traineddata.gz`. @default the model of `@tesseract.js-data/vie` */
  languageDataPath?: string | undefined;
  /** The PDF's creation time. @default now */
  createdAt?: Date | undefined;
  /** Called as each page is read and recognized. @default none */
  onProgress?: ((event: DigitizeProgress) => void) | undefined;
}

/** Progress of {@link digitizeDossier}, one event per recognized page. */
export interface DigitizeProgress {
  /** 1-based page number. */
  page: number;
  /** Number of pages in the dossier. */
  pages: number;
  /** The page's file name. */
  file: string;
  /** Seconds the page took (cleanup and OCR). */
  seconds: number;
  /** Mean OCR word confidence, 0–100. */
  confidence: number;
}

/** One page of the JSON output of {@link digitizeDossier}. */
export interface DigitizedPage {
  file: string;
  width: number;
  height: number;
  dpi: number;
  /** Mean OCR word confidence, 0–100. */
  confidence: number;
  /** The OCR text, NFC, lines separated by `\n`. */
  text: string;
}

/** What {@link digitizeDossier} wrote. */
export interface DigitizeResult {
  dossier: Dossier;
  /** Path of the two-layer PDF/A. */
  pdfPath: string;
  /** Path of the JSON (metadata + OCR text per page). */
  jsonPath: string;
  pages: DigitizedPage[];
  /** Wall-clock seconds for the whole dossier. */
  seconds: number;
}

/**
 * Digitizes one dossier folder (`dossier.json` + scanned pages): each page is checked, an OCR copy
 * is made and read in Vietnamese, and the pages are written as one two-layer PDF/A-2b
 * `<fileCode>.pdf` (the archival images untouched, the OCR text invisible and searchable) with
 * `<fileCode>.json` beside it (the dossier's metadata and each page's text).
 *
 * Every page is checked before OCR starts, so a missing or unreadable file fails at once. Outputs
 * are written only when everything succeeded, each to a temporary name renamed when complete:
 * a failure leaves nothing half-written.
 *
 * @throws {@link SohoaError} with the code of what failed (`INPUT_NOT_FOUND`, `IMAGE_CORRUPT`,
 *   `METADATA_INVALID`, `OCR_LANGUAGE_DATA_MISSING`, …).
 *
 * @example
 * ```ts
 * import { digitizeDossier } from '@sohoa/cli';
 *
 * const result = await digitizeDossier('examples/sample-dossier', { out: 'out/demo' });
 * console.log(result.pdfPath); // out/demo/000.00.00.H00.2025.01.pdf
 * ```
 */
export async function digitizeDossier(
  folder: string,
  options: DigitizeDossierOptions,
): Promise<DigitizeResult> {
  const started = performance.now();
  const { dossier, pages: files } = await readDossierFolder(folder);
  const images: PageImage[] = [];
  for (const file of files) images.push(await loadPageImage(file, { dpi: options.dpi, verify: 'full' }));

  const engine = await createOcrEngine({ languageDataPath: options.languageDataPath });
  const pdfPages: PdfAPage[] = [];
  const pages: DigitizedPage[] = [];
  try {
    for (const [index, image] of images.entries()) {
      const pageStarted = performance.now();
      const text: OcrPage = await engine.recognize(await makeOcrCopy(image));
      pdfPages.push({ image: await encodeForPdf(image), text });
      const { width, height, dpi } = image;
      pages.push({
        file: basename(image.source),
        width,
        height,
        dpi,
        confidence: text.confidence,
        text: text.text,
      });
      options.onProgress?.({
        page: index + 1,
        pages: images.length,
        file: basename(image.source),
        seconds: (performance.now() - pageStarted) / 1000,
        confidence: text.confidence,
      });
    }
  } finally {
    await engine.terminate();
  }

  const pdf = await writePdfA(pdfPages, {
    title: dossier.title,
    subject: dossier.description,
    keywords: dossier.keyword,
    createdAt: options.createdAt,
  });
  const base = outputBaseName(dossier.fileCode);
  const pdfPath = join(options.out, `${base}.pdf`);
  const jsonPath = join(options.out, `${base}.json`);
  await writeFileAtomic(pdfPath, pdf);
  await writeFileAtomic(jsonPath, `${JSON.stringify({ dossier, pdf: `${base}.pdf`, pages }, null, 2)}\n`);
  return { dossier, pdfPath, jsonPath, pages, seconds: (performance.now() - started) / 1000 };
}
