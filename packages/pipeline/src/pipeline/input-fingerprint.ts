import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Dossier } from '@sohoa/metadata';
import type { DocumentOptions } from './digitize-document.js';
import { DIGITIZE_DETECT_ORIENTATION_DEFAULT } from './digitize-options.js';
import type { PlannedDocument } from './planned-dossier.js';

/**
 * A fingerprint of everything a document's outputs are made from: its page files (path, size,
 * modification time), its metadata and the dossier's, the creation time and the options that
 * change the outputs (cleanup, and the OCR settings `orderColumns`, `correct`, `detectOrientation`;
 * not `pagesPerWorker` or `timeoutMs`). A journal entry with another fingerprint is stale and the document is redone.
 *
 * @example
 * ```ts
 * const input = await inputFingerprint(document, dossier, options, createdAt); // 64 hex digits
 * ```
 */
export async function inputFingerprint(
  document: PlannedDocument,
  dossier: Dossier,
  options: DocumentOptions,
  createdAt: Date,
): Promise<string> {
  const pages = await Promise.all(
    document.pages.map(async (page) => {
      const info = await stat(page.file).catch(() => undefined);
      return [page.file, page.pdfPage ?? page.tiffPage ?? 0, info?.size ?? -1, info?.mtimeMs ?? -1];
    }),
  );
  return createHash('sha256')
    .update(
      JSON.stringify({
        pages,
        metadata: document.metadata,
        dossier,
        createdAt: createdAt.toISOString(),
        dpi: options.dpi ?? null,
        material: options.material ?? 'document',
        cleanup: options.cleanup ?? {},
        // only when not the default, so documents journaled before the option existed keep their fingerprint
        ...(options.textLayer !== undefined && options.textLayer !== 'combine'
          ? { textLayer: options.textLayer }
          : {}),
        ocr: {
          orderColumns: options.ocr?.orderColumns ?? true,
          correct: options.ocr?.correct ?? true,
          detectOrientation:
            options.cleanup !== false &&
            (options.ocr?.detectOrientation ?? DIGITIZE_DETECT_ORIENTATION_DEFAULT),
        },
        partialDates: (options.packageType ?? 'aip') === 'aip',
        signed: options.sign !== undefined,
      }),
    )
    .digest('hex');
}
