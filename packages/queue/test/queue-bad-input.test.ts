import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { runQueue, SAMPLE_CODE } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const BAD_PAGE = 'qn_cv299_UBND-TTHC_20250115_p1.jpg';
const bed = useQueueTestBed();

describe('a bad input', () => {
  it('fails its document alone with its reason; the dossier is reported incomplete, and retry finishes it', async () => {
    const dossier = join(bed.batch, 'd1');
    const scan = await readFile(join(dossier, BAD_PAGE));
    await writeFile(join(dossier, BAD_PAGE), scan.subarray(0, 4000)); // a truncated JPEG
    const out = bed.out;
    const submitted = await bed.submit({ retry: { attempts: 2, backoffMs: 100 } });
    const worker = bed.startWorker(['--concurrency', '2']);

    const status = await bed.finished(submitted.batchId);
    expect(status).toMatchObject({
      dossiers: { total: 1, done: 0, incomplete: 1 },
      documents: { total: 3, done: 2, failed: 1 },
    });
    expect(status.failures).toHaveLength(1);
    expect(status.failures[0]).toMatchObject({ dossier: SAMPLE_CODE, ordinal: 2, code: 'IMAGE_CORRUPT' });
    expect(status.failures[0]?.reason).toContain(BAD_PAGE);
    // The worker reported the failure in both languages (sohoa queue work prints one of them).
    const failed = worker.events.find((event) => event.type === 'failed');
    expect(failed?.reasons?.en).toBe(status.failures[0]?.reason);
    expect(failed?.reasons?.vi).toMatch(new RegExp(`^IMAGE_CORRUPT: .*${BAD_PAGE}.*Cách khắc phục: `, 'su'));
    // The other documents are done; no package for an incomplete dossier.
    expect(await filesUnder(join(out, SAMPLE_CODE))).toEqual([
      `${SAMPLE_CODE}.1.json`,
      `${SAMPLE_CODE}.1.pdf`,
      `${SAMPLE_CODE}.3.json`,
      `${SAMPLE_CODE}.3.pdf`,
    ]);

    const shown = await runQueue(['status', '--redis', bed.redis.url, '--batch', submitted.batchId]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain(`${SAMPLE_CODE}: incomplete, 2/3 documents`);
    expect(shown.stderr).toContain(`failed ${SAMPLE_CODE}.2 after 1 attempt(s): IMAGE_CORRUPT:`);
    expect(status.failures[0]?.reasons.vi).toBe(failed?.reasons?.vi);
    const shownVi = await runQueue([
      'status',
      '--redis',
      bed.redis.url,
      '--batch',
      submitted.batchId,
      '--messages',
      'vi',
    ]);
    expect(shownVi.stdout).toContain(`${SAMPLE_CODE}: chưa đủ, 2/3 văn bản`);
    expect(shownVi.stderr).toContain(
      `lỗi ${SAMPLE_CODE}.2 sau 1 lần chạy: IMAGE_CORRUPT: Không giải mã được ảnh`,
    );

    // The scan is fixed and the dossier retried: only the failed document is redone.
    await writeFile(join(dossier, BAD_PAGE), scan);
    const before = worker.events.length;
    const retried = await runQueue(['retry', '--redis', bed.redis.url, '--json']);
    expect(retried.code).toBe(0);
    expect(JSON.parse(retried.stdout)).toEqual({ dossiers: [SAMPLE_CODE], documents: 1 });
    const finished = await bed.finished(submitted.batchId);
    worker.child.kill('SIGTERM');
    await worker.exit;
    expect(finished).toMatchObject({
      dossiers: { done: 1 },
      documents: { done: 3, failed: 0 },
      failures: [],
    });
    // (A job may run twice when its worker is too busy to renew its lock: at least once, completed once.)
    const reused = worker.events.slice(before).filter((event) => event.type === 'completed' && event.reused);
    expect(reused.map((event) => event.name).sort()).toEqual([
      `document ${SAMPLE_CODE}.1`,
      `document ${SAMPLE_CODE}.3`,
    ]);
    expect(await filesUnder(join(out, SAMPLE_CODE))).toContain(`${SAMPLE_CODE}.aip.zip`);
  }, 300_000); // real OCR in several processes: minutes on a loaded 2-core machine
});
