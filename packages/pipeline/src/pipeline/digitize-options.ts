import type { DigitizeSettings, SigningSettings } from './digitize-settings.js';

/**
 * Pages one OCR worker of {@link digitize} reads before it is replaced (see
 * {@link DigitizeOcrOptions.pagesPerWorker}).
 *
 * @example
 * ```ts
 * import { DIGITIZE_PAGES_PER_WORKER_DEFAULT } from '@sohoa/pipeline';
 *
 * console.log(`OCR workers are recycled every ${DIGITIZE_PAGES_PER_WORKER_DEFAULT} pages`);
 * ```
 */
export const DIGITIZE_PAGES_PER_WORKER_DEFAULT = 10;

/**
 * Whether {@link digitize} detects and undoes quarter turns by default (see
 * {@link DigitizeOcrOptions.detectOrientation}).
 *
 * @example
 * ```ts
 * import { DIGITIZE_DETECT_ORIENTATION_DEFAULT } from '@sohoa/pipeline';
 *
 * console.log(DIGITIZE_DETECT_ORIENTATION_DEFAULT ? 'pages are turned upright' : 'pages are read as scanned');
 * ```
 */
export const DIGITIZE_DETECT_ORIENTATION_DEFAULT = true;

/** What a signing hook is told about the document it signs. */
export interface SigningContext {
  /** The dossier's code. */
  fileCode: string;
  /** The document's ordinal in the dossier. */
  ordinal: number;
  /** The file name the signed PDF gets (`<fileCode>.<ordinal>.pdf`). */
  fileName: string;
  /** The creation time of the run's outputs, to use as the signing time for reproducible files. */
  createdAt: Date;
}

/**
 * Signs a finished PDF/A and returns the signed bytes (for example `signPdf` of `@sohoa/pdfa`
 * with the agency's key). Called after the PDF/A is complete, as the circular requires (convert
 * first, then sign). An AIP records the signing as a PREMIS `digital signature generation` event
 * whose agent is the hook's `signer` (the agency, as {@link p12SigningHook} sets it). Settings
 * that travel (the config file, queue jobs) describe signing by {@link SigningSettings} instead.
 *
 * @example
 * ```ts
 * import { signPdf } from '@sohoa/pdfa';
 *
 * const sign: SigningHook = Object.assign(
 *   (pdf: Uint8Array, context: SigningContext) =>
 *     signPdf(pdf, { p12, password, agencyName: 'UBND tỉnh Quảng Ngãi', signedAt: context.createdAt }),
 *   { signer: 'UBND tỉnh Quảng Ngãi' },
 * );
 * ```
 */
export type SigningHook = ((pdf: Uint8Array, context: SigningContext) => Promise<Uint8Array>) & {
  /**
   * Who signs (the agency), named in the PREMIS signing event.
   * @default 'the digitize signing hook'
   */
  signer?: string | undefined;
};

/**
 * Options of {@link digitize}: the run's {@link DigitizeSettings} (plain data, as in
 * `sohoa.config.json` and queue jobs), what to digitize and where, and how this run goes.
 *
 * @example
 * ```ts
 * const options: DigitizeOptions = {
 *   inputs: ['scans/batch-01'],
 *   out: 'out/batch-01',
 *   material: 'map-or-drawing',
 *   sign: { p12: 'agency.p12', agency: 'UBND tỉnh Quảng Ngãi' },
 * };
 * ```
 */
export interface DigitizeOptions extends Omit<DigitizeSettings, 'sign'> {
  /**
   * What to digitize: dossier folders (`dossier.json` and the scans), folders of dossier folders
   * (a batch), or catalogs (`.xlsx`, `.xls`, `.csv`) whose document rows point at the scans.
   */
  inputs: readonly string[];
  /** The output folder: a folder per dossier, and the journal `sohoa-journal.jsonl`. */
  out: string;
  /**
   * Signs each PDF/A once complete: with a PKCS#12 key described by {@link SigningSettings} (what
   * the config file, the flags and queue jobs carry), or, for another signer (a hardware key, a
   * signing service), a {@link SigningHook}. @default none (unsigned)
   */
  sign?: SigningSettings | SigningHook | undefined;
  /**
   * Creation time written into every PDF and package. Give it for byte-identical outputs.
   * @default the first run's start time in this output folder's journal, else now
   */
  createdAt?: Date | undefined;
  /** Redo every document and dossier, even those the journal records as finished. @default false */
  force?: boolean | undefined;
  /** Check inputs and metadata (every page decoded, scan profile) without OCR or writing anything. @default false */
  dryRun?: boolean | undefined;
}

/**
 * OCR settings of {@link digitize} (`ocr` in `sohoa.config.json`, `--ocr-*` flags).
 *
 * @example
 * ```ts
 * import { digitize } from '@sohoa/pipeline';
 *
 * const run = digitize({
 *   inputs: ['scans/hoso-01'],
 *   out: 'out',
 *   ocr: { detectOrientation: true, pagesPerWorker: 10, timeoutMs: 60_000 },
 * });
 * ```
 */
export interface DigitizeOcrOptions {
  /**
   * Pages one OCR worker reads before a fresh one replaces it. tesseract.js's wasm memory grows
   * and never shrinks, so recycling bounds a long run's memory; a new worker starts in
   * 0.2–0.4 s. Lower than `createOcrPool`'s own default (50) because a digitize run keeps two
   * workers busy for hours.
   * @default 10 ({@link DIGITIZE_PAGES_PER_WORKER_DEFAULT})
   */
  pagesPerWorker?: number | undefined;
  /**
   * Longest time one page's OCR may take, in milliseconds; past it the page (and so its document)
   * fails with `OCR_TIMEOUT` and its worker is replaced.
   * @default 120000 (`OCR_PAGE_TIMEOUT_MS_DEFAULT` of `@sohoa/ocr`)
   */
  timeoutMs?: number | undefined;
  /**
   * Reading order: two-column zones (the header, the signature block) are read left column first
   * (`orderColumns` of `@sohoa/ocr`); `false` keeps tesseract's own order.
   * @default true
   */
  orderColumns?: boolean | undefined;
  /**
   * Post-correction of words that are not Vietnamese words (`correctPage` of `@sohoa/ocr`); `false`
   * keeps tesseract's words as read.
   * @default true
   */
  correct?: boolean | undefined;
  /**
   * Detects pages scanned sideways or upside down with tesseract's orientation detection
   * (`createOrientationDetector` of `@sohoa/ocr`, one more worker) and turns them upright before
   * OCR and in the PDF/A (cleanup's `rotate` becomes `'auto'` unless it is set). The detector is
   * asked only about pages `analyzePage`'s heuristic does not find upright, and about pages whose
   * OCR gives no text, lines standing on end or a mean confidence below 60 (read again turned
   * when it finds them turned). Without it, pages are read as scanned (an upside-down page gives
   * garbage text at a low confidence). Ignored when `cleanup` is `false`.
   * @default true ({@link DIGITIZE_DETECT_ORIENTATION_DEFAULT})
   */
  detectOrientation?: boolean | undefined;
}
