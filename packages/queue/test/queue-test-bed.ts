/**
 * The test bed of one queue test file: its own `redis-server` and work folder, started before its
 * tests and removed after them, copies of the sample dossier, and the submit call, worker
 * processes and wait every test makes, with the tests' defaults.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import type { BatchStatus } from '../src/status/batch-status.js';
import { type SubmitBatchOptions, type SubmittedBatch, submitBatch } from '../src/submit/submit-batch.js';
import {
  CREATED_AT,
  SAMPLE_CODE,
  STEADY_LOCK,
  startWorkerProcess,
  type WorkerProcess,
  waitForBatch,
} from './queue-fixtures.js';
import { startRedis, type TestRedis } from './redis-server.js';

/** What {@link useQueueTestBed} gives a test file (usable inside its tests, once started). */
export interface QueueTestBed {
  /** The file's Redis server. */
  readonly redis: TestRedis;
  /** The file's temporary folder. */
  readonly work: string;
  /**
   * `<work>/batch`: the sample dossier once per code given, in `d1`, `d2`, …: its three real scans
   * cut to their header bands, under the scans' own names (OCR takes about a second a page, not four).
   */
  readonly batch: string;
  /** `<work>/out`: the output folder {@link QueueTestBed.submit} uses by default. */
  readonly out: string;
  /**
   * Submits a batch: by default the copies in {@link QueueTestBed.batch}, into
   * {@link QueueTestBed.out}, created at `CREATED_AT` (byte-identical outputs).
   */
  submit(options?: Partial<SubmitBatchOptions>): Promise<SubmittedBatch>;
  /**
   * Starts `sohoa queue work` as its own process, with {@link STEADY_LOCK} locks, its scratch files
   * under {@link QueueTestBed.work} (removed with it, even when a test kills the worker) and `extra`
   * options (given last, so `extra` may set other locks).
   */
  startWorker(extra?: string[]): WorkerProcess;
  /** Waits until the batch is finished and returns its status. */
  finished(batchId: string): Promise<BatchStatus>;
}

/**
 * Sets up the test bed of the calling test file: call it at the top level of the file.
 *
 * @example
 * ```ts
 * const bed = useQueueTestBed({ dossiers: [SAMPLE_CODE, '000.00.00.H00.2025.02'] });
 * it('…', async () => {
 *   const submitted = await bed.submit();
 *   const worker = bed.startWorker();
 *   const status = await bed.finished(submitted.batchId);
 * });
 * ```
 */
export function useQueueTestBed(options: { dossiers?: readonly string[] } = {}): QueueTestBed {
  let redis: TestRedis | undefined;
  let work: string | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the queue test bed is used before its beforeAll ran');
    return value;
  };
  const bed: QueueTestBed = {
    get redis() {
      return started(redis);
    },
    get work() {
      return started(work);
    },
    get batch() {
      return join(bed.work, 'batch');
    },
    get out() {
      return join(bed.work, 'out');
    },
    submit: (overrides = {}) =>
      submitBatch({
        redis: bed.redis.url,
        inputs: [bed.batch],
        out: bed.out,
        createdAt: new Date(CREATED_AT),
        ...overrides,
      }),
    startWorker: (extra = []) =>
      startWorkerProcess(bed.redis.url, [...STEADY_LOCK, '--scratch', join(bed.work, 'scratch'), ...extra]),
    finished: (batchId) => waitForBatch(bed.redis.url, batchId),
  };
  beforeAll(async () => {
    redis = await startRedis();
    work = await mkdtemp(join(tmpdir(), 'sohoa-queue-test-'));
    await mkdir(join(work, 'scratch'));
    for (const [index, code] of (options.dossiers ?? [SAMPLE_CODE]).entries()) {
      await bandDossier(join(work, 'batch', `d${index + 1}`), code, [0, 1, 2], true);
    }
  });
  afterAll(async () => {
    await redis?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });
  return bed;
}
