import type { Redis } from 'ioredis';
import {
  connectRedis,
  DEFAULT_QUEUE_NAME,
  type QueueConnection,
  queueKeyPrefix,
  queueLost,
} from '../connection/queue-connection.js';
import { type BatchRecord, readBatchesAskedFor } from '../jobs/batch-store.js';
import type { DocumentJobResult, DossierJobResult } from '../jobs/job-data.js';
import { jobId } from '../jobs/job-ids.js';
import { failureCode, reasonsOf } from '../worker/job-failure.js';
import { type JobSnapshot, readJobSnapshots } from './job-snapshots.js';

/**
 * A failed job of a batch, with the reason BullMQ kept.
 *
 * @example
 * ```ts
 * const failure: JobFailure = {
 *   dossier: '000.00.00.H00.2025.01', ordinal: 2, code: 'IMAGE_CORRUPT', reason: '…',
 *   reasons: { vi: '…', en: '…' }, attempts: 1,
 * };
 * ```
 */
export interface JobFailure {
  dossier: string;
  /** The document's ordinal; absent for the dossier's own (package) job. */
  ordinal?: number | undefined;
  /** The `SohoaError` code at the start of the reason, else `INTERNAL_ERROR`. */
  code: string;
  /** The failed reason (`CODE: what, where. Fix: …`), in English as BullMQ keeps it. */
  reason: string;
  /**
   * The reason in Vietnamese and English (`CODE: …`; the Vietnamese one is the English one when the
   * worker recorded none: a failure that is not a `SohoaError`, or a worker of @sohoa/queue 0.1).
   */
  reasons: { vi: string; en: string };
  /** Executions made. */
  attempts: number;
}

/**
 * One dossier's progress. `state`: `done` (packaged and validated), `incomplete` (some documents
 * failed for good: not packaged), `failed` (packaging failed), `in-progress`, `waiting`.
 *
 * @example
 * ```ts
 * if (dossier.state === 'incomplete') console.log(dossier.failures);
 * ```
 */
export interface DossierProgress {
  fileCode: string;
  state: 'done' | 'incomplete' | 'failed' | 'in-progress' | 'waiting';
  documents: { total: number; done: number; failed: number; active: number };
  pages: { total: number; done: number };
  /** Storage key of the package when done. */
  package?: string | undefined;
  failures: JobFailure[];
}

/**
 * A batch's progress: counts, each dossier, failures with reasons, throughput.
 *
 * @example
 * ```ts
 * const [status] = await batchStatus({ redis: 'redis://127.0.0.1:6379' });
 * console.log(status?.documents.done, status?.throughput.pagesPerMinute);
 * ```
 */
export interface BatchStatus {
  batchId: string;
  out: string;
  submittedAt: string;
  /** True when every job of the batch has finished (done or failed for good). */
  finished: boolean;
  dossiers: {
    total: number;
    done: number;
    incomplete: number;
    failed: number;
    inProgress: number;
    waiting: number;
  };
  documents: { total: number; done: number; failed: number; active: number; waiting: number };
  pages: { total: number; done: number };
  /**
   * Pages of finished documents per minute, between the first document job's start and the last
   * one's end (`0` before any finishes).
   */
  throughput: { pagesPerMinute: number; from?: string | undefined; to?: string | undefined };
  dossierList: DossierProgress[];
  failures: JobFailure[];
  /** Dossiers that could not be planned at submission (no jobs). */
  unplanned: BatchRecord['unplanned'];
}

/**
 * Options of {@link batchStatus}.
 *
 * @example
 * ```ts
 * const options: BatchStatusOptions = { redis: 'redis://10.0.0.5:6379', batchId: 'batch-01' };
 * ```
 */
export interface BatchStatusOptions extends QueueConnection {
  /** The batch to report. @default every batch of the queue */
  batchId?: string | undefined;
}

/**
 * Reads the progress of one batch, or of every batch of the queue, from Redis.
 *
 * @throws `SohoaError` `QUEUE_BATCH_NOT_FOUND` for an unknown `batchId`, `QUEUE_UNREACHABLE`.
 *
 * @example
 * ```ts
 * import { batchStatus } from '@sohoa/queue';
 *
 * for (const batch of await batchStatus({ redis: 'redis://10.0.0.5:6379' })) {
 *   console.log(batch.batchId, `${batch.pages.done}/${batch.pages.total} pages`, batch.failures.length);
 * }
 * ```
 */
export async function batchStatus(options: BatchStatusOptions): Promise<BatchStatus[]> {
  const connection = { ...options, queueName: options.queueName ?? DEFAULT_QUEUE_NAME };
  const redis = await connectRedis(options.redis, options.timeoutMs);
  try {
    const records = await readBatchesAskedFor(redis, connection, options.batchId);
    const statuses: BatchStatus[] = [];
    for (const record of records) statuses.push(await statusOf(redis, queueKeyPrefix(connection), record));
    return statuses;
  } catch (error) {
    throw queueLost(
      options.redis,
      error,
      { vi: 'chưa đọc được tình trạng', en: 'the status was not read' },
      { vi: 'chạy lại "sohoa queue status"', en: 'run "sohoa queue status" again' },
      options.timeoutMs,
    );
  } finally {
    redis.disconnect();
  }
}

