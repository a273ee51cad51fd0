/**
 * Benchmark of `@sohoa/queue` on this machine, against single-process `sohoa digitize` on the same
 * batch (copies of the sample dossier: real 300 dpi scans, one page per document):
 *
 * - throughput (pages/min) of `sohoa digitize --jobs 1` and `--jobs 2`, and of the queue with 1 and
 *   2 worker processes (`sohoa queue work --concurrency 1`) and of 1 worker process at
 *   `--concurrency 2`, wall time from start to the last package, processes' start-up included;
 * - the queue's overhead per page: each document job's time outside the pipeline (staging,
 *   publishing with fsync, checksums, manifest, Redis), from the jobs' own timings;
 * - Redis's capacity for our job shape (flows of 1 dossier + 3 documents, no-op processing);
 * - the bytes each page moves through the shared storage;
 * - a scale-on-paper simulation for 1,000,000 pages from those measurements;
 * - `batchStatus` and `retryFailed` on a batch of 3,000 dossiers × 10 documents, and the Redis
 *   memory it takes (see `status-scale.ts`).
 *
 * Run: `flock /tmp/sohoa-bench.lock npm run bench -w @sohoa/queue` (other benchmarks share the machine).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FlowProducer, Queue, Worker } from 'bullmq';
import { writeBenchResult } from '../../../bench/write-result.js';
import { filesUnder, spawnSohoa } from '../../../fixtures/sohoa-process.js';
import type { DocumentJobResult } from '../src/jobs/job-data.js';
import { submitBatch } from '../src/submit/submit-batch.js';
import { CREATED_AT, copySampleDossier, startWorkerProcess, waitForBatch } from '../test/queue-fixtures.js';
import { startRedis } from '../test/redis-server.js';
import { measureStatusAtScale } from './status-scale.js';

const DOSSIERS = Number(process.env.SOHOA_QUEUE_BENCH_DOSSIERS ?? 4);
const PAGES = DOSSIERS * 3;
const work = await mkdtemp(join(tmpdir(), 'sohoa-queue-bench-'));
const batch = join(work, 'batch');
for (let index = 1; index <= DOSSIERS; index++) {
  await copySampleDossier(join(batch, `d${index}`), `000.00.00.H00.2025.${String(index).padStart(2, '0')}`);
}
const loadBefore = loadavg();

async function digitizeProcess(jobs: number): Promise<number> {
  const started = performance.now();
  const out = join(work, `digitize-${jobs}`);
  const child = spawnSohoa(
    ['digitize', batch, '--out', out, '--jobs', String(jobs), '--created-at', CREATED_AT, '--json'],
    'ignore',
  );
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`sohoa digitize --jobs ${jobs} exited ${code}`);
  return (performance.now() - started) / 1000;
}

interface QueueRun {
  seconds: number;
  steadySeconds: number;
  overheadMsPerPage: number;
  pipelineSecondsPerPage: number;
  dossierJobSeconds: number;
  eventLoopMaxMs: number;
}

async function queueRun(workers: number, concurrency = 1): Promise<QueueRun> {
  const redis = await startRedis();
  try {
    const out = join(work, `queue-${workers}-${concurrency}`);
    const started = performance.now();
    const submitted = await submitBatch({
      redis: redis.url,
      inputs: [batch],
      out,
      createdAt: new Date(CREATED_AT),
    });
    const processes = Array.from({ length: workers }, () =>
      startWorkerProcess(redis.url, ['--concurrency', String(concurrency)]),
    );
    const status = await waitForBatch(redis.url, submitted.batchId, 1_800_000);
    const seconds = (performance.now() - started) / 1000;
    for (const worker of processes) worker.child.kill('SIGTERM');
    await Promise.all(processes.map((worker) => worker.exit));
    const eventLoopMaxMs = Math.max(
      0,
      ...processes.flatMap((worker) => worker.events.map((event) => event.eventLoopMaxMs ?? 0)),
    );
    if (status.documents.done !== PAGES) throw new Error(`queue run: ${JSON.stringify(status.failures)}`);
    const queue = new Queue('sohoa', { connection: { url: redis.url } });
    const jobs = await queue.getJobs(['completed'], 0, -1);
    await queue.close();
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    let overhead = 0;
    let pipeline = 0;
    let dossierJobs = 0;
    for (const job of jobs) {
      first = Math.min(first, job.processedOn ?? first);
      last = Math.max(last, job.finishedOn ?? last);
      const held = ((job.finishedOn ?? 0) - (job.processedOn ?? 0)) / 1000;
      if (job.data.kind === 'document') {
        const result = job.returnvalue as DocumentJobResult;
        overhead += held - result.pipelineSeconds;
        pipeline += result.pipelineSeconds;
      } else {
        dossierJobs += held;
      }
    }
    return {
      seconds,
      steadySeconds: (last - first) / 1000,
      overheadMsPerPage: (overhead / PAGES) * 1000,
      pipelineSecondsPerPage: pipeline / PAGES,
      dossierJobSeconds: dossierJobs / DOSSIERS,
      eventLoopMaxMs,
    };
  } finally {
    await redis.stop();
  }
}

/** Flows of 1 dossier + 3 documents through Redis with no-op processing: the queue's own ceiling. */
async function redisCapacity(
  flowCount: number,
): Promise<{ submitJobsPerSecond: number; processJobsPerSecond: number }> {
  const redis = await startRedis();
  const connection = { url: redis.url, maxRetriesPerRequest: null };
  try {
    const flows = new FlowProducer({ connection });
    const startedSubmit = performance.now();
    for (let index = 0; index < flowCount; index++) {
      await flows.add({
        name: 'dossier',
        queueName: 'capacity',
        data: { index },
        opts: { jobId: `dos-${index}` },
        children: [1, 2, 3].map((ordinal) => ({
          name: 'document',
          queueName: 'capacity',
          data: { index, ordinal, padding: 'x'.repeat(1500) },
          opts: { jobId: `doc-${index}-${ordinal}`, ignoreDependencyOnFailure: true },
        })),
      });
    }
    const submitSeconds = (performance.now() - startedSubmit) / 1000;
    await flows.close();
    const total = flowCount * 4;
    let done = 0;
    const startedProcess = performance.now();
    const finished = new Promise<void>((resolve) => {
      const worker = new Worker('capacity', async () => ({ ok: true }), { connection, concurrency: 20 });
      worker.on('completed', () => {
        done++;
        if (done === total) void worker.close().then(resolve);
      });
    });
    await finished;
    const processSeconds = (performance.now() - startedProcess) / 1000;
    return { submitJobsPerSecond: total / submitSeconds, processJobsPerSecond: total / processSeconds };
  } finally {
    await redis.stop();
  }
}

