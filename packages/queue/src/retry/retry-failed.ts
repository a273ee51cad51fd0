import { type FlowJob, FlowProducer, type Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  closeWithin,
  connectRedis,
  DEFAULT_QUEUE_NAME,
  producerConnection,
  type QueueConnection,
  queueKeyPrefix,
  queueLost,
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
 * progress are left alone. The flows are written down in Redis before their jobs are removed, so a
 * retry that loses the server between the two adds them on its next run: none is lost.
 *
 * @throws `SohoaError` `QUEUE_UNREACHABLE` when Redis does not answer (within `timeoutMs`) or is
 * lost part-way, saying how many dossiers were queued again; `QUEUE_BATCH_NOT_FOUND`.
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
  const redis = await connectRedis(options.redis, options.timeoutMs);
  // Connections that fail a request at once when the server is lost (see producerConnection).
  const queue = new Queue<SohoaJobData>(connection.queueName, {
    connection: producerConnection(options.redis, options.timeoutMs),
    prefix: options.prefix,
  });
  const flows = new FlowProducer({
    connection: producerConnection(options.redis, options.timeoutMs),
    prefix: options.prefix,
  });
  // Connection errors reject the calls below; without a listener they would also be printed.
  queue.on('error', () => undefined);
  flows.on('error', () => undefined);
  const retried: RetriedJobs = { dossiers: [], documents: 0 };
  try {
    const records = await readBatchesAskedFor(redis, connection, options.batchId);
    for (const record of records) {
      const batchId = record.settings.batchId;
      const journal = retryingKey(keyPrefix, batchId);
      // Dossiers an earlier retry took out and could not add again (Redis lost between the two).
      const pending = Object.entries(await redis.hgetall(journal));
      const interrupted: (TakenOut & { fileCode: string })[] = [];
      for (const [fileCode, text] of pending) {
        const taken = JSON.parse(text) as TakenOut;
        // Whole (nothing removed yet): retried below like any failed dossier; else what is left goes.
        const ids = [taken.flow, ...(taken.flow.children ?? [])].map((job) => job.opts?.jobId as string);
        const states = await readJobSnapshots(redis, keyPrefix, ids);
        if (states.every((state) => state.state !== 'missing')) continue;
        for (const id of ids.reverse()) await (await queue.getJob(id))?.remove({ removeChildren: false });
        interrupted.push({ fileCode, ...taken });
      }
      await flows.addBulk(interrupted.map((taken) => taken.flow));
      if (pending.length > 0) await redis.hdel(journal, ...pending.map(([fileCode]) => fileCode));
      for (const taken of interrupted) {
        retried.dossiers.push(taken.fileCode);
        retried.documents += taken.failedDocuments;
      }
      // The failed dossier jobs, found in one pipelined pass over the batch's dossier jobs.
      const parents = await readJobSnapshots(
        redis,
        keyPrefix,
        record.dossiers.map((dossier) => jobId(batchId, dossier.fileCode)),
      );
      const failed = record.dossiers.filter((_, index) => parents[index]?.state === 'failed');
      for (let start = 0; start < failed.length; start += DOSSIERS_AT_ONCE) {
        const chunk = failed.slice(start, start + DOSSIERS_AT_ONCE);
        const found = await Promise.all(
          chunk.map((dossier) => failedJobs(queue, redis, keyPrefix, batchId, dossier)),
        );
        const taken = found.filter((jobs) => jobs !== undefined);
        if (taken.length === 0) continue;
        const chunkFlows = taken.map((jobs) => flowOf(jobs.parent, jobs.children, connection.queueName));
        // Written down before the jobs are removed: a retry that loses Redis in between adds them next time.
        await redis.hset(
          journal,
          Object.fromEntries(
            taken.map((jobs, index) => {
              const out: TakenOut = {
                flow: chunkFlows[index] as FlowJob,
                failedDocuments: jobs.failedDocuments,
              };
              return [jobs.fileCode, JSON.stringify(out)];
            }),
          ),
        );
        await Promise.all(taken.map(removeJobs));
        await flows.addBulk(chunkFlows);
        await redis.hdel(journal, ...taken.map((jobs) => jobs.fileCode));
        for (const jobs of taken) {
          retried.dossiers.push(jobs.fileCode);
          retried.documents += jobs.failedDocuments;
        }
      }
    }
    return retried;
  } catch (error) {
    throw queueLost(
      options.redis,
      error,
      {
        vi: `đã đưa lại ${retried.dossiers.length} hồ sơ vào hàng đợi`,
        en: `${retried.dossiers.length} dossier(s) were queued again`,
      },
      { vi: 'chạy lại đúng lệnh "sohoa queue retry" đó', en: 'run the same "sohoa queue retry" again' },
      options.timeoutMs,
    );
  } finally {
    await closeWithin(flows);
    await closeWithin(queue);
    redis.disconnect();
  }
}

/** Dossiers retried at once: their removals and reads overlap in Redis round trips. */
const DOSSIERS_AT_ONCE = 50;

/** The Redis hash of the flows a retry of batch `batchId` took out and has not yet added again. */
function retryingKey(keyPrefix: string, batchId: string): string {
  return `${keyPrefix}:sohoa-retrying:${batchId}`;
}

/** What the retry journal keeps of a dossier taken out: the flow to add again. */
interface TakenOut {
  flow: FlowJob;
  failedDocuments: number;
}

interface FailedDossierJobs {
  fileCode: string;
  parent: Job<SohoaJobData>;
  children: Job<SohoaJobData>[];
  failedDocuments: number;
}

/** A failed dossier's jobs (its own and its documents'); `undefined` when its dossier job is no longer there. */
async function failedJobs(
  queue: Queue<SohoaJobData>,
  redis: Redis,
  keyPrefix: string,
  batchId: string,
  dossier: BatchRecord['dossiers'][number],
): Promise<FailedDossierJobs | undefined> {
  const childIds = Array.from({ length: dossier.documents }, (_, index) =>
    jobId(batchId, dossier.fileCode, index + 1),
  );
  const [parent, found] = await Promise.all([
    queue.getJob(jobId(batchId, dossier.fileCode)) as Promise<Job<SohoaJobData> | undefined>,
    Promise.all(childIds.map((id) => queue.getJob(id) as Promise<Job<SohoaJobData> | undefined>)),
  ]);
  if (!parent) return undefined;
  const states = await readJobSnapshots(redis, keyPrefix, childIds);
  return {
    fileCode: dossier.fileCode,
    parent,
    children: found.filter((child) => child !== undefined),
    failedDocuments: states.filter((state) => state.state === 'failed').length,
  };
}

/** Removes a dossier's jobs: its documents, then its own. */
async function removeJobs(jobs: FailedDossierJobs): Promise<void> {
  await Promise.all(jobs.children.map((child) => child.remove({ removeChildren: false })));
  await jobs.parent.remove({ removeChildren: true });
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
