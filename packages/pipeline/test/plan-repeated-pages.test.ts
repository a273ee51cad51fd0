import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE_DOSSIER } from '../../../fixtures/index.js';
import { expandPageFiles } from '../src/pipeline/expand-page-files.js';
import { PdfPageReader } from '../src/pipeline/pdf-page-reader.js';

const PLAN = fileURLToPath(new URL('../src/pipeline/plan-inputs.ts', import.meta.url));
const LIMITS = fileURLToPath(new URL('../src/pipeline/work-limits.ts', import.meta.url));
const RESIDENT = fileURLToPath(new URL('../../../fixtures/resident-memory.ts', import.meta.url));
const PAGE = 'qn_cv299_UBND-TTHC_20250115_p1.jpg';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-repeated-pages-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * A dossier.json that names one scan millions of times (issue 19) is refused by the work limits
 * without a cost per listed name: each name is checked and each file counted once.
 */
describe('planning a dossier.json that names one scan many times', () => {
  it('refuses one page listed 2,000,000 times (WORK_LIMIT_EXCEEDED) within 300 MiB of the process (child peak RSS, VmHWM)', async () => {
    const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
    const count = 2_000_000;
    await copyFile(join(SAMPLE_DOSSIER, PAGE), join(folder, 'p.jpg'));
    await writeFile(
      join(folder, 'dossier.json'),
      JSON.stringify({
        dossier: { ...sample.dossier, totalDoc: 1, numberOfPage: count, numberOfPaper: count },
        pages: Array(count).fill('p.jpg'),
      }),
    );
    const script = join(folder, 'plan.mts');
    await writeFile(
      script,
      `import { planInputs } from ${JSON.stringify(PLAN)};
       import { applyWorkLimits } from ${JSON.stringify(LIMITS)};
       import { residentMiB } from ${JSON.stringify(RESIDENT)};
       const loaded = process.memoryUsage().rss / 2 ** 20;
       const plan = applyWorkLimits(await planInputs([${JSON.stringify(folder)}]), {});
       const error = plan.unplanned[0]?.error;
       console.log(JSON.stringify({ code: error?.code, message: error?.message, loadedMiB: loaded, peakMiB: residentMiB() }));`,
    );
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--conditions=@sohoa/source', script],
      { encoding: 'utf8' },
    );
    expect(stderr).toBe('');
    const outcome = JSON.parse(stdout) as {
      code: string;
      message: string;
      loadedMiB: number;
      peakMiB: number;
    };
    expect(outcome.code).toBe('WORK_LIMIT_EXCEEDED');
    expect(outcome.message).toContain('asks for 2000000 pages in document 1');
    // It took 533 MiB over the loaded process (and 20 s) when every name made its own path strings.
    expect(outcome.peakMiB - outcome.loadedMiB).toBeLessThan(300);
  });

  it('opens a PDF listed 1,000 times once to count its pages', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.addPage();
    const pdf = join(folder, 'scan.pdf');
    await writeFile(pdf, await document.save());
    const counted = vi.spyOn(PdfPageReader, 'pageCount');
    const pages = await expandPageFiles(Array(1000).fill(pdf));
    expect(pages).toHaveLength(2000);
    expect(pages.slice(0, 3)).toEqual([
      { file: pdf, pdfPage: 1 },
      { file: pdf, pdfPage: 2 },
      { file: pdf, pdfPage: 1 },
    ]);
    expect(counted).toHaveBeenCalledTimes(1);
    counted.mockRestore();
  });
});
