/**
 * Benchmark of @sohoa/core page analysis and cleanup on the real sample scans
 * (`npm run bench -w @sohoa/core`; `-- --no-ocr` skips the OCR measurement, which takes a few
 * minutes): deskew accuracy on pages rotated by known angles, time per page for analysis + full
 * cleanup with unpaper (Debian) on the same pages as a ratio, tesseract.js error rates with and
 * without the cleaned OCR copy, and memory over a 500-page TIFF read page by page. Writes
 * bench/results/core.json at the repository root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureDeskewAccuracy } from './deskew-accuracy.js';
import { measureMultiPageMemory } from './multi-page-memory.js';
import { measureOcrEffect } from './ocr-effect.js';
import { measureSpeed } from './speed.js';

const RESULTS = fileURLToPath(new URL('../../../bench/results/', import.meta.url));

const deskew = await measureDeskewAccuracy();
console.log('deskew', deskew);
const speed = await measureSpeed();
console.log('speed', speed);
const ocr = process.argv.includes('--no-ocr') ? null : await measureOcrEffect();
console.log('ocr', JSON.stringify(ocr, null, 2));
const multiPage = await measureMultiPageMemory(500);
console.log('multiPage', multiPage);

const result = {
  date: new Date().toISOString(),
  deskew,
  speed,
  ocr,
  multiPage,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'core.json'), `${JSON.stringify(result, null, 2)}\n`);
