import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitBatch } from '../src/submit/submit-batch.js';
import {
  CREATED_AT,
  copySampleDossier,
  filesUnder,
  SAMPLE_CODE,
  startWorkerProcess,
  TEST_LOCK,
  waitForBatch,
} from './queue-fixtures.js';
import { startRedis, type TestRedis } from './redis-server.js';

const SECOND_CODE = '000.00.00.H00.2025.03';
let redis: TestRedis;
let work: string;

beforeAll(async () => {
  redis = await startRedis();
  work = await mkdtemp(join(tmpdir(), 'sohoa-queue-restart-'));
  await copySampleDossier(join(work, 'batch', 'd1'), SAMPLE_CODE);
  await copySampleDossier(join(work, 'batch', 'd2'), SECOND_CODE);
});

afterAll(async () => {
  await redis?.stop();
  await rm(work, { recursive: true, force: true });
});

describe('Redis restarted mid-batch', () => {
  it('resumes from its append-only file: the workers reconnect and the batch completes', async () => {
    const out = join(work, 'out');
    const submitted = await submitBatch({
      redis: redis.url,
      inputs: [join(work, 'batch')],
      out,
      createdAt: new Date(CREATED_AT),
    });
    const workers = [startWorkerProcess(redis.url, TEST_LOCK), startWorkerProcess(redis.url, TEST_LOCK)];
    await Promise.race(workers.map((worker) => worker.waitFor((event) => event.type === 'completed')));
    // A crash of the Redis server (SIGKILL: no clean shutdown), down for two seconds.
    await redis.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await redis.start();

    const status = await waitForBatch(redis.url, submitted.batchId);
    for (const worker of workers) worker.child.kill('SIGTERM');
    const exits = await Promise.all(workers.map((worker) => worker.exit));
    expect(exits.map((exit) => exit.signal)).toEqual([null, null]);
    expect(status).toMatchObject({
      dossiers: { total: 2, done: 2 },
      documents: { total: 6, done: 6, failed: 0 },
      pages: { done: 6 },
      failures: [],
    });
    for (const code of [SAMPLE_CODE, SECOND_CODE]) {
      expect(await filesUnder(join(out, code))).toEqual([
        `${code}.1.json`,
        `${code}.1.pdf`,
        `${code}.2.json`,
        `${code}.2.pdf`,
        `${code}.3.json`,
        `${code}.3.pdf`,
        `${code}.aip.zip`,
      ]);
    }
  }, 300_000); // real OCR in several processes: minutes on a loaded 2-core machine
});
