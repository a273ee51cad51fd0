import type { Dossier } from '@sohoa/metadata';
import type { DigitizeSettings, PlannedDocument } from '@sohoa/pipeline';

/**
 * The settings of a batch that shape its outputs, carried by every job so that any worker can
 * run any job: the same on every machine, so the outputs are the same bytes. They are the
 * pipeline's {@link DigitizeSettings} (the same as `digitize()`, `sohoa.config.json` and the flags
 * of `sohoa digitize`), less what belongs to each worker (`jobs`, `languageDataPath`: its
 * `--concurrency` and `--language-data`) and to planning (`catalog`). The work limits (`limits`) are
 * the batch's too: a worker refuses a page over the batch's `pixelsPerPage`, as `sohoa digitize` with
 * the same `sohoa.config.json` does. Signing is data:
 * each worker reads the key file named (at the same path on every machine) and its password from
 * the environment variable named, in its own environment.
 *
 * @example
 * ```ts
 * const settings: BatchSettings = {
 *   batchId: 'b-2025-01',
 *   out: 'file:///mnt/sohoa/out',
 *   createdAt: '2025-06-01T00:00:00.000Z',
 *   packageType: 'aip',
 *   material: 'map-or-drawing',
 *   sign: { p12: '/mnt/sohoa/keys/agency.p12', agency: 'UBND tỉnh Quảng Ngãi' },
 * };
 * ```
 */
export interface BatchSettings
  extends Pick<
    DigitizeSettings,
    | 'packageType'
    | 'archiveCode'
    | 'organization'
    | 'dpi'
    | 'language'
    | 'material'
    | 'cleanup'
    | 'textLayer'
    | 'sign'
    | 'ocr'
    | 'limits'
  > {
  /** The batch's id (see `submitBatch`). */
  batchId: string;
  /** The output storage's URL (see `openStorage`). */
  out: string;
  /** Creation time written into every PDF and package, ISO 8601. */
  createdAt: string;
}

/**
 * A document job: one document of a dossier, cleanup → OCR → PDF/A, as `sohoa digitize` does it.
 *
 * @example
 * ```ts
 * const data: DocumentJobData = { kind: 'document', settings, dossier: planned.dossier, document: planned.documents[0] };
 * ```
 */
export interface DocumentJobData {
  kind: 'document';
  settings: BatchSettings;
  /** The dossier's record (its fields go into the PDF's XMP). */
  dossier: Dossier;
  /** The document, with its pages' paths as input storage keys (absolute paths on the shared mount). */
  document: PlannedDocument;
}

/**
 * A dossier job: the parent of its documents' jobs, run when they are all done; it builds and
 * validates the dossier's package.
 *
 * @example
 * ```ts
 * const data: DossierJobData = { kind: 'dossier', settings, dossier: planned.dossier, ordinals: [1, 2, 3], pages: 3 };
 * ```
 */
export interface DossierJobData {
  kind: 'dossier';
  settings: BatchSettings;
  dossier: Dossier;
  /** The ordinals of the dossier's documents. */
  ordinals: number[];
  /** The dossier's page count. */
  pages: number;
}

/**
 * Any job of the queue.
 *
 * @example
 * ```ts
 * const kind = (job.data as SohoaJobData).kind; // 'document' | 'dossier'
 * ```
 */
export type SohoaJobData = DocumentJobData | DossierJobData;

/**
 * What a finished document job returns (kept in Redis, so small): its outputs' storage keys and
 * checksums.
 *
 * @example
 * ```ts
 * const result = job.returnvalue as DocumentJobResult;
 * console.log(result.pdf, result.pages, result.seconds);
 * ```
 */
export interface DocumentJobResult {
  /** Storage key of the PDF/A. */
  pdf: string;
  /** Storage key of the JSON record. */
  json: string;
  /** SHA-256 of the PDF/A and of the JSON, hex. */
  sha256: { pdf: string; json: string };
  pages: number;
  /** Time spent by the worker on this document, seconds. */
  seconds: number;
  /**
   * Of `seconds`, the time in the pipeline itself (cleanup, OCR, PDF/A); the rest is the queue's
   * own work (staging, publishing, checksums, manifest). `0` when reused.
   */
  pipelineSeconds: number;
  /** True when an earlier execution had finished the same work (its outputs verified and reused). */
  reused: boolean;
}

/**
 * What a finished dossier job returns.
 *
 * @example
 * ```ts
 * const result = job.returnvalue as DossierJobResult;
 * console.log(result.package); // '000.00.00.H00.2025.01/000.00.00.H00.2025.01.aip.zip'
 * ```
 */
export interface DossierJobResult {
  /** Storage key of the validated package, absent when the package type is `'none'`. */
  package?: string | undefined;
  /** The number of validation warnings. */
  warnings: number;
  seconds: number;
}
