/**
 * Benchmark of @sohoa/core page analysis and cleanup on the real sample scans
 * (`npm run bench -w @sohoa/core`; `-- --no-ocr` skips the OCR measurement, which takes several
 * minutes; `-- --out <file>` writes the results there instead): deskew accuracy on pages rotated
 * by known angles, time per page for analysis + full cleanup with unpaper (Debian) on the same
 * pages as a ratio, the time of each step, peak memory of one page, tesseract.js error rates with
 * and without each step of the OCR copy on clean and degraded pages, and memory over a 500-page
 * TIFF read page by page. Writes bench/results/core.json at the repository root.
 *
 * `SOHOA_BENCH_CORE_ONLY=ocr npm run bench -w @sohoa/core` measures the OCR effect alone (about
 * seven minutes, 117 tesseract.js readings) and writes it, with the load average, to
 * bench/results/core-ocr.json instead (`--out` still applies): for iterating on the OCR copy
 * without the timings, which need a quiet machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureDeskewAccuracy } from './deskew-accuracy.js';
import { measureOcrEffect } from './ocr-effect.js';
import { runMemoryChild } from './run-child.js';
import { measureSpeed } from './speed.js';

const RESULTS = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
mkdirSync(RESULTS, { recursive: true });

if (process.env.SOHOA_BENCH_CORE_ONLY === 'ocr') {
  const ocr = await measureOcrEffect();
  const result = { date: new Date().toISOString(), ocr };
  writeFileSync(out ?? join(RESULTS, 'core-ocr.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}

const deskew = await measureDeskewAccuracy();
console.log('deskew', deskew);
const speed = await measureSpeed();
console.log('speed', speed);
const ocr = process.argv.includes('--no-ocr') ? null : await measureOcrEffect();
console.log('ocr', JSON.stringify(ocr, null, 2));
// In a process of its own, so that the OCR engine and the other measures do not inflate it.
const multiPage = runMemoryChild('tiff', '500');
console.log('multiPage', multiPage);

const result = {
  date: new Date().toISOString(),
  deskew,
  speed,
  ocr,
  multiPage,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
writeFileSync(out ?? join(RESULTS, 'core.json'), `${JSON.stringify(result, null, 2)}\n`);
