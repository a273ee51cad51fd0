/**
 * `batchStatus` and `retryFailed` on a province-sized batch: `dossiers` dossiers of `documents`
 * one-page documents submitted with `submitBatch` to a `redis-server` of its own (the scans are
 * hard links to the sample dossier's, and no OCR runs), then:
 *
 * - `batchStatus` on the batch as submitted (every job waiting);
 * - every job run by a no-op BullMQ worker that ends it as a real worker would: the first
 *   document of `failed` dossiers fails with `IMAGE_CORRUPT`, so those dossiers end
 *   `DOSSIER_INCOMPLETE`; the other documents complete with a real-sized result;
 * - `batchStatus` on the finished batch, then `retryFailed` (the failed dossiers queued again);
 * - the Redis memory the batch takes (`used_memory` of INFO), as submitted and when finished.
 *
 * Run alone (prints the figures, writes nothing):
 * `flock /tmp/sohoa-bench.lock npx tsx --conditions=@sohoa/source packages/queue/bench/status-scale.ts`
 */
import { link, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { connectRedis } from '../src/connection/queue-connection.js';
import { retryFailed } from '../src/retry/retry-failed.js';
import { batchStatus } from '../src/status/batch-status.js';
import { submitBatch } from '../src/submit/submit-batch.js';
import { endJobsWithoutDigitizing } from '../test/no-op-worker.js';
import { startRedis } from '../test/redis-server.js';

/** The size of the simulated batch. */
export interface StatusScaleOptions {
  /** Dossiers in the batch. @default 3000 */
  dossiers?: number;
  /** One-page documents per dossier. @default 10 */
  documents?: number;
  /** Dossiers with a failed document (hence incomplete, then retried). @default 300 */
  failed?: number;
}

/** What {@link measureStatusAtScale} measured. */
export interface StatusScaleFigures {
  dossiers: number;
  documents: number;
  jobs: number;
  failedDossiers: number;
  submitSeconds: number;
  /** `batchStatus` of the batch as submitted (every job waiting). */
  statusWaitingSeconds: number;
  /** `batchStatus` of the finished batch (completed jobs' results read, failures listed). */
  statusFinishedSeconds: number;
  /** `retryFailed` of the finished batch. */
  retrySeconds: number;
  retriedDossiers: number;
  /** Redis `used_memory` taken by the batch as submitted, and once every job has finished. */
  redisMiB: { submitted: number; finished: number };
  redisBytesPerJob: { submitted: number; finished: number };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Times `task` in seconds. */
async function timed<T>(task: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await task();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** Writes the batch's dossier folders: the sample's metadata, `documents` one-page documents. */
async function writeBatch(folder: string, dossiers: number, documents: number): Promise<void> {
  const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
  for (let index = 1; index <= dossiers; index++) {
    const dossier = join(folder, `d${index}`);
    await mkdir(dossier, { recursive: true });
    const pages: string[] = [];
    for (let page = 1; page <= documents; page++) {
      const scan = SAMPLE_PAGES[(page - 1) % SAMPLE_PAGES.length]?.image ?? '';
      pages.push(`p${page}.jpg`);
      await link(scan, join(dossier, `p${page}.jpg`));
    }
    const description = {
      dossier: {
        ...sample.dossier,
        fileCode: fileCodeOf(index),
        totalDoc: documents,
        numberOfPaper: documents,
        numberOfPage: documents,
      },
      pages,
      documents: pages.map(() => ({ numberOfPage: 1 })),
    };
    await writeFile(join(dossier, 'dossier.json'), JSON.stringify(description));
  }
}

function fileCodeOf(index: number): string {
  return `000.00.00.H00.2025.${String(index).padStart(4, '0')}`;
}

async function usedMemory(url: string): Promise<number> {
  const redis = await connectRedis(url);
  try {
    const info = await redis.info('memory');
    return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? 0);
  } finally {
    redis.disconnect();
  }
}

/** Measures `batchStatus` and `retryFailed` on a batch of the given size (see the file's header). */
export async function measureStatusAtScale(options: StatusScaleOptions = {}): Promise<StatusScaleFigures> {
  const dossiers = options.dossiers ?? 3000;
  const documents = options.documents ?? 10;
  const failed = options.failed ?? 300;
  const jobs = dossiers * (documents + 1);
  const work = await mkdtemp(join(tmpdir(), 'sohoa-queue-scale-'));
  const redis = await startRedis({ appendfsync: 'everysec' });
  try {
    await writeBatch(join(work, 'batch'), dossiers, documents);
    const empty = await usedMemory(redis.url);
    const submit = await timed(() =>
      submitBatch({ redis: redis.url, inputs: [join(work, 'batch')], out: join(work, 'out') }),
    );
    if (submit.value.documents !== dossiers * documents)
      throw new Error(`submitted ${JSON.stringify(submit.value)}`);
    const submitted = (await usedMemory(redis.url)) - empty;
    const batchId = submit.value.batchId;
    const waiting = await timed(() => batchStatus({ redis: redis.url, batchId }));
    if (waiting.value[0]?.documents.waiting !== dossiers * documents)
      throw new Error(`status of the waiting batch: ${JSON.stringify(waiting.value[0]?.documents)}`);

    const failing = new Set(Array.from({ length: failed }, (_, index) => fileCodeOf(index + 1)));
    await endJobsWithoutDigitizing(redis.url, jobs, failing);
    const finishedBytes = (await usedMemory(redis.url)) - empty;
    const finished = await timed(() => batchStatus({ redis: redis.url, batchId }));
    const status = finished.value[0];
    if (status?.dossiers.incomplete !== failed || status.failures.length !== failed || !status.finished)
      throw new Error(`status of the finished batch: ${JSON.stringify(status?.dossiers)}`);
    const retry = await timed(() => retryFailed({ redis: redis.url, batchId }));
    if (retry.value.dossiers.length !== failed || retry.value.documents !== failed)
      throw new Error(`retry: ${retry.value.dossiers.length} dossiers, ${retry.value.documents} documents`);
    return {
      dossiers,
      documents: dossiers * documents,
      jobs,
      failedDossiers: failed,
      submitSeconds: round(submit.seconds, 1),
      statusWaitingSeconds: round(waiting.seconds),
      statusFinishedSeconds: round(finished.seconds),
      retrySeconds: round(retry.seconds),
      retriedDossiers: retry.value.dossiers.length,
      redisMiB: { submitted: round(submitted / 2 ** 20, 1), finished: round(finishedBytes / 2 ** 20, 1) },
      redisBytesPerJob: {
        submitted: Math.round(submitted / jobs),
        finished: Math.round(finishedBytes / jobs),
      },
    };
  } finally {
    await redis.stop();
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  console.log(
    await measureStatusAtScale({
      dossiers: size('SOHOA_SCALE_DOSSIERS'),
      documents: size('SOHOA_SCALE_DOCUMENTS'),
      failed: size('SOHOA_SCALE_FAILED'),
    }),
  );
}
