import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { CREATED_AT, runQueue, SAMPLE_CODE } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed();

describe('a document that fails on every attempt with a retryable error', () => {
  it('is retried a bounded number of times, then fails with its reason kept; nothing half-written remains', async () => {
    // A 1 ms OCR timeout given to `sohoa queue submit` reaches the worker: every page's OCR times
    // out (OCR_TIMEOUT is not an input error, so it is retried).
    const submit = await runQueue([
      'submit',
      bed.batch,
      '--out',
      bed.out,
      '--redis',
      bed.redis.url,
      '--created-at',
      CREATED_AT,
      '--attempts',
      '2',
      '--backoff',
      '100',
      '--ocr-timeout',
      '0.001',
      '--no-detect-orientation',
      '--json',
    ]);
    expect(submit.code).toBe(0);
    const { batchId } = JSON.parse(submit.stdout);
    const worker = bed.startWorker(['--concurrency', '2']);
    const status = await bed.finished(batchId);
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
    expect((await filesUnder(bed.out)).filter((file) => file.includes(SAMPLE_CODE))).toEqual([]);
  }, 300_000);
});
