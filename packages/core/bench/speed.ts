import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  type CleanPageOptions,
  cleanPage,
  cleanPageForOcr,
  loadPageImage,
  type PageImage,
} from '../src/index.js';
import { COLOUR_SCANS, median } from './bench-pages.js';
import { profileSteps } from './profile-steps.js';
import { runMemoryChild } from './run-child.js';

const REPEATS = 3;

/** Wall and CPU (user + system) milliseconds of one call, medians over the pages and repeats. */
async function time(pages: PageImage[], run: (page: PageImage) => Promise<unknown>) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const page of pages) await run(page); // warm-up
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const page of pages) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await run(page);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)) };
}

/**
 * Time per A4 300 dpi colour page for analysis + cleanup, on one libvips thread: the sample
 * scans as they are (skews under 0.5°: not rotated, master passed through) and turned by 2°
 * (deskewed, master re-encoded: the full work), and unpaper (Debian) on the same pages.
 */
export async function measureSpeed() {
  sharp.concurrency(1);
  const loadBefore = loadavg().map((load) => Number(load.toFixed(2)));
  const asScanned = await Promise.all(COLOUR_SCANS.map((page) => loadPageImage(page.path)));
  const skewed = await Promise.all(
    COLOUR_SCANS.map(async (page) =>
      loadPageImage(
        await sharp(page.path)
          .rotate(2, { background: '#f2efe8' })
          .jpeg({ quality: 92 })
          .withDensity(300)
          .toBuffer(),
      ),
    ),
  );
  const variants: [string, (page: PageImage) => Promise<unknown>][] = [
    ['cleanPage', (page) => cleanPage(page)],
    ['cleanPageForOcr', (page) => cleanPageForOcr(page)],
    ['cleanPage + binarize', (page) => cleanPage(page, { binarize: true } satisfies CleanPageOptions)],
  ];
  const results: Record<string, Record<string, { wallMs: number; cpuMs: number }>> = {};
  for (const [name, run] of variants) {
    results[name] = { asScanned: await time(asScanned, run), skewed2deg: await time(skewed, run) };
  }
  let unpaperMs: number | null = null;
  try {
    const folder = mkdtempSync(join(tmpdir(), 'sohoa-bench-'));
    const timings: number[] = [];
    for (const [index, page] of COLOUR_SCANS.entries()) {
      const input = join(folder, `in${index}.ppm`);
      const { data, info } = await sharp(page.path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      writeFileSync(input, Buffer.concat([Buffer.from(`P6\n${info.width} ${info.height}\n255\n`), data]));
      const start = performance.now();
      execFileSync('unpaper', ['--overwrite', input, join(folder, `out${index}.ppm`)], { stdio: 'ignore' });
      timings.push(performance.now() - start);
    }
    unpaperMs = Math.round(median(timings));
  } catch {
    unpaperMs = null;
  }
  const full = results.cleanPage?.skewed2deg?.wallMs ?? 0;
  const profile = await profileSteps(skewed);
  const loadAfter = loadavg().map((load) => Number(load.toFixed(2)));
  const turnedFolder = mkdtempSync(join(tmpdir(), 'sohoa-bench-'));
  const pageMemory = skewed.map((page, index) => {
    const path = join(turnedFolder, `turned${index}.jpg`);
    writeFileSync(path, page.bytes);
    return { page: COLOUR_SCANS[index]?.name, ...(runMemoryChild('page', path) as object) };
  });
  rmSync(turnedFolder, { recursive: true, force: true });
  return {
    pages: COLOUR_SCANS.map((page) => page.name),
    note: 'median ms per page (wall and CPU) over 3 pages × 3 runs after a warm-up, sharp.concurrency(1); cleanPage includes analyzePage',
    uvThreadpoolSize: process.env.UV_THREADPOOL_SIZE ?? 'default (4)',
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    ...results,
    profileSkewed2deg: profile,
    peakRssPerPage: {
      note: 'cleanPage on one page turned by 2°, alone in a fresh process (one libvips thread): resident memory before, the peak, and the peak above the memory before',
      pages: pageMemory,
    },
    unpaperMsPerPage: unpaperMs,
    unpaperOverCleanPageSkewed:
      unpaperMs === null || full === 0 ? null : Number((unpaperMs / full).toFixed(2)),
  };
}
