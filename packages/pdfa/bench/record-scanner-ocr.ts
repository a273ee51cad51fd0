/**
 * Re-records `test/fixtures/scanner-011-p1.sohoa-ocr.json`: sohoa's reading (the default
 * `createOcrPool`, on `makeOcrCopy` of the page `openScannedPdf` renders) of page 1 of the archive
 * scanner PDF 011, which the combination test pairs with that page's own text layer. Boxes and
 * confidences are rounded to whole numbers.
 *
 * Run: `npx tsx --conditions=@sohoa/source packages/pdfa/bench/record-scanner-ocr.ts`.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import { createOcrPool } from '@sohoa/ocr';
import sharp from 'sharp';
import { openScannedPdf } from '../src/index.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const pdf = await openScannedPdf(`${REPO}fixtures/data/pdfs/001.03.08.H30.81.2024.K4.01.01.011.pdf`);
const pool = await createOcrPool({ size: 1 });
for await (const page of pdf.pages()) {
  const png = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 3 } })
    .png()
    .toBuffer();
  const read = await pool.recognize(await makeOcrCopy(await loadPageImage(png, { dpi: page.dpi })));
  const rounded = JSON.stringify(read, (key, value) =>
    typeof value === 'number' && key !== 'dpi'
      ? Math.round(value)
      : key === 'corrections'
        ? undefined
        : value,
  );
  await writeFile(new URL('../test/fixtures/scanner-011-p1.sohoa-ocr.json', import.meta.url), rounded);
  break;
}
await pool.terminate();
await pdf.close();
