import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { documentFileName } from '@sohoa/metadata';
import type { DigitizedDocumentRecord, DocumentRunner } from '@sohoa/pipeline';
import type { DossierJobData, DossierJobResult } from '../jobs/job-data.js';
import { openStorage } from '../storage/open-storage.js';
import { documentSettings, dossierKey } from './document-job.js';

/**
 * Runs one dossier job, once its document jobs are finished: when one of them failed for good,
 * the dossier is reported incomplete (`DOSSIER_INCOMPLETE`, with each failed document's reason)
 * and not packaged; otherwise the documents' PDF/A files and records are staged, the package is
 * built and validated by the pipeline of `sohoa digitize` and published atomically (unless
 * `signal` is aborted first: the job was returned to the queue).
 */
export async function runDossierJob(
  data: DossierJobData,
  failedChildren: Record<string, string>,
  runner: DocumentRunner,
  scratchRoot: string,
  signal?: AbortSignal,
): Promise<DossierJobResult> {
  const started = performance.now();
  const { settings, dossier } = data;
  const failed = Object.values(failedChildren);
  if (failed.length > 0) {
    throw new SohoaError({
      code: 'DOSSIER_INCOMPLETE',
      message: {
        vi: `${failed.length} trên ${data.ordinals.length} văn bản của hồ sơ ${dossier.fileCode} bị lỗi; hồ sơ chưa được đóng gói cho đến khi các văn bản này được số hóa: ${failed.join(' | ')}`,
        en: `${failed.length} of ${data.ordinals.length} documents of ${dossier.fileCode} failed; the dossier is not packaged until they are digitized: ${failed.join(' | ')}`,
      },
      fix: {
        vi: 'Sửa bản quét của các văn bản bị lỗi, rồi chạy "sohoa queue retry".',
        en: 'Fix the failed documents\' scans, then run "sohoa queue retry".',
      },
      details: { failures: failedChildren },
    });
  }
  const out = openStorage(settings.out);
  const folder = dossierKey(dossier.fileCode);
  const scratch = await mkdtemp(join(scratchRoot, 'sohoa-queue-'));
  try {
    const records: DigitizedDocumentRecord[] = [];
    for (const ordinal of data.ordinals) {
      const pdf = documentFileName(dossier.fileCode, ordinal);
      const json = documentFileName(dossier.fileCode, ordinal, { extension: 'json' });
      await out.getFile(`${folder}/${pdf}`, join(scratch, pdf));
      await out.getFile(`${folder}/${json}`, join(scratch, json));
      records.push(JSON.parse(await readFile(join(scratch, json), 'utf8')) as DigitizedDocumentRecord);
    }
    const built = await runner.packageDossier(dossier, records, scratch, documentSettings(settings));
    let key: string | undefined;
    signal?.throwIfAborted();
    if (built) {
      key = `${folder}/${built.fileName}`;
      await out.putFile(key, join(scratch, built.fileName));
    }
    return {
      package: key,
      warnings: built?.warnings.length ?? 0,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
