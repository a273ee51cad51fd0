import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWorker, type WorkerEvent } from '../src/worker/start-worker.js';
import { CREATED_AT, onePageDossiers, runQueue } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed({ dossiers: [] });

/**
 * The `limits` of a `sohoa.config.json` given to `sohoa queue submit` hold on the workers as they
 * hold in `sohoa digitize`: a page over the batch's `pixelsPerPage` is refused by the worker
 * (workers used to apply the default 150 million whatever the batch said).
 */
describe('sohoa queue work applies the batch limits', () => {
  it("refuses a page over the config's pixelsPerPage with WORK_LIMIT_EXCEEDED, once (not retried)", async () => {
    // One 300 × 400 page (120,000 pixels) against a limit of 100,000.
    const [dossier] = await onePageDossiers(bed.batch, 1);
    const config = join(bed.work, 'sohoa.config.json');
    await writeFile(config, JSON.stringify({ limits: { pixelsPerPage: 100_000 } }));
    const submitted = await runQueue([
      'submit',
      dossier as string,
      '--out',
      bed.out,
      '--redis',
      bed.redis.url,
      '--created-at',
      CREATED_AT,
      '--config',
      config,
      '--json',
    ]);
    expect(submitted.code, submitted.stderr).toBe(0);
    const { batchId } = JSON.parse(submitted.stdout) as { batchId: string };
    // The worker in this process (no OCR starts: the page is refused before it is decoded).
    const events: WorkerEvent[] = [];
    const worker = await startWorker({
      redis: bed.redis.url,
      concurrency: 1,
      scratch: join(bed.work, 'scratch'),
      onEvent: (event) => events.push(event),
    });
    const status = await bed.finished(batchId).finally(() => worker.close());
    expect(status.documents).toMatchObject({ total: 1, done: 0, failed: 1 });
    expect(status.failures).toHaveLength(1);
    expect(status.failures[0]).toMatchObject({ code: 'WORK_LIMIT_EXCEEDED', attempts: 1 });
    expect(status.failures[0]?.reason).toContain(
      'has 120000 pixels, more than the limit of 100000 (pixelsPerPage)',
    );
    const started = events.filter((event) => event.type === 'started' && event.name.startsWith('document'));
    expect(started).toHaveLength(1);
  }, 60_000);
});