async function bytesUnder(folder: string, filter: (file: string) => boolean = () => true): Promise<number> {
  let total = 0;
  for (const file of (await filesUnder(folder)).filter(filter))
    total += (await stat(join(folder, file))).size;
  return total;
}

const digitize1 = await digitizeProcess(1);
const digitize2 = await digitizeProcess(2);
const queue1 = await queueRun(1);
const queue2 = await queueRun(2);
const queue1x2 = await queueRun(1, 2);
const capacity = await redisCapacity(250);
const loadAfterThroughput = loadavg();
const statusAtScale = await measureStatusAtScale();
const loadAfter = loadavg();

// Bytes through the shared storage per page: scans read, PDF/A + JSON written, PDF/A + JSON read
// back by the dossier job, package written.
const scanBytes = await bytesUnder(batch, (file) => file.endsWith('.jpg'));
const out2 = join(work, 'queue-2-1');
const documentBytes = await bytesUnder(
  out2,
  (file) => /\.(pdf|json)$/.test(file) && !file.startsWith('.sohoa-queue'),
);
const packageBytes = await bytesUnder(out2, (file) => file.endsWith('.zip'));
const storageBytesPerPage = (scanBytes + 2 * documentBytes + packageBytes) / PAGES;
await rm(work, { recursive: true, force: true });

