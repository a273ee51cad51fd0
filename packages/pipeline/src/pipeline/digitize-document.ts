import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type OrientationDetector, type PageAnalysis, SohoaError, writeFileAtomic } from '@sohoa/core';
import { buildDocCode, type Dossier, documentFileName } from '@sohoa/metadata';
import {
  chooseTextLayer,
  extractHeader,
  type MissingText,
  type OcrEngine,
  type OcrPage,
  type TextLayerRecord,
  textLayerRecord,
} from '@sohoa/ocr';
import {
  type ArchivalValue,
  type PdfAPage,
  readTextLayer,
  rewriteScannedPdf,
  type TextLayerPage,
  writePdfAFile,
} from '@sohoa/pdfa';
import { type LowConfidenceWord, lowConfidenceWords } from '../report/low-confidence-words.js';
import { pagePreview, pageThumbnail } from '../report/page-thumbnail.js';
import { cleanAndRead, startedWhenAsked } from './clean-and-read.js';
import type { DigitizeEvent } from './digitize-events.js';
import type { SigningHook } from './digitize-options.js';
import type { DigitizeSettings } from './digitize-settings.js';
import { mapOrdered } from './map-ordered.js';
import { asPixelLimitError, checkPagePixels, readImagePage } from './page-pixels.js';
import type { PdfPageReader, ScannedPage } from './pdf-page-reader.js';
import type { PageRef, PlannedDerivation, PlannedDocument } from './planned-dossier.js';
import { type FilledField, type MetadataDisagreement, reconcileHeader } from './reconcile-header.js';
import { requireConformingPdfA } from './require-conforming-pdfa.js';
import type { Semaphore } from './semaphore.js';
import type { TiffPageReader } from './tiff-page-reader.js';
import { requireWholeDossierIssuer, WHOLE_DOSSIER } from './whole-dossier.js';

/**
 * The settings one document's steps use (those that shape its outputs, its share of the pages read
 * at once), with signing ready to call.
 */
export interface DocumentOptions
  extends Pick<
    DigitizeSettings,
    | 'jobs'
    | 'dpi'
    | 'packageType'
    | 'archiveCode'
    | 'organization'
    | 'material'
    | 'cleanup'
    | 'textLayer'
    | 'ocr'
    | 'limits'
  > {
  sign?: SigningHook | undefined;
}

/** What the work on one document shares with the rest of the run. */
export interface DocumentWork {
  options: DocumentOptions;
  dossier: Dossier;
  /** The dossier's output folder. */
  folder: string;
  createdAt: Date;
  engine: () => Promise<OcrEngine>;
  /**
   * Starts tesseract's orientation detection, when `ocr.detectOrientation` is on; a page calls it
   * only when it asks the detector ({@link startedWhenAsked}).
   */
  orientation?: (() => Promise<OrientationDetector>) | undefined;
  reader: PdfPageReader;
  /** Reads the pages of multi-page TIFFs. */
  tiffReader: TiffPageReader;
  /** Slots for pages being read, one per job. */
  pageSlots: Semaphore;
  emit: (event: DigitizeEvent) => void;
}

/** One page in a document's JSON: where it came from, what cleanup and OCR found. */
export interface DigitizedPageRecord {
  /** The scan's file name, with `#<page>` for a page of a PDF. */
  source: string;
  width: number;
  height: number;
  dpi: number;
  /** Mean OCR word confidence, 0–100. */
  confidence: number;
  /** The OCR text, NFC. */
  text: string;
  /** Skew measured on the scan, degrees. */
  skewAngle: number;
  /** Skew corrected by cleanup, degrees (0 when cleanup is off or the page was straight). */
  deskewAngle: number;
  /**
   * Quarter turn undone by cleanup (the content's counter-clockwise orientation as scanned): 0,
   * 90, 180 or 270 (0 when cleanup is off or the page was upright). Absent from records written
   * before orientation detection was wired into digitize.
   */
  quarterTurn?: number;
  blank: boolean;
  violations: PageAnalysis['violations'];
  warnings: string[];
  /** The same warnings in Vietnamese, in the same order. */
  warningsVi: string[];
  /** The words OCR read with a confidence below 70, with their boxes (drawn by `report.html`). */
  lowConfidenceWords: LowConfidenceWord[];
  /**
   * Regions where ink looks like text but OCR read no word, even on its second look ("text may be
   * missing here"), boxes in the OCR copy's pixels as `lowConfidenceWords`; absent when none.
   */
  missingText?: MissingText[];
  /** A 300 px wide WebP of the archival image, as a `data:` URI (inlined by `report.html`). */
  thumbnail: string;
  /**
   * A 1000 px wide WebP of the archival image, as a `data:` URI: the large view `report.html`
   * opens from the thumbnail. Only pages with low-confidence words or regions where text may be
   * missing have one.
   */
  preview?: string;
}

