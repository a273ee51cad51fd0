import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { connectRedis } from '../src/connection/queue-connection.js';
import { SAMPLE_CODE, startWorkerProcess, type WorkerProcess } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed();

/** The default lock (60 s) and stalled check (30 s): a job left locked would wait a minute. */
const DEFAULT_LOCK = ['--lock-duration', '60000', '--stalled-interval', '30000'];

const isDocumentStart = (event: WorkerProcess['events'][number]) =>
  event.type === 'started' && (event.name ?? '').startsWith('document');

describe('a worker stopped by a second SIGTERM mid-job', () => {
  it('returns its job to the queue at once (lock released, attempt not counted); another worker completes the batch, each document once', async () => {
    const submitted = await bed.submit();
    expect(submitted).toMatchObject({ dossiers: 1, documents: 3, added: 4 });
    const scratch = join(bed.work, 'victim-scratch');
    await mkdir(scratch);
    const victim = startWorkerProcess(bed.redis.url, [...DEFAULT_LOCK, '--scratch', scratch]);
    await victim.waitFor(isDocumentStart);
    const returnedJob = victim.events.find(isDocumentStart)?.job ?? '';
    // The first signal: finish the job in progress. The second, while it still runs: return it.
    victim.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(victim.events.filter((event) => event.type === 'completed')).toEqual([]);
    const secondSignal = performance.now();
    victim.child.kill('SIGTERM');
    expect(await victim.exit).toEqual({ code: 0, signal: null });
    // It abandoned the document instead of finishing it: nothing published, its scratch files
    // removed, nothing recorded for the job (neither completed nor failed), no other job taken.
    expect(performance.now() - secondSignal).toBeLessThan(15_000);
    expect(victim.events.map((event) => event.type)).toEqual(['started']);
    expect(await filesUnder(bed.out)).toEqual([]);
    expect(await readdir(scratch)).toEqual([]);

    // The job is waiting again, unlocked, with no attempt counted: not left active until its
    // 60 s lock expires.
    const queue = new Queue('sohoa', { connection: { url: bed.redis.url } });
    const redis = await connectRedis(bed.redis.url);
    try {
      const job = await queue.getJob(returnedJob);
      expect(await job?.getState()).toBe('waiting');
      expect(job?.attemptsMade).toBe(0);
      expect(await redis.exists(`bull:sohoa:${returnedJob}:lock`)).toBe(0);
    } finally {
      redis.disconnect();
      await queue.close();
    }

    // A second worker takes the returned job first (as attempt 1) and finishes the batch.
    const survivor = startWorkerProcess(bed.redis.url, DEFAULT_LOCK);
    const status = await bed.finished(submitted.batchId);
    survivor.child.kill('SIGTERM');
    expect((await survivor.exit).code).toBe(0);
    expect(survivor.events.find((event) => event.type === 'started')).toMatchObject({
      job: returnedJob,
      attempt: 1,
    });
    expect(survivor.events.find((event) => event.type === 'completed')).toMatchObject({
      job: returnedJob,
      reused: false,
    });
    expect(status).toMatchObject({
      dossiers: { total: 1, done: 1 },
      documents: { total: 3, done: 3, failed: 0 },
      failures: [],
    });
    const completed = [...victim.events, ...survivor.events].filter((event) => event.type === 'completed');
    expect(completed.map((event) => event.name).sort()).toEqual([
      `document ${SAMPLE_CODE}.1`,
      `document ${SAMPLE_CODE}.2`,
      `document ${SAMPLE_CODE}.3`,
      `dossier ${SAMPLE_CODE}`,
    ]);
    expect(await filesUnder(join(bed.out, SAMPLE_CODE))).toEqual([
      `${SAMPLE_CODE}.1.json`,
      `${SAMPLE_CODE}.1.pdf`,
      `${SAMPLE_CODE}.2.json`,
      `${SAMPLE_CODE}.2.pdf`,
      `${SAMPLE_CODE}.3.json`,
      `${SAMPLE_CODE}.3.pdf`,
      `${SAMPLE_CODE}.aip.zip`,
    ]);
  }, 300_000); // real OCR in worker processes: minutes on a loaded 2-core machine
});