const perMinute = (seconds: number) => Math.round((PAGES / seconds) * 60 * 10) / 10;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
// Core-seconds per page: this machine's cores over the queue's best steady throughput on it (one
// page's cleanup runs on several libvips threads, so even a worker with concurrency 1 uses more than
// one core: per-worker figures cannot be multiplied by cores).
const cores = availableParallelism();
const bestSteadySeconds = Math.min(queue1.steadySeconds, queue2.steadySeconds, queue1x2.steadySeconds);
const coreSecondsPerPage = (bestSteadySeconds * cores) / PAGES;
const PAGES_TOTAL = 1_000_000;
const coreDays = (PAGES_TOTAL * coreSecondsPerPage) / 86_400;
const machines = [1, 10, 25, 50, 100].map((count) => ({
  machines: count,
  coresEach: 8,
  days: round(coreDays / (count * 8), 1),
  pagesPerSecond: round((count * 8) / coreSecondsPerPage, 1),
}));
// Each page is one document job (the worst case: one-page documents) plus a quarter of a dossier job.
const jobsPerPage = 1.25;
const redisPagesPerSecond = capacity.processJobsPerSecond / jobsPerPage;
const storageMBps = 110; // a 1 Gbit/s NFS server, a common shared store
const storagePagesPerSecond = (storageMBps * 1e6) / storageBytesPerPage;
const figures = {
  batch: {
    dossiers: DOSSIERS,
    pages: PAGES,
    source: 'copies of examples/sample-dossier (300 dpi colour scans)',
  },
  load: {
    before: loadBefore.map((value) => round(value, 2)),
    afterThroughput: loadAfterThroughput.map((value) => round(value, 2)),
    after: loadAfter.map((value) => round(value, 2)),
  },
  pagesPerMinute: {
    digitizeJobs1: perMinute(digitize1),
    digitizeJobs2: perMinute(digitize2),
    queue1Worker: perMinute(queue1.seconds),
    queue2Workers: perMinute(queue2.seconds),
    queue1WorkerSteady: perMinute(queue1.steadySeconds),
    queue2WorkersSteady: perMinute(queue2.steadySeconds),
    queue1WorkerConcurrency2: perMinute(queue1x2.seconds),
    queue1WorkerConcurrency2Steady: perMinute(queue1x2.steadySeconds),
  },
  scaling1To2Workers: round(queue1.seconds / queue2.seconds, 2),
  cores,
  queueOverheadMsPerPage: {
    oneWorker: round(queue1.overheadMsPerPage),
    twoWorkers: round(queue2.overheadMsPerPage),
    oneWorkerConcurrency2: round(queue1x2.overheadMsPerPage),
  },
  pipelineSecondsPerPage: {
    oneWorker: round(queue1.pipelineSecondsPerPage, 2),
    twoWorkers: round(queue2.pipelineSecondsPerPage, 2),
    oneWorkerConcurrency2: round(queue1x2.pipelineSecondsPerPage, 2),
  },
  dossierJobSeconds: round(queue2.dossierJobSeconds, 2),
  // The longest event-loop stall of a worker (lock renewals wait that long): the lock duration
  // must stay well above twice it; the default 60 s leaves a wide margin.
  workerEventLoopMaxMs: Math.max(queue1.eventLoopMaxMs, queue2.eventLoopMaxMs, queue1x2.eventLoopMaxMs),
  redis: {
    submitJobsPerSecond: Math.round(capacity.submitJobsPerSecond),
    processJobsPerSecond: Math.round(capacity.processJobsPerSecond),
  },
  storageBytesPerPage: Math.round(storageBytesPerPage),
  statusAtScale,
  simulation: {
    pages: PAGES_TOTAL,
    coreSecondsPerPage: round(coreSecondsPerPage, 2),
    coreDays: round(coreDays, 0),
    machines,
    bottlenecks: {
      redisPagesPerSecond: Math.round(redisPagesPerSecond),
      redisSaturatesAtCores: Math.round(redisPagesPerSecond * coreSecondsPerPage),
      storagePagesPerSecondAt110MBps: round(storagePagesPerSecond, 1),
      storageSaturatesAtCores: Math.round(storagePagesPerSecond * coreSecondsPerPage),
    },
  },
};
console.log(JSON.stringify(figures, null, 2));
writeBenchResult('queue', figures);
