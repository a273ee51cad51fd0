import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { cleanPageForOcr, readPages } from '../src/index.js';
import { COLOUR_SCANS } from './bench-pages.js';

/**
 * Writes a TIFF of `pages` identical uncompressed 8-bit gray pages that all point at one copy of
 * the pixels (legal TIFF: every page has its own directory), so a 500-page file stays small.
 */
function writeSharedStripTiff(
  path: string,
  pixels: Buffer,
  width: number,
  height: number,
  dpi: number,
  pages: number,
) {
  const entries: [number, number, number, number][] = []; // tag, type (3 SHORT, 4 LONG, 5 RATIONAL), count, value
  const pixelOffset = 8;
  const rationalOffset = pixelOffset + pixels.length;
  const firstDirectory = rationalOffset + 8;
  entries.push(
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 1, 8],
    [259, 3, 1, 1],
    [262, 3, 1, 1],
    [273, 4, 1, pixelOffset],
    [277, 3, 1, 1],
    [278, 4, 1, height],
    [279, 4, 1, pixels.length],
    [282, 5, 1, rationalOffset],
    [283, 5, 1, rationalOffset],
    [296, 3, 1, 2],
  );
  const directorySize = 2 + entries.length * 12 + 4;
  const file = Buffer.alloc(firstDirectory + pages * directorySize);
  file.write('II', 0, 'latin1');
  file.writeUInt16LE(42, 2);
  file.writeUInt32LE(firstDirectory, 4);
  pixels.copy(file, pixelOffset);
  file.writeUInt32LE(dpi, rationalOffset);
  file.writeUInt32LE(1, rationalOffset + 4);
  for (let page = 0; page < pages; page++) {
    let offset = firstDirectory + page * directorySize;
    file.writeUInt16LE(entries.length, offset);
    offset += 2;
    for (const [tag, type, count, value] of entries) {
      file.writeUInt16LE(tag, offset);
      file.writeUInt16LE(type, offset + 2);
      file.writeUInt32LE(count, offset + 4);
      if (type === 3) file.writeUInt16LE(value, offset + 8);
      else file.writeUInt32LE(value, offset + 8);
      offset += 12;
    }
    file.writeUInt32LE(page + 1 < pages ? firstDirectory + (page + 1) * directorySize : 0, offset);
  }
  writeFileSync(path, file);
}

/**
 * A 500-page TIFF (A4 gray pages at 200 dpi, from a real scan) read with `readPages`: every page
 * decoded and re-encoded on its own, every 50th page also cleaned for OCR; resident memory is
 * sampled after each page. Flat memory from page 50 to page 500 shows the file is processed page
 * by page, not loaded whole.
 */
export async function measureMultiPageMemory(
  pages = 500,
  peakRss: () => number = () => process.resourceUsage().maxRSS * 1024,
) {
  const folder = mkdtempSync(join(tmpdir(), 'sohoa-bench-tiff-'));
  try {
    const scan = COLOUR_SCANS[0];
    if (!scan) throw new Error('no sample scan');
    const { data, info } = await sharp(scan.path)
      .resize(1654, 2339, { fit: 'fill' })
      .grayscale()
      .raw()
      .toBuffer({
        resolveWithObject: true,
      });
    const path = join(folder, 'dossier.tif');
    writeSharedStripTiff(path, data, info.width, info.height, 200, pages);
    const rss: number[] = [];
    const peaks: number[] = [];
    const peakBefore = peakRss();
    const start = performance.now();
    let count = 0;
    for await (const page of readPages(path)) {
      count++;
      if (count % 50 === 0) await cleanPageForOcr(page);
      rss.push(process.memoryUsage().rss);
      peaks.push(peakRss());
    }
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    return {
      pages: count,
      pageSize: `${info.width}×${info.height} gray, 200 dpi`,
      secondsTotal: Number(((performance.now() - start) / 1000).toFixed(1)),
      rssMbAfterPage50: mb(rss[49] ?? 0),
      rssMbAfterLastPage: mb(rss[rss.length - 1] ?? 0),
      rssMbMax: mb(Math.max(...rss)),
      // The process's peak (between the samples too): before the first page, after pages 1, 50
      // and the last.
      peakRssMbBeforeFirstPage: mb(peakBefore),
      peakRssMbAfterPage1: mb(peaks[0] ?? 0),
      peakRssMbAfterPage50: mb(peaks[49] ?? 0),
      peakRssMbAfterLastPage: mb(peaks[peaks.length - 1] ?? 0),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
