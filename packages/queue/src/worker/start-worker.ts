import { availableParallelism, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SohoaError } from '@sohoa/base';
import { createDocumentRunner, type DocumentRunner } from '@sohoa/pipeline';
import { type Job, Worker } from 'bullmq';
import {
  bullConnection,
  connectRedis,
  DEFAULT_QUEUE_NAME,
  QUEUE_TIMEOUT_MS_DEFAULT,
  type QueueConnection,
  redactPassword,
} from '../connection/queue-connection.js';
import { redisFailure } from '../connection/redis-failure.js';
import type { QueueErrorCode } from '../errors/queue-error-codes.js';
import type { DocumentJobResult, DossierJobResult, SohoaJobData } from '../jobs/job-data.js';
import { runDocumentJob } from './document-job.js';
import { runDossierJob } from './dossier-job.js';
import { failureReasons, jobFailure, reasonLogLine } from './job-failure.js';

/**
 * What a worker reports as it goes (one line per event in `sohoa queue work`).
 *
 * @example
 * ```ts
 * const onEvent = (event: WorkerEvent) => {
 *   if (event.type === 'failed') console.error(event.job, event.reason);
 * };
 * ```
 */
export type WorkerEvent =
  | { type: 'started'; job: string; name: string; attempt: number }
  | {
      type: 'completed';
      job: string;
      name: string;
      seconds: number;
      pages?: number | undefined;
      reused?: boolean | undefined;
      /**
       * The longest stall of this process's event loop since the previous completed job, ms: lock
       * renewals wait that long, so `lockDurationMs` must stay well above twice this.
       */
      eventLoopMaxMs: number;
    }
  | {
      type: 'failed';
      job: string;
      name: string;
      /** `CODE: message Fix: …` in English, as BullMQ keeps it. */
      reason: string;
      /** The reason in Vietnamese and in English (`CODE: …`), for a line in the user's language. */
      reasons: { vi: string; en: string };
      willRetry: boolean;
    }
  | {
      type: 'error';
      /** `QUEUE_UNREACHABLE`, `QUEUE_AUTH_FAILED` (Redis lost or refusing) or `QUEUE_WORKER_ERROR`. */
      code: string;
      /** What happened and how to fix it, in English (BullMQ's or ioredis's text kept in brackets when not recognised). */
      message: string;
      /** The same in Vietnamese and English, for a line in the user's language. */
      messages: { vi: string; en: string };
    };

/**
 * Options of {@link startWorker}.
 *
 * @example
 * ```ts
 * const options: StartWorkerOptions = { redis: 'redis://10.0.0.5:6379', concurrency: 2, lockDurationMs: 120_000 };
 * ```
 */
export interface StartWorkerOptions extends QueueConnection {
  /**
   * Jobs run at once by this process, and its OCR workers (threads). One per core is the
   * usual choice; memory grows by about 300 MiB per unit.
   * @default os.availableParallelism()
   */
  concurrency?: number | undefined;
  /**
   * How long a job stays locked to this worker without a renewal (the lock is renewed every
   * half of it while the job runs). A worker that dies (SIGKILL, machine lost) keeps its jobs
   * locked this long before another worker takes them over: keep it well above the longest
   * pause of the worker's event loop, and short enough to recover quickly.
   * @default 60000
   */
  lockDurationMs?: number | undefined;
  /** How often this worker looks for jobs whose lock expired (stalled jobs) and requeues them. @default 30000 */
  stalledIntervalMs?: number | undefined;
  /**
   * How many times a job may stall (its worker lost) before it is failed for good: a document
   * that kills every worker that reads it (a poison document) stops here.
   * @default 2
   */
  maxStalledCount?: number | undefined;
  /** The folder for each job's scratch files (inputs staged, outputs before they are published). @default os.tmpdir() */
  scratch?: string | undefined;
  /** A folder holding `vie.traineddata.gz`. @default the model of `@tesseract.js-data/vie` */
  languageDataPath?: string | undefined;
  /** Receives the worker's events. @default none */
  onEvent?: ((event: WorkerEvent) => void) | undefined;
}

/**
 * A running worker.
 *
 * @example
 * ```ts
 * process.once('SIGTERM', () => void worker.close());
 * await worker.closed;
 * ```
 */