async function statusOf(redis: Redis, keyPrefix: string, record: BatchRecord): Promise<BatchStatus> {
  const batchId = record.settings.batchId;
  const status: BatchStatus = {
    batchId,
    out: record.settings.out,
    submittedAt: record.submittedAt,
    finished: true,
    dossiers: { total: record.dossiers.length, done: 0, incomplete: 0, failed: 0, inProgress: 0, waiting: 0 },
    documents: { total: 0, done: 0, failed: 0, active: 0, waiting: 0 },
    pages: { total: 0, done: 0 },
    throughput: { pagesPerMinute: 0 },
    dossierList: [],
    failures: [],
    unplanned: record.unplanned,
  };
  // Every job of the batch in one pass: per dossier its own job, then its documents' in order.
  const ids = record.dossiers.flatMap((dossier) => [
    jobId(batchId, dossier.fileCode),
    ...Array.from({ length: dossier.documents }, (_, index) => jobId(batchId, dossier.fileCode, index + 1)),
  ]);
  const snapshots = await readJobSnapshots(redis, keyPrefix, ids);
  let next = 0;
  const missing: JobSnapshot = { state: 'missing', attemptsMade: 0 };
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const dossier of record.dossiers) {
    const parent = snapshots[next++] ?? missing;
    const progress: DossierProgress = {
      fileCode: dossier.fileCode,
      state: 'waiting',
      documents: { total: dossier.documents, done: 0, failed: 0, active: 0 },
      pages: { total: dossier.pages, done: 0 },
      failures: [],
    };
    for (let ordinal = 1; ordinal <= dossier.documents; ordinal++) {
      const job = snapshots[next++] ?? missing;
      if (job.state === 'completed') {
        progress.documents.done++;
        progress.pages.done += (job.returnvalue as DocumentJobResult).pages;
        first = Math.min(first, job.processedOn ?? first);
        last = Math.max(last, job.finishedOn ?? last);
      } else if (job.state === 'failed') {
        progress.documents.failed++;
        progress.failures.push(failureOf(job, dossier.fileCode, ordinal));
      } else if (job.state === 'active') {
        progress.documents.active++;
      }
    }
    if (parent.state === 'completed') {
      progress.state = 'done';
      progress.package = (parent.returnvalue as DossierJobResult).package;
    } else if (parent.state === 'failed') {
      const failure = failureOf(parent, dossier.fileCode);
      progress.state = failure.code === 'DOSSIER_INCOMPLETE' ? 'incomplete' : 'failed';
      if (progress.state === 'failed') progress.failures.push(failure);
    } else {
      progress.state =
        progress.documents.done + progress.documents.failed + progress.documents.active > 0 ||
        parent.state === 'active'
          ? 'in-progress'
          : 'waiting';
    }
    const key = progress.state === 'in-progress' ? 'inProgress' : progress.state;
    status.dossiers[key]++;
    if (progress.state === 'in-progress' || progress.state === 'waiting') status.finished = false;
    status.documents.total += progress.documents.total;
    status.documents.done += progress.documents.done;
    status.documents.failed += progress.documents.failed;
    status.documents.active += progress.documents.active;
    status.pages.total += progress.pages.total;
    status.pages.done += progress.pages.done;
    status.failures.push(...progress.failures);
    status.dossierList.push(progress);
  }
  await readReasons(redis, keyPrefix, batchId, status.failures);
  status.documents.waiting =
    status.documents.total - status.documents.done - status.documents.failed - status.documents.active;
  if (last > first) {
    status.throughput = {
      pagesPerMinute: Math.round((status.pages.done / ((last - first) / 60_000)) * 10) / 10,
      from: new Date(first).toISOString(),
      to: new Date(last).toISOString(),
    };
  }
  return status;
}

function failureOf(job: JobSnapshot, dossier: string, ordinal?: number): JobFailure {
  const reason = job.failedReason ?? '';
  const reasons = reasonsOf(reason, undefined);
  return { dossier, ordinal, code: failureCode(reason), reason, reasons, attempts: job.attemptsMade };
}

/** Each failure's Vietnamese reason, from its job's last log line (one round trip for them all). */
async function readReasons(
  redis: Redis,
  keyPrefix: string,
  batchId: string,
  failures: JobFailure[],
): Promise<void> {
  if (failures.length === 0) return;
  const pipeline = redis.pipeline();
  for (const failure of failures)
    pipeline.lrange(`${keyPrefix}:${jobId(batchId, failure.dossier, failure.ordinal)}:logs`, -1, -1);
  const replies = (await pipeline.exec()) ?? [];
  failures.forEach((failure, index) => {
    const [error, lines] = replies[index] ?? [];
    const last = error ? undefined : (lines as string[] | undefined)?.[0];
    failure.reasons = reasonsOf(failure.reason, last);
  });
}
