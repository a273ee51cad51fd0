import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digitize } from '@sohoa/pipeline';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { runCli } from '../../cli/src/commands/run-cli.js';
import { CREATED_AT, SAMPLE_CODE, type WorkerProcess } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const bed = useQueueTestBed();

describe('a batch on the queue', () => {
  it('gives, with two worker processes (one stopped gracefully mid-job), the same bytes as a single-machine sohoa digitize, each document once', async () => {
    const single = join(bed.work, 'single');
    for await (const event of digitize({
      inputs: [bed.batch],
      out: single,
      jobs: 2,
      createdAt: new Date(CREATED_AT),
    })) {
      if (event.type === 'summary') expect(event.summary.failures).toEqual([]);
    }

    const out = bed.out;
    const submitted = await bed.submit();
    expect(submitted).toMatchObject({ dossiers: 1, documents: 3, pages: 3, added: 4, existing: 0 });
    // Submitting the same batch again adds nothing.
    expect(await bed.submit()).toMatchObject({
      batchId: submitted.batchId,
      added: 0,
      existing: 4,
    });

    const workers = [bed.startWorker(), bed.startWorker()];
    const [stays, stops] = workers as [WorkerProcess, WorkerProcess];
    // A graceful stop mid-job: SIGTERM while the second worker reads a document; it finishes that
    // document, takes no other job and exits 0.
    const isDocumentStart = (event: WorkerProcess['events'][number]) =>
      event.type === 'started' && (event.name ?? '').startsWith('document');
    await stops.waitFor(isDocumentStart);
    const current = stops.events.find(isDocumentStart)?.job;
    stops.child.kill('SIGTERM');
    expect(await stops.exit).toEqual({ code: 0, signal: null });
    expect(stops.events.filter((event) => event.type === 'started').map((event) => event.job)).toEqual([
      current,
    ]);
    expect(stops.events.some((event) => event.type === 'completed' && event.job === current)).toBe(true);

    const status = await bed.finished(submitted.batchId);
    stays.child.kill('SIGTERM');
    expect((await stays.exit).code).toBe(0);

    expect(status).toMatchObject({
      finished: true,
      dossiers: { total: 1, done: 1, incomplete: 0, failed: 0 },
      documents: { total: 3, done: 3, failed: 0 },
      pages: { total: 3, done: 3 },
      failures: [],
    });
    expect(status.throughput.pagesPerMinute).toBeGreaterThan(0);
    // Each document job ran exactly once, and both processes took work.
    const completed = workers.flatMap((worker) =>
      worker.events.filter((event) => event.type === 'completed'),
    );
    expect(completed.map((event) => event.name).sort()).toEqual([
      `document ${SAMPLE_CODE}.1`,
      `document ${SAMPLE_CODE}.2`,
      `document ${SAMPLE_CODE}.3`,
      `dossier ${SAMPLE_CODE}`,
    ]);
    expect(workers.every((worker) => worker.events.some((event) => event.type === 'completed'))).toBe(true);

    // The dossier folders hold the same files with the same bytes: PDF/A (image and text layer),
    // JSON record and the validated AIP.
    const expected = await filesUnder(join(single, SAMPLE_CODE));
    expect(expected).toEqual([
      `${SAMPLE_CODE}.1.json`,
      `${SAMPLE_CODE}.1.pdf`,
      `${SAMPLE_CODE}.2.json`,
      `${SAMPLE_CODE}.2.pdf`,
      `${SAMPLE_CODE}.3.json`,
      `${SAMPLE_CODE}.3.pdf`,
      `${SAMPLE_CODE}.aip.zip`,
    ]);
    expect(await filesUnder(join(out, SAMPLE_CODE))).toEqual(expected);
    for (const file of expected) {
      const [a, b] = await Promise.all([
        readFile(join(single, SAMPLE_CODE, file)),
        readFile(join(out, SAMPLE_CODE, file)),
      ]);
      expect(b.equals(a), `${file} differs`).toBe(true);
    }

    // `sohoa queue status` through the cli (which loads @sohoa/queue on demand).
    const lines: string[] = [];
    const code = await runCli(['queue', 'status', '--redis', bed.redis.url, '--json'], {
      info: (line) => lines.push(line),
      error: (line) => lines.push(line),
    });
    expect(code).toBe(0);
    expect(JSON.parse(lines.join('\n'))[0]).toMatchObject({ batchId: submitted.batchId, finished: true });
  }, 300_000); // real OCR in several processes: minutes on a loaded 2-core machine
});
