import { createHash } from 'node:crypto';

/**
 * The deterministic job id of a document or dossier of a batch: a hash of the batch id, the
 * dossier's code and the document's ordinal, so submitting the same batch twice adds no job
 * twice (BullMQ ignores a job whose id exists). Ids start with `doc-` or `dos-` (BullMQ refuses
 * ids that are integers or contain `:`).
 *
 * @example
 * ```ts
 * import { jobId } from '@sohoa/queue';
 *
 * jobId('batch-01', '000.00.00.H00.2025.01', 2); // 'doc-5f0c…' (always the same)
 * jobId('batch-01', '000.00.00.H00.2025.01'); // 'dos-…': the dossier's package job
 * ```
 */
export function jobId(batchId: string, fileCode: string, ordinal?: number): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([batchId, fileCode, ordinal ?? null]))
    .digest('hex')
    .slice(0, 32);
  return `${ordinal === undefined ? 'dos' : 'doc'}-${hash}`;
}
