import { SohoaError } from '@sohoa/base';
import type { Redis } from 'ioredis';
import { type QueueConnection, queueKeyPrefix } from '../connection/queue-connection.js';
import type { BatchSettings } from './job-data.js';

/**
 * What the queue remembers of a submitted batch (in Redis, beside its jobs): its settings, what
 * was submitted and what could not be planned.
 *
 * @example
 * ```ts
 * const record: BatchRecord = await readBatch(redis, connection, 'b-2025-01');
 * console.log(record.dossiers.length, record.unplanned);
 * ```
 */
export interface BatchRecord {
  settings: BatchSettings;
  /** The inputs as given to `submit` (absolute paths). */
  inputs: string[];
  /** When the batch was first submitted, ISO 8601. */
  submittedAt: string;
  /** The dossiers submitted: code, documents, pages. */
  dossiers: Array<{ fileCode: string; documents: number; pages: number }>;
  /**
   * Dossiers that could not be planned (bad metadata, no scans…): no jobs were made for them.
   * `message` is the English message with its fix; `texts` the message and fix in each language
   * (absent from the records of @sohoa/queue 0.1).
   */
  unplanned: Array<{
    key: string;
    code: string;
    message: string;
    texts?: { vi: string; en: string } | undefined;
  }>;
}

/** The Redis hash holding every batch record of a queue. */
export function batchesKey(connection: QueueConnection): string {
  return `${queueKeyPrefix(connection)}:sohoa-batches`;
}

/** Reads a batch's record; `undefined` when the queue does not know the batch. */
export async function readBatch(
  redis: Redis,
  connection: QueueConnection,
  batchId: string,
): Promise<BatchRecord | undefined> {
  const text = await redis.hget(batchesKey(connection), batchId);
  return text === null ? undefined : (JSON.parse(text) as BatchRecord);
}

/** Every batch record of the queue, by submission time. */
export async function readBatches(redis: Redis, connection: QueueConnection): Promise<BatchRecord[]> {
  const all = await redis.hgetall(batchesKey(connection));
  return Object.values(all)
    .map((text) => JSON.parse(text) as BatchRecord)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/**
 * The records `status` and `retry` work on: the one batch asked for, or every batch of the queue.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `QUEUE_BATCH_NOT_FOUND` when `batchId` names no batch of the queue.
 */
export async function readBatchesAskedFor(
  redis: Redis,
  connection: QueueConnection,
  batchId: string | undefined,
): Promise<BatchRecord[]> {
  if (!batchId) return readBatches(redis, connection);
  const record = await readBatch(redis, connection, batchId);
  if (!record) {
    throw new SohoaError({
      code: 'QUEUE_BATCH_NOT_FOUND',
      message: {
        vi: `Hàng đợi không có lô "${batchId}".`,
        en: `The queue knows no batch "${batchId}".`,
      },
      fix: {
        vi: 'Chạy "sohoa queue status" không kèm --batch để xem danh sách các lô, hoặc kiểm tra --redis và --queue.',
        en: 'Run "sohoa queue status" without --batch to list the batches, or check --redis and --queue.',
      },
      details: { batchId },
    });
  }
  return [record];
}

/** Stores a batch's record (replacing an earlier one of the same id). */
export async function writeBatch(
  redis: Redis,
  connection: QueueConnection,
  record: BatchRecord,
): Promise<void> {
  await redis.hset(batchesKey(connection), record.settings.batchId, JSON.stringify(record));
}