/** The JSON written beside each document's PDF/A (`<fileCode>.<ordinal>.json`). */
export interface DigitizedDocumentRecord {
  fileCode: string;
  ordinal: number;
  /** The PDF/A's file name. */
  pdf: string;
  /** The document's fields: the given ones, filled from the OCR header where missing. */
  metadata: Record<string, unknown>;
  filled: FilledField[];
  /** Readings offered for review and not written into `metadata` (the document's number). */
  suggested: FilledField[];
  disagreements: MetadataDisagreement[];
  /**
   * The values a catalog import built or converted for the document and its dossier (codes from
   * parts, dates from parts, page counts counted from the scans, free text read as codes), each
   * with the cells it came from, so an archivist can audit them. Absent for a dossier folder.
   */
  derivations?: PlannedDerivation[];
  /**
   * For a document that is one whole scanner PDF with a text layer, rewritten instead of rebuilt
   * (see `DigitizeOptions.textLayer`): what became of the scanner's layer. Absent otherwise.
   */
  textLayer?: TextLayerRecord;
  pages: DigitizedPageRecord[];
}

interface ReadPage {
  pdfPage: PdfAPage;
  ocr: OcrPage;
  record: DigitizedPageRecord;
}

/** The file names of a document's outputs: `<fileCode>.<ordinal>.pdf` and `.json`. */
export function documentOutputNames(fileCode: string, ordinal: number): { pdf: string; json: string } {
  return {
    pdf: documentFileName(fileCode, ordinal),
    json: documentFileName(fileCode, ordinal, { extension: 'json' }),
  };
}

/**
 * Digitizes one document: each page is decoded, checked against the scan profile, cleaned, read
 * by OCR (pages ahead being read in parallel as slots allow); the first page's header fills and
 * cross-checks the metadata; the pages are streamed into a two-layer PDF/A-2b with the dossier's
 * and document's archival fields in XMP, then signed when a hook is given. The PDF and the JSON
 * are written to temporary names and renamed when complete; the PDF must pass `checkPdfA` before the
 * JSON is written (else it is removed and `PDFA_NONCONFORMING` thrown).
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} of the failing step (`IMAGE_CORRUPT`, `OCR_TIMEOUT`, `PDFA_NONCONFORMING`, …).
 *
 * @example
 * ```ts
 * const record = await digitizeDocument(plannedDocument, work);
 * console.log(record.pdf, record.disagreements);
 * ```
 */
