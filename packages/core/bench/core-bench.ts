/**
 * Benchmark of @sohoa/core page analysis and cleanup on the real sample scans
 * (`npm run bench -w @sohoa/core`): deskew accuracy on pages rotated by known angles, time per
 * page for analysis + full cleanup, and unpaper (Debian) on the same pages as a ratio. Writes
 * bench/results/core.json at the repository root.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { cleanPage, detectSkew, loadPageImage } from '../src/index.js';

const SCANS = fileURLToPath(new URL('../../../../shared/data/scans/', import.meta.url));
const RESULTS = fileURLToPath(new URL('../../../bench/results/', import.meta.url));
const PAGES = [
  ['qn_qd47_QD-UBND_20250117_p1.jpg', 300],
  ['qn_cv299_UBND-TTHC_20250115_p1.jpg', 300],
  ['qn_ttr01_TTr-UBND_20250106_p1.jpg', 300],
  ['gov_cv464_TTg-CDS_20260430_p1.png', 200],
  ['qn_ct07_CT-UBND_20180320_p1.png', 300],
] as const;
const ANGLES = [-15, -12, -9.5, -7, -5, -3.3, -2, -1, -0.5, -0.2, 0, 0.2, 0.5, 1, 2, 3.3, 5, 7, 9.5, 12, 15];

const errors: number[] = [];
for (const [name, dpi] of PAGES) {
  const { data, info } = await sharp(SCANS + name)
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // The page's own skew is unknown: errors are measured relative to the skew found on the
  // unrotated page (a constant error in it would not show).
  const base = detectSkew({ data, width: info.width, height: info.height, dpi }).angle;
  for (const angle of ANGLES) {
    const rotated = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
      .rotate(angle, { background: '#ffffff' })
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const found = detectSkew({
      data: rotated.data,
      width: rotated.info.width,
      height: rotated.info.height,
      dpi,
    });
    errors.push(Math.abs(found.angle - (base - angle)));
  }
}
errors.sort((a, b) => a - b);
const median = errors[Math.floor(errors.length / 2)] ?? 0;
const worst = errors[errors.length - 1] ?? 0;

sharp.concurrency(1);
const colour = PAGES.slice(0, 3);
const timings: number[] = [];
for (const [name] of colour) {
  const page = await loadPageImage(SCANS + name);
  await cleanPage(page); // warm-up
  const start = performance.now();
  await cleanPage(page, { binarize: true });
  timings.push(performance.now() - start);
}
const msPerPage = timings.reduce((sum, value) => sum + value, 0) / timings.length;

let unpaperMsPerPage: number | null = null;
try {
  const folder = mkdtempSync(join(tmpdir(), 'sohoa-bench-'));
  const unpaper: number[] = [];
  for (const [index, [name]] of colour.entries()) {
    const input = join(folder, `in${index}.ppm`);
    const { data, info } = await sharp(SCANS + name)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    writeFileSync(input, Buffer.concat([Buffer.from(`P6\n${info.width} ${info.height}\n255\n`), data]));
    const start = performance.now();
    execFileSync('unpaper', ['--overwrite', input, join(folder, `out${index}.ppm`)], { stdio: 'ignore' });
    unpaper.push(performance.now() - start);
  }
  unpaperMsPerPage = unpaper.reduce((sum, value) => sum + value, 0) / unpaper.length;
} catch {
  unpaperMsPerPage = null;
}

const result = {
  date: new Date().toISOString(),
  deskew: {
    pages: PAGES.map(([name]) => name),
    anglesDeg: ANGLES,
    samples: errors.length,
    medianAbsErrorDeg: Number(median.toFixed(4)),
    worstAbsErrorDeg: Number(worst.toFixed(4)),
    note: 'error relative to the skew found on the unrotated page; rotation by sharp with white fill',
  },
  speed: {
    pages: colour.map(([name]) => name),
    msPerPage: Math.round(msPerPage),
    what: 'analyzePage + cleanPage (deskew, master JPEG re-encode, background normalisation, despeckle, Sauvola), sharp.concurrency(1)',
    unpaperMsPerPage: unpaperMsPerPage === null ? null : Math.round(unpaperMsPerPage),
    unpaperOverSohoa: unpaperMsPerPage === null ? null : Number((unpaperMsPerPage / msPerPage).toFixed(2)),
  },
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'core.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