export interface QueueWorker {
  /**
   * Stops taking jobs. By default waits for the jobs in progress to finish. With
   * `{ returnJobs: true }` (also after a plain `close()`, as a second signal does) puts them back
   * in the queue at once instead: their lock released, their attempt not counted, their OCR
   * stopped and nothing more of theirs published; another worker takes them.
   * @default { returnJobs: false }
   */
  close(options?: { returnJobs?: boolean | undefined }): Promise<void>;
  /** Settles when the worker has closed. */
  readonly closed: Promise<void>;
  /** The jobs in progress now. */
  readonly active: number;
}

/**
 * Starts a worker on the queue: it takes document jobs (cleanup → OCR → PDF/A with the pipeline
 * of `sohoa digitize`) and dossier jobs (package and validate) and runs up to `concurrency` at
 * once. Run one per machine (`sohoa queue work`), as many machines as needed; they share only
 * Redis and the storage.
 *
 * @throws `SohoaError` `QUEUE_UNREACHABLE` when Redis does not answer at start.
 *
 * @example
 * ```ts
 * import { startWorker } from '@sohoa/queue';
 *
 * const worker = await startWorker({ redis: 'redis://10.0.0.5:6379', concurrency: 2 });
 * process.once('SIGTERM', () => void worker.close());
 * await worker.closed;
 * ```
 */
export async function startWorker(options: StartWorkerOptions): Promise<QueueWorker> {
  (await connectRedis(options.redis, options.timeoutMs)).disconnect();
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const scratch = options.scratch ?? tmpdir();
  const emit = options.onEvent ?? (() => undefined);
  const runners = new Map<string, DocumentRunner>();
  // One runner per batch settings it depends on: the OCR language, scan resolution, OCR settings
  // and work limits (a page over the batch's pixelsPerPage is refused as `sohoa digitize` refuses it).
  const runnerFor = (data: SohoaJobData): DocumentRunner => {
    const { language, dpi, ocr, limits } = data.settings;
    const key = JSON.stringify([language ?? 'vie', dpi ?? null, ocr ?? {}, limits ?? {}]);
    let runner = runners.get(key);
    if (!runner) {
      runner = createDocumentRunner({
        jobs: concurrency,
        language,
        dpi,
        ocr,
        limits,
        languageDataPath: options.languageDataPath,
      });
      runners.set(key, runner);
    }
    return runner;
  };
  const tokens = new Map<string, { job: Job<SohoaJobData>; token: string | undefined }>();
  // Aborted when the jobs in progress are returned to the queue (see returnJobs below).
  const returning = new AbortController();
  const abandoned = new Promise<never>((_, reject) => {
    returning.signal.addEventListener('abort', () => reject(returning.signal.reason), { once: true });
  });
  abandoned.catch(() => undefined);
  const eventLoop = monitorEventLoopDelay({ resolution: 20 });
  eventLoop.enable();
  const worker = new Worker<SohoaJobData, DocumentJobResult | DossierJobResult>(
    options.queueName ?? DEFAULT_QUEUE_NAME,
    async (job, token) => {
      const id = job.id ?? '';
      if (returning.signal.aborted) {
        // Fetched as the worker was being stopped: back to the queue before it starts.
        await job.moveToWait(token).catch(() => undefined);
        throw returnedError();
      }
      tokens.set(id, { job, token });
      emit({ type: 'started', job: id, name: job.name, attempt: job.attemptsMade + 1 });
      const run = async () => {
        if (job.data.kind === 'document') {
          return await runDocumentJob(id, job.data, runnerFor(job.data), scratch, returning.signal);
        }
        const failed = await job.getIgnoredChildrenFailures();
        return await runDossierJob(job.data, failed, runnerFor(job.data), scratch, returning.signal);
      };
      try {
        // A returned job settles at once: its lock is gone, so BullMQ records nothing for it here.
        return await Promise.race([run(), abandoned]);
      } catch (error) {
        const failure = jobFailure(error);
        // BullMQ keeps the English reason; the Vietnamese one goes into the job's log.
        const line = reasonLogLine(failure);
        if (line) await job.log(line).catch(() => undefined);
        throw failure;
      } finally {
        tokens.delete(id);
      }
    },
    {
      connection: bullConnection(options.redis),
      prefix: options.prefix,
      concurrency,
      lockDuration: options.lockDurationMs ?? 60_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: options.maxStalledCount ?? 2,
      autorun: true,
    },
  );
  worker.on('completed', (job, result) => {
    const document = job.data.kind === 'document' ? (result as DocumentJobResult) : undefined;
    emit({
      type: 'completed',
      job: job.id ?? '',
      name: job.name,
      seconds: result.seconds,
      pages: document?.pages,
      reused: document?.reused,
      eventLoopMaxMs: Math.round(eventLoop.max / 1e6),
    });
    eventLoop.reset();
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    emit({
      type: 'failed',
      job: job.id ?? '',
      name: job.name,
      reason: error.message,
      reasons: failureReasons(error),
      willRetry: error.name !== 'UnrecoverableError' && job.attemptsMade < attempts,
    });
  });
  // While Redis is down each connection reports every reconnection attempt (two a second): the
  // same error is passed on once a minute.
  let lastError: { text: string; at: number } | undefined;
  worker.on('error', (error) => {
    const problem = workerError(error, options);
    const text = problem.describe('en');
    const now = Date.now();
    if (lastError?.text === text && now - lastError.at < REPEAT_ERROR_MS) return;
    lastError = { text, at: now };
    emit({
      type: 'error',
      code: problem.code,
      message: text,
      messages: { vi: problem.describe('vi'), en: text },
    });
  });
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let runnersClosed: Promise<unknown> | undefined;
  const closeRunners = () => {
    runnersClosed ??= Promise.all([...runners.values()].map((runner) => runner.close()));
    return runnersClosed;
  };
  let closing: Promise<void> | undefined;
  const finish = async (): Promise<void> => {
    await worker.close();
    eventLoop.disable();
    await closeRunners();
    resolveClosed();
  };
  return {
    closed,
    get active() {
      return tokens.size;
    },
    async close(closeOptions = {}) {
      // Stop taking jobs first, so that none starts while the ones in progress are returned.
      closing ??= finish();
      if (closeOptions.returnJobs) await returnJobs();
      return closing;
    },
  };

  /**
   * Puts the jobs in progress back in the queue at once (their lock released rather than left to
   * expire, their attempt not counted), then abandons them: each settles with a rejection that
   * BullMQ cannot record (the lock is no longer this worker's), publishes nothing more, and the
   * OCR workers are stopped.
   */
  async function returnJobs(): Promise<void> {
    // Back in the queue first: a job settling while it still holds its lock would be failed.
    await Promise.all(
      [...tokens.values()].map(({ job, token }) => job.moveToWait(token).catch(() => undefined)),
    );
    returning.abort(returnedError());
    await closeRunners();
  }
}

