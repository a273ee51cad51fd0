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

let redis: TestRedis;
let work: string;

beforeAll(async () => {
  redis = await startRedis();
  work = await mkdtemp(join(tmpdir(), 'sohoa-queue-poison-'));
});

afterAll(async () => {
  await redis?.stop();
  await rm(work, { recursive: true, force: true });
});

describe('a document that fails on every attempt with a retryable error', () => {
  it('is retried a bounded number of times, then fails with its reason kept; nothing half-written remains', async () => {
    const dossier = join(work, 'dossier');
    await copySampleDossier(dossier);
    const out = join(work, 'out');
    // A 1 ms OCR timeout: every page's OCR times out (OCR_TIMEOUT is not an input error, so it is retried).
    const submitted = await submitBatch({
      redis: redis.url,
      inputs: [dossier],
      out,
      createdAt: new Date(CREATED_AT),
      retry: { attempts: 2, backoffMs: 100 },
      ocr: { timeoutMs: 1, detectOrientation: false },
    });
    const worker = startWorkerProcess(redis.url, [...TEST_LOCK, '--concurrency', '2']);
    const status = await waitForBatch(redis.url, submitted.batchId);
    worker.child.kill('SIGTERM');
    await worker.exit;

    expect(status).toMatchObject({
      dossiers: { total: 1, done: 0, incomplete: 1 },
      documents: { total: 3, done: 0, failed: 3 },
    });
    expect(status.failures.map((failure) => [failure.ordinal, failure.code, failure.attempts])).toEqual([
      [1, 'OCR_TIMEOUT', 2],
      [2, 'OCR_TIMEOUT', 2],
      [3, 'OCR_TIMEOUT', 2],
    ]);
    for (const failure of status.failures) expect(failure.reason).toMatch(/^OCR_TIMEOUT: .+/);
    // Each document ran exactly twice: no third attempt, no endless loop.
    const attempts = worker.events.filter(
      (event) => event.type === 'started' && event.name?.startsWith('document'),
    );
    expect(attempts).toHaveLength(6);
    // No output, and no temporary file, for a document that never finished.
    expect((await filesUnder(out)).filter((file) => file.includes(SAMPLE_CODE))).toEqual([]);
  }, 300_000);
});
