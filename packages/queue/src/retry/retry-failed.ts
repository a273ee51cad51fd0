import { type FlowJob, FlowProducer, type Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  bullConnection,
  connectRedis,
  DEFAULT_QUEUE_NAME,
  type QueueConnection,
  queueKeyPrefix,
} from '../connection/queue-connection.js';
import { type BatchRecord, readBatchesAskedFor } from '../jobs/batch-store.js';
import type { DossierJobData, SohoaJobData } from '../jobs/job-data.js';
import { jobId } from '../jobs/job-ids.js';
import { readJobSnapshots } from '../status/job-snapshots.js';

/**
 * Options of {@link retryFailed}.
 *
 * @example
 * ```ts
 * const options: RetryFailedOptions = { redis: 'redis://10.0.0.5:6379', batchId: 'batch-01' };
 * ```
 */
export interface RetryFailedOptions extends QueueConnection {
  /** The batch whose failures to retry. @default every batch of the queue */
  batchId?: string | undefined;
}

/**
 * What {@link retryFailed} did.
 *
 * @example
 * ```ts
 * const retried: RetriedJobs = await retryFailed({ redis });
 * console.log(retried.dossiers, retried.documents);
 * ```
 */
export interface RetriedJobs {
  /** The dossiers whose flow was queued again. */
  dossiers: string[];
  /** The failed document jobs among them (the others reuse their finished outputs). */
  documents: number;
}

/**
 * Queues again every dossier that ended failed or incomplete (its dossier job failed, once all its
 * documents finished): the dossier's jobs are removed and its flow added again under the same
 * ids, with fresh attempts. Documents that had finished are not redone: their job finds its
 * outputs complete (manifest and checksums) and reuses them in milliseconds. Dossiers still in
 * progress are left alone.
 *
 * @example
 * ```ts
 * import { retryFailed } from '@sohoa/queue';
 *
 * const retried = await retryFailed({ redis: 'redis://10.0.0.5:6379', batchId: 'batch-01' });
 * console.log(`${retried.dossiers.length} dossiers queued again`);
 * ```
 */
export async function retryFailed(options: RetryFailedOptions): Promise<RetriedJobs> {
  const connection = { ...options, queueName: options.queueName ?? DEFAULT_QUEUE_NAME };
  const keyPrefix = queueKeyPrefix(connection);
  const redis = await connectRedis(options.redis);
  const queue = new Queue<SohoaJobData>(connection.queueName, {
    connection: bullConnection(options.redis),
    prefix: options.prefix,
  });
  const flows = new FlowProducer({ connection: bullConnection(options.redis), prefix: options.prefix });
  const retried: RetriedJobs = { dossiers: [], documents: 0 };
  try {
    const records = await readBatchesAskedFor(redis, connection, options.batchId);
    for (const record of records) {
      const batchId = record.settings.batchId;
      // The failed dossier jobs, found in one pipelined pass over the batch's dossier jobs.
      const parents = await readJobSnapshots(
        redis,
        keyPrefix,
        record.dossiers.map((dossier) => jobId(batchId, dossier.fileCode)),
      );
      const failed = record.dossiers.filter((_, index) => parents[index]?.state === 'failed');
      for (let start = 0; start < failed.length; start += DOSSIERS_AT_ONCE) {
        const chunk = failed.slice(start, start + DOSSIERS_AT_ONCE);
        const requeued = await Promise.all(
          chunk.map((dossier) => takeOut(queue, redis, keyPrefix, batchId, dossier)),
        );
        await flows.addBulk(
          requeued.flatMap((taken) =>
            taken ? [flowOf(taken.parent, taken.children, connection.queueName)] : [],
          ),
        );
        for (const [index, taken] of requeued.entries()) {
          if (!taken) continue;
          retried.dossiers.push(chunk[index]?.fileCode ?? '');
          retried.documents += taken.failedDocuments;
        }
      }
    }
    return retried;
  } finally {
    await flows.close();
    await queue.close();
    redis.disconnect();
  }
}

/** Dossiers retried at once: their removals and reads overlap in Redis round trips. */
const DOSSIERS_AT_ONCE = 50;

/**
 * Removes a failed dossier's jobs (its documents, then its own) and returns them, to be added
 * again as a flow; `undefined` when its dossier job is no longer there.
 */
async function takeOut(
  queue: Queue<SohoaJobData>,
  redis: Redis,
  keyPrefix: string,
  batchId: string,
  dossier: BatchRecord['dossiers'][number],
): Promise<
  { parent: Job<SohoaJobData>; children: Job<SohoaJobData>[]; failedDocuments: number } | undefined
> {
  const childIds = Array.from({ length: dossier.documents }, (_, index) =>
    jobId(batchId, dossier.fileCode, index + 1),
  );
  const [parent, found] = await Promise.all([
    queue.getJob(jobId(batchId, dossier.fileCode)) as Promise<Job<SohoaJobData> | undefined>,
    Promise.all(childIds.map((id) => queue.getJob(id) as Promise<Job<SohoaJobData> | undefined>)),
  ]);
  if (!parent) return undefined;
  const children = found.filter((child) => child !== undefined);
  const states = await readJobSnapshots(redis, keyPrefix, childIds);
  await Promise.all(children.map((child) => child.remove({ removeChildren: false })));
  await parent.remove({ removeChildren: true });
  return {
    parent,
    children,
    failedDocuments: states.filter((state) => state.state === 'failed').length,
  };
}

function flowOf(parent: Job<SohoaJobData>, children: Job<SohoaJobData>[], queueName: string): FlowJob {
  const options = (job: Job<SohoaJobData>) => ({
    jobId: job.id,
    attempts: job.opts.attempts,
    backoff: job.opts.backoff,
    ignoreDependencyOnFailure: job.opts.ignoreDependencyOnFailure,
    removeOnComplete: false,
    removeOnFail: false,
  });
  return {
    name: parent.name,
    queueName,
    data: parent.data as DossierJobData,
    opts: options(parent),
    children: children.map((child) => ({
      name: child.name,
      queueName,
      data: child.data,
      opts: options(child),
    })),
  };
}
