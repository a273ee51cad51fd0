/**
 * Memory measurements that need a process of their own, so that nothing else the benchmark did
 * inflates them (`process.resourceUsage().maxRSS` is the peak of the whole process):
 * `page <path>`: peak resident memory of `cleanPage` on one page (give one that is rotated and
 * whose master is re-encoded), above the process's resident memory with the page loaded;
 * `tiff <pages>`: {@link measureMultiPageMemory}. Prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { cleanPage, loadPageImage } from '../src/index.js';
import { measureMultiPageMemory } from './multi-page-memory.js';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
/**
 * This process's peak resident memory in bytes: Linux's VmHWM, which starts afresh with the
 * process's own memory (`resourceUsage().maxRSS` can start at the parent's resident memory when
 * the process was forked from a large one), else `maxRSS`.
 */
function peakRss(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS * 1024;
}
const [mode, argument] = process.argv.slice(2);
sharp.concurrency(1);
if (mode === 'page') {
  const page = await loadPageImage(argument ?? '');
  const before = process.memoryUsage().rss;
  const beforeMax = peakRss();
  await cleanPage(page);
  const peak = peakRss();
  console.log(
    JSON.stringify({
      rssMbBefore: mb(before),
      peakRssMb: mb(peak),
      peakAboveBeforeMb: mb(peak - before),
      peakBeforeMb: mb(beforeMax),
    }),
  );
} else if (mode === 'tiff') {
  const result = await measureMultiPageMemory(Number(argument ?? 500), peakRss);
  console.log(JSON.stringify({ ...result, processPeakRssMb: mb(peakRss()) }));
} else {
  throw new Error(`memory-child: unknown mode ${mode}`);
}
