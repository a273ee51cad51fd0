import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import type { BatchSettings, SohoaJobData } from '../src/jobs/job-data.js';
import { CREATED_AT, runQueue } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed();

/** The settings every job of a batch carries to its worker (a dossier job and three documents). */
async function settingsOfEveryJob(batchId: string): Promise<BatchSettings[]> {
  const queue = new Queue<SohoaJobData>('sohoa', { connection: { url: bed.redis.url } });
  try {
    const jobs = await queue.getJobs(['waiting', 'waiting-children'], 0, -1);
    const settings = jobs.map((job) => job.data.settings).filter((each) => each.batchId === batchId);
    expect(settings).toHaveLength(4);
    return settings;
  } finally {
    await queue.close();
  }
}

describe('sohoa queue submit, OCR options', () => {
  it("takes digitize's OCR options and gives them to every job of the batch", async () => {
    const submitted = await runQueue([
      'submit',
      bed.batch,
      '--out',
      bed.out,
      '--redis',
      bed.redis.url,
      '--batch',
      'ocr-flags',
      '--created-at',
      CREATED_AT,
      '--pages-per-worker',
      '3',
      '--ocr-timeout',
      '2.5',
      '--no-ocr-columns',
      '--no-ocr-correct',
      '--no-detect-orientation',
    ]);
    expect(submitted).toMatchObject({ code: 0, stderr: '' });
    const expected = {
      pagesPerWorker: 3,
      timeoutMs: 2500,
      orderColumns: false,
      correct: false,
      detectOrientation: false,
    };
    const settings = await settingsOfEveryJob('ocr-flags');
    expect(settings.map((each) => each.ocr)).toEqual([expected, expected, expected, expected]);
  });

  it('leaves them to the defaults when none is given, and rejects bad values as usage errors (exit 2)', async () => {
    const base = ['submit', bed.batch, '--out', bed.out, '--redis', bed.redis.url];
    expect((await runQueue([...base, '--batch', 'ocr-defaults'])).code).toBe(0);
    for (const settings of await settingsOfEveryJob('ocr-defaults'))
      expect(settings).not.toHaveProperty('ocr');

    for (const bad of [
      ['--pages-per-worker', '0'],
      ['--pages-per-worker', '2.5'],
      ['--ocr-timeout', '0'],
      ['--ocr-timeout', 'soon'],
    ]) {
      const run = await runQueue([...base, '--batch', 'ocr-bad', ...bad]);
      expect(run.code, bad.join(' ')).toBe(2);
      expect(run.stderr).toContain(`option '${bad[0]}`);
    }
  });
});