export async function digitizeDocument(
  document: PlannedDocument,
  work: DocumentWork,
): Promise<DigitizedDocumentRecord> {
  const { dossier, options } = work;
  const fileCode = dossier.fileCode;
  const names = documentOutputNames(fileCode, document.ordinal);
  // As many pages ahead of the in-order writer as may be read at once (see `pageSlots`).
  const ahead = Math.max(1, options.jobs ?? 1) + 1;
  // A whole scanner PDF with a text layer is rewritten, its pages left as they are: read uncleaned.
  const scanner = await scannerPdfOf(document);
  // A page whose usable layer is combined with the OCR has its doubtful lines read again (`rereadLines`).
  const combines = (index: number) =>
    (options.textLayer ?? 'combine') === 'combine' && scanner?.layers[index]?.check.usable === true;
  const pages = mapOrdered(document.pages, ahead, (ref, index) =>
    work.pageSlots.run(() => readPage(ref, index, document, work, scanner !== undefined, combines(index))),
  );
  // The first page is awaited before writing starts: its header completes the metadata the PDF carries.
  const first = await pages.next();
  if (first.done) {
    throw new SohoaError({
      code: 'DOCUMENT_SPLIT_INVALID',
      message: {
        vi: `${document.source}: văn bản ${document.ordinal} không có trang nào.`,
        en: `${document.source}: document ${document.ordinal} has no pages.`,
      },
      fix: { vi: 'Cho mỗi văn bản ít nhất một trang.', en: 'Give every document at least one page.' },
      details: { source: document.source },
    });
  }
  const reconciled = reconcileHeader(document.metadata, extractHeader(first.value.ocr), {
    text: first.value.ocr.text,
    partialDates: (options.packageType ?? 'aip') === 'aip',
  });
  const metadata = reconciled.metadata;
  requireWholeDossierIssuer(document, metadata);
  const records: DigitizedPageRecord[] = [];
  const readings: OcrPage[] = [];
  async function* pdfPages(): AsyncGenerator<PdfAPage> {
    records.push(first.value.record);
    readings.push(first.value.ocr);
    yield first.value.pdfPage;
    for await (const page of pages) {
      records.push(page.record);
      readings.push(page.ocr);
      yield page.pdfPage;
    }
  }
  const pdfPath = join(work.folder, names.pdf);
  const archival = {
    dossier: flatten(dossier as unknown as Record<string, unknown>),
    document: flatten({
      ...metadata,
      docCode: buildDocCode(fileCode, document.ordinal),
      docOrdinal: document.ordinal,
      numberOfPage: document.pages.length,
    }),
  };
  const pdfOptions = {
    title: typeof metadata.subject === 'string' ? metadata.subject : `${dossier.title} (${document.ordinal})`,
    author: typeof metadata.organName === 'string' ? metadata.organName : undefined,
    subject: dossier.title,
    keywords: dossier.keyword,
    createdAt: work.createdAt,
    archival,
  };
  let textLayer: TextLayerRecord | undefined;
  /** Writes the document's PDF/A to `path`: the scanner's PDF rewritten, or the pages streamed. */
  const writePdf = async (path: string): Promise<void> => {
    if (!scanner) return writePdfAFile(path, pdfPages(), pdfOptions);
    const mode = options.textLayer ?? 'combine';
    for await (const _page of pdfPages()); // every page read, in order
    const choices = readings.map((ocr, index) =>
      chooseTextLayer(mode, { layer: scanner.layers[index], ocr }),
    );
    const { createdAt, ...described } = pdfOptions;
    const rewritten = await rewriteScannedPdf(scanner.file, {
      ...described,
      modifiedAt: createdAt,
      ...(mode === 'keep' ? {} : { textLayers: choices.map((choice) => choice.page) }),
    });
    textLayer = textLayerRecord(mode, choices);
    await writeFileAtomic(path, rewritten.bytes);
  };
  if (options.sign) {
    // A temporary name the next run sweeps away if this one is killed (see sweepTemporaries).
    const unsigned = join(work.folder, `.${names.pdf}.unsigned.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writePdf(unsigned);
      const signed = await options.sign(new Uint8Array(await readFile(unsigned)), {
        fileCode,
        ordinal: document.ordinal,
        fileName: names.pdf,
        createdAt: work.createdAt,
      });
      await writeFileAtomic(pdfPath, signed);
    } finally {
      await rm(unsigned, { force: true });
    }
  } else {
    await writePdf(pdfPath);
  }
  // Nothing is declared done unless it passes its own check: a failing PDF/A is removed here.
  await requireConformingPdfA(pdfPath, [pdfPath]);
  const record: DigitizedDocumentRecord = {
    fileCode,
    ordinal: document.ordinal,
    pdf: names.pdf,
    metadata,
    filled: reconciled.filled,
    suggested: reconciled.suggested,
    // What a whole dossier takes from its row (type, summary, date) is not its first page's to contradict.
    disagreements: reconciled.disagreements.filter(
      (disagreement) =>
        !document.derivations?.some(
          (each) => each.how === WHOLE_DOSSIER && each.field === disagreement.field,
        ),
    ),
    ...(document.derivations ? { derivations: document.derivations } : {}),
    ...(textLayer ? { textLayer } : {}),
    pages: records,
  };
  await writeFileAtomic(join(work.folder, names.json), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/**
 * The scanner PDF a document is, when its pages are every page of one PDF in order and that PDF
 * has a text layer (on any page): the file and its layers, page by page.
 */
async function scannerPdfOf(
  document: PlannedDocument,
): Promise<{ file: string; layers: TextLayerPage[] } | undefined> {
  const [first] = document.pages;
  if (first?.pdfPage === undefined) return undefined;
  const whole = document.pages.every((ref, index) => ref.file === first.file && ref.pdfPage === index + 1);
  if (!whole) return undefined;
  const layers = await readTextLayer(first.file);
  if (layers.length !== document.pages.length || layers.every((layer) => layer.check.empty)) return undefined;
  return { file: first.file, layers };
}

async function readPage(
  ref: PageRef,
  index: number,
  document: PlannedDocument,
  work: DocumentWork,
  uncleaned: boolean,
  rereadLines: boolean,
): Promise<ReadPage> {
  const started = performance.now();
  const { options } = work;
  const { image, original } = await readScan(ref, work);
  const { analysis, pdfImage, ocr, deskewAngle, quarterTurn } = await cleanAndRead(
    image,
    original,
    { ...options, ...(uncleaned ? { cleanup: false } : {}), rereadLines },
    await work.engine(),
    work.orientation && startedWhenAsked(work.orientation),
  );
  const page = ref.pdfPage ?? ref.tiffPage;
  const source = page === undefined ? basename(ref.file) : `${basename(ref.file)}#${page}`;
  const words = lowConfidenceWords(ocr);
  // CCITT data is no image file: the report's images are made from the page as read.
  const pageBytes = pdfImage.format === 'ccitt' ? image.bytes : pdfImage.bytes;
  work.emit({
    type: 'page-done',
    dossier: work.dossier.fileCode,
    ordinal: document.ordinal,
    page: index + 1,
    pages: document.pages.length,
    source,
    seconds: (performance.now() - started) / 1000,
    confidence: ocr.confidence,
    violations: analysis.violations,
  });
  return {
    pdfPage: { image: pdfImage, text: ocr },
    ocr,
    record: {
      source,
      width: pdfImage.width,
      height: pdfImage.height,
      dpi: pdfImage.dpi,
      confidence: ocr.confidence,
      text: ocr.text,
      skewAngle: analysis.skewAngle,
      deskewAngle,
      quarterTurn,
      blank: analysis.blank,
      violations: analysis.violations,
      warnings: analysis.warnings,
      warningsVi: analysis.warningsVi,
      lowConfidenceWords: words,
      ...(ocr.missingText ? { missingText: ocr.missingText } : {}),
      thumbnail: await pageThumbnail(pageBytes),
      ...(words.length > 0 || ocr.missingText ? { preview: await pagePreview(pageBytes) } : {}),
    },
  };
}

/**
 * A page's scan: an image file, a page of a multi-page TIFF, or a page of a scanned PDF with its
 * original image stream (written into the PDF/A unchanged when cleanup leaves the page as it is).
 */
async function readScan(ref: PageRef, work: DocumentWork): Promise<ScannedPage> {
  if (ref.pdfPage !== undefined) {
    const scanned = await work.reader.readScanned(ref.file, ref.pdfPage).catch((error: unknown) => {
      throw asPixelLimitError(error, ref, work.options.limits);
    });
    checkPagePixels(ref, scanned.image, work.options);
    return scanned;
  }
  return { image: await readImagePage(ref, work.tiffReader, work.options), original: undefined };
}

/** Archival XMP takes text, whole numbers and flags: lists (languages) are joined, other values dropped. */
function flatten(fields: Record<string, unknown>): Record<string, ArchivalValue> {
  const flat: Record<string, ArchivalValue> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) flat[name] = value.join(', ');
    else if (typeof value === 'string' || typeof value === 'boolean') flat[name] = value;
    else if (typeof value === 'number' && Number.isInteger(value)) flat[name] = value;
  }
  return flat;
}
