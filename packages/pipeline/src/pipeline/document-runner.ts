import { availableParallelism } from 'node:os';
import type { Finding } from '@sohoa/ip';
import type { Dossier } from '@sohoa/metadata';
import {
  createOcrPool,
  createOrientationDetector,
  type OcrOrientationDetector,
  type OcrPool,
  resolveLanguageData,
} from '@sohoa/ocr';
import { provenance } from './digitize.js';
import { type DigitizedDocumentRecord, digitizeDocument } from './digitize-document.js';
import type { DigitizeEvent } from './digitize-events.js';
import type { DigitizeOptions } from './digitize-options.js';
import { checkOcrLanguage } from './ocr-language.js';
import { detectsOrientation, ocrPoolSettings } from './ocr-pool-settings.js';
import { packageDossier } from './package-dossier.js';
import { PdfPageReader } from './pdf-page-reader.js';
import type { PlannedDocument } from './planned-dossier.js';
import { Semaphore } from './semaphore.js';
import { TiffPageReader } from './tiff-page-reader.js';

/**
 * Options of {@link createDocumentRunner}: what its OCR pool and page readers are made with.
 *
 * @example
 * ```ts
 * const options: DocumentRunnerOptions = { jobs: 2, language: 'vie', ocr: { pagesPerWorker: 20 } };
 * ```
 */
export interface DocumentRunnerOptions
  extends Pick<DigitizeOptions, 'jobs' | 'language' | 'languageDataPath' | 'dpi' | 'ocr'> {
  /** Receives the pipeline's progress events (`page-done`, `warning`). @default none */
  emit?: ((event: DigitizeEvent) => void) | undefined;
}

/**
 * The settings of {@link digitize} that shape one document's and one dossier's outputs.
 * `createdAt` is required, so that every machine running the same batch writes the same bytes.
 *
 * @example
 * ```ts
 * const settings: DocumentSettings = { createdAt: new Date('2025-06-01T00:00:00Z'), packageType: 'aip' };
 * ```
 */
export interface DocumentSettings
  extends Pick<
    DigitizeOptions,
    'packageType' | 'archiveCode' | 'organization' | 'material' | 'cleanup' | 'sign'
  > {
  /** Creation time written into every PDF and package (the same on every machine of a batch). */
  createdAt: Date;
}

/**
 * The single-document and single-dossier steps of {@link digitize}, for callers that schedule the
 * work themselves (such as the job queue of `@sohoa/queue`): a shared OCR pool (`jobs` workers),
 * PDF and TIFF readers and page slots, exactly as a `digitize` run shares them.
 *
 * @example
 * ```ts
 * const runner: DocumentRunner = createDocumentRunner({ jobs: 1 });
 * await runner.close();
 * ```
 */
export interface DocumentRunner {
  /**
   * Digitizes one document into `folder` (`<fileCode>.<ordinal>.pdf` and `.json`, written under
   * temporary names and renamed), as `digitize` does.
   */
  digitizeDocument(
    dossier: Dossier,
    document: PlannedDocument,
    folder: string,
    settings: DocumentSettings,
  ): Promise<DigitizedDocumentRecord>;
  /**
   * Builds and validates a dossier's package in `folder` (which holds the documents' PDF/A
   * files), as `digitize` does once every document is done.
   */
  packageDossier(
    dossier: Dossier,
    documents: readonly DigitizedDocumentRecord[],
    folder: string,
    settings: DocumentSettings,
  ): Promise<{ fileName: string; warnings: Finding[] } | undefined>;
  /** Stops the OCR workers and closes the readers. */
  close(): Promise<void>;
}

/**
 * Creates a {@link DocumentRunner}: the steps of {@link digitize} for one document and one
 * dossier, with the same outputs byte for byte (given the same settings and `createdAt`). One
 * runner serves documents of different settings (batches); its OCR pool has `jobs` workers.
 *
 * @example
 * ```ts
 * import { createDocumentRunner, planFolder } from '@sohoa/pipeline';
 *
 * const planned = await planFolder('examples/sample-dossier');
 * const runner = createDocumentRunner({ jobs: 1 });
 * const settings = { createdAt: new Date('2025-06-01T00:00:00Z') };
 * try {
 *   const folder = `out/${planned.dossier.fileCode}`;
 *   const records = [];
 *   for (const document of planned.documents) {
 *     records.push(await runner.digitizeDocument(planned.dossier, document, folder, settings));
 *   }
 *   await runner.packageDossier(planned.dossier, records, folder, settings);
 * } finally {
 *   await runner.close();
 * }
 * ```
 */
export function createDocumentRunner(options: DocumentRunnerOptions): DocumentRunner {
  const language = checkOcrLanguage(options.language ?? 'vie');
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const base: DigitizeOptions = {
    inputs: [],
    out: '',
    jobs,
    dpi: options.dpi,
    language,
    languageDataPath: options.languageDataPath,
    ocr: options.ocr,
  };
  const reader = new PdfPageReader({ dpi: options.dpi });
  const tiffReader = new TiffPageReader({ dpi: options.dpi });
  const pageSlots = new Semaphore(jobs + 1);
  const emit = options.emit ?? (() => undefined);
  let pool: Promise<OcrPool> | undefined;
  const engine = (): Promise<OcrPool> => {
    pool ??= resolveLanguageData(language, options.languageDataPath).then(() =>
      createOcrPool({
        size: jobs,
        language,
        languageDataPath: options.languageDataPath,
        ...ocrPoolSettings(options.ocr),
      }),
    );
    return pool;
  };
  let detector: Promise<OcrOrientationDetector> | undefined;
  const orientation = (): Promise<OcrOrientationDetector> => {
    detector ??= createOrientationDetector();
    return detector;
  };
  return {
    digitizeDocument: (dossier, document, folder, settings) =>
      digitizeDocument(document, {
        options: { ...base, ...settings },
        dossier,
        folder,
        createdAt: settings.createdAt,
        engine,
        orientation: detectsOrientation({ cleanup: settings.cleanup, ocr: options.ocr })
          ? orientation
          : undefined,
        reader,
        tiffReader,
        pageSlots,
        emit,
      }),
    async packageDossier(dossier, documents, folder, settings) {
      const type = settings.packageType ?? 'aip';
      if (type === 'none') return undefined;
      return packageDossier(dossier, documents, {
        type,
        folder,
        createdAt: settings.createdAt,
        archiveCode: settings.archiveCode,
        organization: settings.organization,
        provenance: type === 'aip' ? await provenance(language, base, settings.createdAt) : undefined,
      });
    },
    async close() {
      await (await pool?.catch(() => undefined))?.terminate();
      await (await detector?.catch(() => undefined))?.terminate();
      await reader.close();
      await tiffReader.close();
    },
  };
}
