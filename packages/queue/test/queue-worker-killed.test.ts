import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../fixtures/sohoa-process.js';
import { jobId } from '../src/jobs/job-ids.js';
import { sha256OfFile } from '../src/worker/hash-object.js';
import { SAMPLE_CODE, TAKEOVER_LOCK } from './queue-fixtures.js';
import { useQueueTestBed } from './queue-test-bed.js';

const SECOND_CODE = '000.00.00.H00.2025.02';
const bed = useQueueTestBed({ dossiers: [SAMPLE_CODE, SECOND_CODE] });

describe('a worker killed mid-job', () => {
  it('loses nothing: its job is taken over after the lock expires and every document is done exactly once', async () => {
    const out = bed.out;
    const submitted = await bed.submit();
    expect(submitted).toMatchObject({ dossiers: 2, documents: 6, added: 8 });
    const victim = bed.startWorker(TAKEOVER_LOCK);
    const survivor = bed.startWorker(TAKEOVER_LOCK);
    // Killed (machine lost) in the middle of a document: a second after it started one.
    await victim.waitFor((event) => event.type === 'started' && (event.name ?? '').startsWith('document'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const killedJob = victim.events.filter((event) => event.type === 'started').at(-1)?.job;
    victim.child.kill('SIGKILL');
    expect((await victim.exit).signal).toBe('SIGKILL');

    const status = await bed.finished(submitted.batchId);
    survivor.child.kill('SIGTERM');
    await survivor.exit;
    expect(status).toMatchObject({
      dossiers: { total: 2, done: 2 },
      documents: { total: 6, done: 6, failed: 0 },
      failures: [],
    });
    // The killed job was finished by the survivor; no job completed twice.
    const completed = [...victim.events, ...survivor.events].filter((event) => event.type === 'completed');
    const names = completed.map((event) => event.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(8);
    expect(victim.events.some((event) => event.type === 'completed' && event.job === killedJob)).toBe(false);
    expect(survivor.events.some((event) => event.type === 'completed' && event.job === killedJob)).toBe(true);
    const queue = new Queue('sohoa', { connection: { url: bed.redis.url } });
    const taken = await queue.getJob(killedJob ?? '');
    expect(await taken?.getState()).toBe('completed');
    await queue.close();

    // Exactly the expected files: no duplicate, no temporary left behind; each output has the
    // checksum its job recorded, and each package validates.
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
      for (const ordinal of [1, 2, 3]) {
        const manifest = JSON.parse(
          await readFile(
            join(out, '.sohoa-queue', submitted.batchId, `${jobId(submitted.batchId, code, ordinal)}.json`),
            'utf8',
          ),
        );
        expect(await sha256OfFile(join(out, manifest.result.pdf))).toBe(manifest.result.sha256.pdf);
      }
      const report = await validatePackage(join(out, code, `${code}.aip.zip`), { profile: 'vn-tt05' });
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    }
  }, 300_000); // real OCR in several processes: minutes on a loaded 2-core machine
});
