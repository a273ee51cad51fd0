import { type FlowJob, FlowProducer, type Job, Queue } from 'bullmq';
import {
  bullConnection,
  connectRedis,
  DEFAULT_QUEUE_NAME,
  type QueueConnection,
} from '../connection/queue-connection.js';
import { readBatch, readBatches } from '../jobs/batch-store.js';
import type { DossierJobData, SohoaJobData } from '../jobs/job-data.js';
import { jobId } from '../jobs/job-ids.js';
import { unknownBatch } from '../status/batch-status.js';

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
  const redis = await connectRedis(options.redis);
  const queue = new Queue<SohoaJobData>(connection.queueName, {
    connection: bullConnection(options.redis),
    prefix: options.prefix,
  });
  const flows = new FlowProducer({ connection: bullConnection(options.redis), prefix: options.prefix });
  const retried: RetriedJobs = { dossiers: [], documents: 0 };
  try {
    let records = await readBatches(redis, connection);
    if (options.batchId) {
      const record = await readBatch(redis, connection, options.batchId);
      if (!record) throw unknownBatch(options.batchId);
      records = [record];
    }
    for (const record of records) {
      const batchId = record.settings.batchId;
      for (const dossier of record.dossiers) {
        const parent = await queue.getJob(jobId(batchId, dossier.fileCode));
        if (!parent || (await parent.getState()) !== 'failed') continue;
        const children: Job<SohoaJobData>[] = [];
        for (let ordinal = 1; ordinal <= dossier.documents; ordinal++) {
          const child = await queue.getJob(jobId(batchId, dossier.fileCode, ordinal));
          if (child) children.push(child);
        }
        for (const child of children) {
          if ((await child.getState()) === 'failed') retried.documents++;
          await child.remove({ removeChildren: false });
        }
        await parent.remove({ removeChildren: true });
        await flows.add(flowOf(parent, children, connection.queueName));
        retried.dossiers.push(dossier.fileCode);
      }
    }
    return retried;
  } finally {
    await flows.close();
    await queue.close();
    redis.disconnect();
  }
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