/** How long the same worker error is not passed on again. */
const REPEAT_ERROR_MS = 60_000;

/**
 * What a running worker's BullMQ or ioredis error means for its user: Redis lost or refusing
 * (`QUEUE_UNREACHABLE`, `QUEUE_AUTH_FAILED`: the worker reconnects by itself), else
 * `QUEUE_WORKER_ERROR` with BullMQ's text kept as a detail.
 */
function workerError(error: Error, options: StartWorkerOptions): SohoaError {
  const server = redactPassword(options.redis);
  const failure = redisFailure(error, options.redis, options.timeoutMs ?? QUEUE_TIMEOUT_MS_DEFAULT);
  if (failure.recognised) {
    return new SohoaError<QueueErrorCode>({
      code: failure.code,
      message: {
        vi: `Máy chủ Redis ${server} của hàng đợi ${failure.what.vi}; máy xử lý vẫn chạy và tự kết nối lại khi máy chủ trả lời.`,
        en: `The Redis server ${server} of the job queue ${failure.what.en}; the worker keeps running and reconnects when the server answers.`,
      },
      fix: failure.fix,
      details: { url: server, reason: failure.reason },
      cause: error,
    });
  }
  return new SohoaError<QueueErrorCode>({
    code: 'QUEUE_WORKER_ERROR',
    message: {
      vi: `BullMQ báo lỗi trong máy xử lý (${failure.reason}); máy xử lý vẫn chạy.`,
      en: `BullMQ reported an error in the worker (${failure.reason}); the worker keeps running.`,
    },
    fix: {
      vi: 'Nếu lỗi lặp lại, xem "sohoa queue status"; "Missing lock" nghĩa là một việc giữ máy quá --lock-duration mà không gia hạn khóa: hãy tăng --lock-duration.',
      en: 'If it repeats, look at "sohoa queue status"; "Missing lock" means a job held the worker longer than --lock-duration without renewing its lock: raise --lock-duration.',
    },
    details: { reason: failure.reason },
    cause: error,
  });
}

/**
 * Why a returned job stopped on this worker: never recorded nor shown (the job's lock is no longer
 * this worker's, so BullMQ refuses to fail it), hence a plain error rather than a `SohoaError`.
 */
function returnedError(): Error {
  return new Error('returned to the queue: this worker was stopped');
}
