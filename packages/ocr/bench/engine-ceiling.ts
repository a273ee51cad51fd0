/**
 * How close tesseract.js can come to native tesseract on this machine, below sohoa's pool: the
 * same best_int model on the same gray copies (the three real scans, 300 dpi, as PGM), two at a
 * time, in one run and interleaved over rounds:
 * - `threads`: one process with two tesseract.js workers (worker threads), text output only;
 * - `processes`: two processes with one tesseract.js worker each (is it the threads?);
 * - `blocks`: as `threads`, with the block/word output sohoa needs for boxes;
 * - `native`: two native `tesseract` processes (`OMP_THREAD_LIMIT=1`).
 * Startup is not timed (every worker reads one page first). Run:
 * `tsx --conditions=@sohoa/source bench/engine-ceiling.ts` in packages/ocr, ENGINE_BENCH_PAGES pages
 * per worker (default 6), ENGINE_BENCH_ROUNDS (default 2). Needs Debian's tesseract-ocr. Writes
 * bench/results/ocr-engine-ceiling.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import { writeBenchResult } from '../../../bench/write-result.js';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { startWorker } from '../src/engine/start-worker.js';
import { resolveLanguageData } from '../src/index.js';
import { nativeTesseract } from './native-tesseract.js';

/** The sample dossier's three real scans (committed once, in examples/sample-dossier). */
const FILES = SAMPLE_PAGES.map((page) => page.image);
const PAGES = Number(process.env.ENGINE_BENCH_PAGES ?? 6);
const ROUNDS = Number(process.env.ENGINE_BENCH_ROUNDS ?? 2);

/** A child run: `engine-ceiling.ts --child <work> <threads> <blocks 0|1>` prints its seconds. */
if (process.argv[2] === '--child') {
  const [work, threads, blocks] = process.argv.slice(3);
  const seconds = await readWithWorkers(work ?? '', Number(threads), blocks === '1');
  process.stdout.write(`${seconds}\n`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'sohoa-engine-ceiling-'));
mkdirSync(join(work, 'tessdata'));
const model = await resolveLanguageData('vie');
writeFileSync(join(work, 'tessdata', 'vie.traineddata'), gunzipSync(readFileSync(model.file)));
for (const [index, file] of FILES.entries()) {
  const image = await makeOcrCopy(await loadPageImage(file));
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`);
  writeFileSync(join(work, `${index}.pgm`), Buffer.concat([header, image.data]));
}

const self = fileURLToPath(import.meta.url);
const modes = {
  threads: () => child(1, 2, false),
  processes: () => child(2, 1, false),
  blocks: () => child(1, 2, true),
  native: () => nativeRun(),
};
const pagesPerMinute: Record<keyof typeof modes, number[]> = {
  threads: [],
  processes: [],
  blocks: [],
  native: [],
};
const loadBefore = loadavg();
for (let round = 0; round < ROUNDS; round++) {
  for (const [mode, measure] of Object.entries(modes) as [keyof typeof modes, () => Promise<number>][]) {
    const seconds = await measure();
    pagesPerMinute[mode].push(Math.round(((2 * PAGES * 60) / seconds) * 10) / 10);
    console.log(`round ${round + 1} ${mode}: ${pagesPerMinute[mode].at(-1)} pages/min`);
  }
}
const best = (mode: keyof typeof modes) => Math.max(...pagesPerMinute[mode]);
const figures = {
  pagesPerRun: 2 * PAGES,
  rounds: ROUNDS,
  model: `vie ${basename(model.folder)} (the same traineddata for tesseract.js and native tesseract)`,
  note: 'two pages at a time; startup not timed; best round of each mode; the ratios are against native',
  loadAverage: { start: loadBefore, end: loadavg() },
  pagesPerMinute,
  ratioToNative: {
    threads: round(best('threads') / best('native')),
    processes: round(best('processes') / best('native')),
    blocks: round(best('blocks') / best('native')),
  },
};
console.log(JSON.stringify(figures, null, 1));
writeBenchResult('ocr-engine-ceiling', figures);

/** Seconds for `processes` child processes of `threads` workers each, all at once. */
async function child(processes: number, threads: number, blocks: boolean): Promise<number> {
  const runs = Array.from(
    { length: processes },
    () =>
      new Promise<number>((resolve, reject) => {
        const started = spawn(
          process.execPath,
          [...process.execArgv, self, '--child', work, String(threads), blocks ? '1' : '0'],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        started.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
        });
        started.on('error', reject);
        started.on('close', () => resolve(Number(out.trim())));
      }),
  );
  return Math.max(...(await Promise.all(runs)));
}

/** Seconds for `threads` tesseract.js workers in this process to read PAGES pages each. */
async function readWithWorkers(folder: string, threads: number, blocks: boolean): Promise<number> {
  const langPath = (await resolveLanguageData('vie')).folder;
  const pages = FILES.map((_, index) => readFileSync(join(folder, `${index}.pgm`)));
  const workers = await Promise.all(
    Array.from({ length: threads }, async () => {
      // sohoa's own worker settings, with the resolution the PGM pages do not carry.
      const { worker } = await startWorker('vie', langPath);
      await worker.setParameters({ user_defined_dpi: '300' });
      await worker.recognize(pages[0] as Buffer);
      return worker;
    }),
  );
  const output = blocks ? { text: true, blocks: true } : { text: true };
  const started = performance.now();
  await Promise.all(
    workers.map(async (worker, k) => {
      for (let i = 0; i < PAGES; i++)
        await worker.recognize(pages[(i + k) % pages.length] as Buffer, {}, output);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return seconds;
}

async function nativeRun(): Promise<number> {
  const started = performance.now();
  await Promise.all(
    [0, 1].map(async (k) => {
      for (let i = 0; i < PAGES; i++) {
        await nativeTesseract(join(work, `${(i + k) % FILES.length}.pgm`), 300, join(work, 'tessdata'));
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
