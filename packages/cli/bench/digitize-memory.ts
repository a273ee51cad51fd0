/**
 * Peak memory (RSS: the process with tesseract's wasm workers, which are threads of it) while
 * digitizing one long document of real scans with the default jobs (one per core). The RSS is
 * sampled every 100 ms; its peak so far is recorded after each page, and the growth over the
 * second half of the run (MiB per page) extrapolates the peak to a 500-page dossier.
 *
 * Like `sohoa digitize`, the benchmark runs itself again with `MALLOC_ARENA_MAX=2` unless the
 * variable is set (`MALLOC_ARENA_MAX=8` measures glibc's default for two cores).
 *
 * Run: `npm run bench -w @sohoa/cli` or
 * `SOHOA_BENCH_MEMORY_PAGES=40 [SOHOA_BENCH_MEMORY_DOCUMENTS=4] tsx --conditions=@sohoa/source bench/digitize-memory.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIGITIZE_DETECT_ORIENTATION_DEFAULT,
  DIGITIZE_PAGES_PER_WORKER_DEFAULT,
  digitize,
} from '@sohoa/pipeline';
import { writeBenchResult } from '../../../bench/write-result.js';
import { writeRealScanDossier } from '../../pipeline/bench/real-scan-dossier.js';
import { reexecWithMallocArenas } from '../src/malloc-arenas.js';

// As `sohoa digitize` does (bin.ts): run again with MALLOC_ARENA_MAX=2 unless it is set.
const childCode = await reexecWithMallocArenas();
if (childCode !== undefined) process.exit(childCode);

const PAGES = Number(process.env.SOHOA_BENCH_MEMORY_PAGES ?? 40);
/** Documents the dossier is split into (equal page counts). */
const DOCUMENTS = Number(process.env.SOHOA_BENCH_MEMORY_DOCUMENTS ?? 1);
const TARGET = 500;
const FILE_CODE = '000.00.00.H00.2025.91';
const MIB = 2 ** 20;
const folder = await mkdtemp(join(tmpdir(), 'sohoa-bench-memory-'));
await writeRealScanDossier(join(folder, 'dossier'), FILE_CODE, PAGES, DOCUMENTS);

const loadAtStart = loadavg().map((load) => Math.round(load * 100) / 100);
let peak = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 100);
const peakAfterPage: number[] = [];
let seconds = 0;
for await (const event of digitize({ inputs: [join(folder, 'dossier')], out: join(folder, 'out') })) {
  if (event.type === 'page-done') peakAfterPage.push(Math.max(peak, process.memoryUsage.rss()) / MIB);
  if (event.type === 'document-failed') throw new Error(event.message);
  if (event.type === 'summary') seconds = event.summary.seconds;
}
clearInterval(sampler);
await rm(folder, { recursive: true, force: true });

const peakMiB = Math.max(peak / MIB, process.resourceUsage().maxRSS / 1024);
const half = Math.floor(peakAfterPage.length / 2);
const growthPerPage =
  ((peakAfterPage.at(-1) ?? 0) - (peakAfterPage[half - 1] ?? 0)) / Math.max(1, peakAfterPage.length - half);
const figures = {
  pages: PAGES,
  jobs: availableParallelism(),
  mallocArenaMax: process.env.MALLOC_ARENA_MAX,
  pagesPerWorker: DIGITIZE_PAGES_PER_WORKER_DEFAULT,
  detectOrientation: DIGITIZE_DETECT_ORIENTATION_DEFAULT,
  sources: 'the 3 sample-dossier scans and the 2 rendered tb542 pages, repeated with distinct crops',
  documents: DOCUMENTS,
  seconds: Math.round(seconds),
  loadAverage: { start: loadAtStart, end: loadavg().map((load) => Math.round(load * 100) / 100) },
  peakRssMiB: Math.round(peakMiB),
  peakRssMiBWhileReadingPages: Math.round(peakAfterPage.at(-1) ?? 0),
  afterTheLastPage:
    'the PDF/As are finished, the OCR workers stopped, the AIP built and validated (each PDF/A checked in place in the ZIP, never read whole), report.html written',
  peakRssMiBAfterPage: Object.fromEntries(
    [5, 10, 20, 30, 40, 60, 80, 100, 150, 200, 250, 300, 350, 400, 450, 500]
      .filter((page) => page <= peakAfterPage.length)
      .map((page) => [page, Math.round(peakAfterPage[page - 1] ?? 0)]),
  ),
  growthMiBPerPageSecondHalf: Math.round(growthPerPage * 100) / 100,
  extrapolatedPeakRssMiBFor500Pages: Math.round(peakMiB + Math.max(0, growthPerPage) * (TARGET - PAGES)),
  extrapolation: `linear: the peak after ${PAGES} pages plus the second half's growth per page times ${TARGET - PAGES} pages`,
};
console.log(figures);
// The issue's figure is the 500-page run; shorter runs are kept beside it.
const name = `digitize-memory${PAGES === TARGET ? '' : `-${PAGES}-pages`}${DOCUMENTS === 1 ? '' : `-${DOCUMENTS}-documents`}`;
writeBenchResult(name, figures);
