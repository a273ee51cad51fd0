import { describe, expect, it } from 'vitest';
import { retryFailed } from '../src/retry/retry-failed.js';
import { batchStatus } from '../src/status/batch-status.js';
import { endJobsWithoutDigitizing } from './no-op-worker.js';
import { runQueue, SAMPLE_CODE } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const CODES = [SAMPLE_CODE, '000.00.00.H00.2025.02', '000.00.00.H00.2025.03'];
const bed = useQueueTestBed({ dossiers: CODES });

describe('batchStatus and retryFailed', () => {
  it('count every state of a batch from its jobs, and retry exactly the incomplete dossiers', async () => {
    const submitted = await bed.submit();
    const { batchId } = submitted;
    const [waiting] = await batchStatus({ redis: bed.redis.url, batchId });
    // Waiting dossiers are counted, not listed one by one.
    expect((await runQueue(['status', '--redis', bed.redis.url])).stdout).toBe(
      `batch ${batchId} → ${waiting?.out}\n` +
        '  dossiers  0 done, 0 incomplete, 0 failed, 0 in progress, 3 waiting, of 3\n' +
        '  documents 0 done, 0 failed, 0 active, 9 waiting, of 9\n' +
        '  pages     0 of 9; 0 pages/min',
    );
    expect(waiting).toMatchObject({
      finished: false,
      dossiers: { total: 3, done: 0, waiting: 3 },
      documents: { total: 9, done: 0, failed: 0, active: 0, waiting: 9 },
      pages: { total: 9, done: 0 },
      throughput: { pagesPerMinute: 0 },
      failures: [],
    });

    // Every job ended as a worker would; the first document of the second dossier fails.
    await endJobsWithoutDigitizing(bed.redis.url, 12, new Set([CODES[1] ?? '']));
    const [finished] = await batchStatus({ redis: bed.redis.url, batchId });
    expect(finished).toMatchObject({
      finished: true,
      dossiers: { total: 3, done: 2, incomplete: 1, failed: 0, inProgress: 0, waiting: 0 },
      documents: { total: 9, done: 8, failed: 1, active: 0, waiting: 0 },
      pages: { total: 9, done: 8 },
    });
    expect(finished?.throughput.pagesPerMinute).toBeGreaterThan(0);
    expect(
      finished?.dossierList.map((dossier) => [dossier.fileCode, dossier.state, dossier.package]),
    ).toEqual([
      [CODES[0], 'done', `${CODES[0]}/${CODES[0]}.aip.zip`],
      [CODES[1], 'incomplete', undefined],
      [CODES[2], 'done', `${CODES[2]}/${CODES[2]}.aip.zip`],
    ]);
    // `sohoa queue status` lists the dossier to look at, not the ones done.
    const shown = await runQueue(['status', '--redis', bed.redis.url]);
    expect(shown.code).toBe(1);
    expect(shown.stdout.split('\n').filter((line) => line.includes(': '))).toEqual([
      `  ${CODES[1]}: incomplete, 2/3 documents`,
    ]);
    expect(finished?.failures).toEqual([
      {
        dossier: CODES[1],
        ordinal: 1,
        code: 'IMAGE_CORRUPT',
        reason: `IMAGE_CORRUPT: the first scan of ${CODES[1]} is truncated.`,
        // This worker (no-op-worker.ts) writes no Vietnamese reason: the English one stands in.
        reasons: {
          vi: `IMAGE_CORRUPT: the first scan of ${CODES[1]} is truncated.`,
          en: `IMAGE_CORRUPT: the first scan of ${CODES[1]} is truncated.`,
        },
        attempts: 1,
      },
    ]);

    expect(await retryFailed({ redis: bed.redis.url, batchId })).toEqual({
      dossiers: [CODES[1]],
      documents: 1,
    });
    const [retried] = await batchStatus({ redis: bed.redis.url, batchId });
    expect(retried).toMatchObject({
      finished: false,
      dossiers: { done: 2, incomplete: 0, waiting: 1 },
      documents: { done: 6, failed: 0, waiting: 3 },
      failures: [],
    });
    // Nothing left to retry; once done again, the batch is complete.
    expect(await retryFailed({ redis: bed.redis.url, batchId })).toEqual({ dossiers: [], documents: 0 });
    await endJobsWithoutDigitizing(bed.redis.url, 4);
    const [complete] = await batchStatus({ redis: bed.redis.url, batchId });
    expect(complete).toMatchObject({
      finished: true,
      dossiers: { done: 3 },
      documents: { done: 9 },
      failures: [],
    });
  });

  it('refuse a batch id the queue does not know, naming it, for status and retry alike', async () => {
    for (const call of [batchStatus, retryFailed]) {
      await expect(call({ redis: bed.redis.url, batchId: 'no-such-batch' })).rejects.toMatchObject({
        code: 'QUEUE_BATCH_NOT_FOUND',
        details: { batchId: 'no-such-batch' },
      });
    }
  });
});
