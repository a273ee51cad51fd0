/**
 * `sohoa pdf` against OCRmyPDF on the same inputs in the same run (issue 17): the three sample
 * scans (300 dpi colour JPEGs, one page each) and the two scanner PDFs of fixtures/data (5 pages
 * with the scanner's own text layer, so OCRmyPDF gets `--force-ocr`, which is what `sohoa pdf`
 * does with every page). Per input and tool: wall seconds, CPU seconds (user + system, from
 * /usr/bin/time), output bytes, whether sohoa's PDF/A-2B checker passes the output, and the mean
 * character error rate of the text layer (pdf.js extraction, the same for both) against the
 * transcriptions. Both run with 2 workers: `sohoa pdf -j 2`, `ocrmypdf -l vie --output-type
 * pdfa-2 --jobs 2`. OCRmyPDF is the Debian package; when it is missing only sohoa's figures are
 * written. The load average is recorded before and after.
 *
 * Run: `npm run bench:pdf -w @sohoa/cli` (builds the packages first; a few minutes on 2 cores).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { characterErrorRate } from '@sohoa/core';
import { checkPdfA } from '@sohoa/pdfa';
import { writeBenchResult } from '../../../bench/write-result.js';
import { REPO_ROOT, SAMPLE_PAGES, SCANNER_PDFS } from '../../../fixtures/index.js';
import { extractPageTexts } from '../../../fixtures/pdf-text.js';

const JOBS = 2;
execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
const folder = await mkdtemp(join(tmpdir(), 'sohoa-bench-pdf-'));
const hasOcrmypdf = spawnSync('ocrmypdf', ['--version']).status === 0;
const ocrmypdfVersion = hasOcrmypdf
  ? execFileSync('ocrmypdf', ['--version'], { encoding: 'utf8' }).trim()
  : null;

/** An input and the transcription of each of its pages. */
interface BenchInput {
  name: string;
  path: string;
  truths: string[];
}
const inputs: BenchInput[] = [
  ...SAMPLE_PAGES.map((page) => ({ name: page.name, path: page.image, truths: [page.groundTruth] })),
  ...(await Promise.all(
    SCANNER_PDFS.map(async (path) => {
      const truths: string[] = [];
      for (let number = 1; ; number++) {
        const truth = await readFile(path.replace(/\.pdf$/, `.p${number}.gt.txt`), 'utf8').catch(
          () => undefined,
        );
        if (truth === undefined) break;
        truths.push(truth);
      }
      return { name: basename(path, '.pdf'), path, truths };
    }),
  )),
];

const tools: Record<string, (input: string, output: string, hasText: boolean) => string[]> = {
  sohoa: (input, output) => [
    process.execPath,
    join(REPO_ROOT, 'packages/cli/bin/sohoa.js'),
    'pdf',
    input,
    output,
    '-j',
    String(JOBS),
  ],
  ...(hasOcrmypdf
    ? {
        ocrmypdf: (input: string, output: string, hasText: boolean) => [
          'ocrmypdf',
          '-l',
          'vie',
          '--output-type',
          'pdfa-2',
          '--jobs',
          String(JOBS),
          ...(hasText ? ['--force-ocr'] : []),
          input,
          output,
        ],
      }
    : {}),
};

const loadBefore = loadavg();
const rows: {
  input: string;
  pages: number;
  tool: string;
  seconds: number;
  cpuSeconds: number;
  bytes: number;
  pdfaCheckPassed: boolean;
  cer: number;
}[] = [];
for (const input of inputs) {
  for (const [tool, command] of Object.entries(tools)) {
    const output = join(folder, `${input.name}.${tool}.pdf`);
    const times = join(folder, 'time.txt');
    const [program = '', ...args] = command(input.path, output, input.path.endsWith('.pdf'));
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', times, program, ...args], {
      encoding: 'utf8',
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) throw new Error(`${tool} failed on ${input.name}: ${run.stderr}`);
    const [user = 0, system = 0] =
      (await readFile(times, 'utf8')).trim().split('\n').at(-1)?.split(' ').map(Number) ?? [];
    const bytes = await readFile(output);
    const texts = await extractPageTexts(bytes);
    const rates = input.truths.map((truth, index) => characterErrorRate(truth, texts[index] ?? ''));
    rows.push({
      input: input.name,
      pages: input.truths.length,
      tool,
      seconds: round(seconds, 2),
      cpuSeconds: round(user + system, 2),
      bytes: (await stat(output)).size,
      pdfaCheckPassed: (await checkPdfA(bytes)).passed,
      cer: round(rates.reduce((sum, rate) => sum + rate, 0) / rates.length, 4),
    });
  }
}
const loadAfter = loadavg();
await rm(folder, { recursive: true, force: true });

const totals = Object.keys(tools).map((tool) => {
  const mine = rows.filter((row) => row.tool === tool);
  const pages = mine.reduce((sum, row) => sum + row.pages, 0);
  return {
    tool,
    pages,
    seconds: round(
      mine.reduce((sum, row) => sum + row.seconds, 0),
      1,
    ),
    cpuSeconds: round(
      mine.reduce((sum, row) => sum + row.cpuSeconds, 0),
      1,
    ),
    bytesPerPage: Math.round(mine.reduce((sum, row) => sum + row.bytes, 0) / pages),
    meanCerPerPage: round(mine.reduce((sum, row) => sum + row.cer * row.pages, 0) / pages, 4),
    allPassPdfaCheck: mine.every((row) => row.pdfaCheckPassed),
  };
});
console.table(rows);
console.table(totals);
console.log(`load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
writeBenchResult('pdf-vs-ocrmypdf', {
  ocrmypdf: ocrmypdfVersion ?? 'not installed',
  jobs: JOBS,
  loadAverage: {
    before: loadBefore.map((load) => round(load, 2)),
    after: loadAfter.map((load) => round(load, 2)),
  },
  totals,
  inputs: rows,
});

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
