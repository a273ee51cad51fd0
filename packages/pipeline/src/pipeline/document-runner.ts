import type { Finding } from '@sohoa/ip';
import type { Dossier } from '@sohoa/metadata';
import { type DigitizedDocumentRecord, digitizeDocument } from './digitize-document.js';
import { type DocumentRunnerOptions, type DocumentSettings, openPipeline } from './open-pipeline.js';
import { packageDossier } from './package-dossier.js';
import type { PlannedDocument } from './planned-dossier.js';

export type { DocumentRunnerOptions, DocumentSettings } from './open-pipeline.js';

/**
 * The single-document and single-dossier steps of {@link digitize}, for callers that schedule the
 * work themselves (such as the job queue of `@sohoa/queue`): a shared OCR pool (`jobs` workers),
 * PDF and TIFF readers, page slots and signing keys, set up and torn down by the same code as a
 * `digitize` run's.
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
  const pipeline = openPipeline(options);
  return {
    digitizeDocument: async (dossier, document, folder, settings) =>
      digitizeDocument(document, { ...(await pipeline.work(settings)), dossier, folder }),
    async packageDossier(dossier, documents, folder, settings) {
      const type = settings.packageType ?? 'aip';
      if (type === 'none') return undefined;
      return packageDossier(dossier, documents, {
        type,
        folder,
        createdAt: settings.createdAt,
        archiveCode: settings.archiveCode,
        organization: settings.organization,
        provenance: type === 'aip' ? await pipeline.provenance(settings) : undefined,
      });
    },
    close: () => pipeline.close(),
  };
}
