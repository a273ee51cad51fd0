/**
 * Old documents (`npm run bench -w @sohoa/ocr`, or alone: `tsx --conditions=@sohoa/source
 * bench/old-documents-bench.ts` in packages/ocr): the seeded old-document set
 * (bench/old-documents/: typewritten letters and decisions of 1949–1986 as ribbon, faded ribbon,
 * violet and blue carbon and stencil copies on aged paper) read by
 * - native tesseract 5 with the same best_int model as sohoa, on the raw scan (the JPEG);
 * - sohoa as `digitize` reads a page: `cleanPage`, then the pool with its defaults (second look on,
 *   the page's colour given),
 *   and the same without the second look (`rereadUnreadInk: false`);
 * - OCRmyPDF (Debian's, `-l vie`: Debian's model) when installed, text taken with pdftotext.
 * CER against the closer of the two exact transcriptions (two-column zones left column first, or
 * rows across), and the order-free word error. Then the modern real scans with answer keys, with
 * and without the second look, to show it changes nothing there. Needs Debian's tesseract-ocr.
 * Writes bench/results/ocr-old-documents.json at the repository root, with the load average.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { characterErrorRate, orderFreeWordError } from '@sohoa/base';
import { cleanPage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import sharp from 'sharp';
import { writeBenchResult } from '../../../bench/write-result.js';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { createOcrPool, type RgbImage, resolveLanguageData } from '../src/index.js';
import { nativeTesseract } from './native-tesseract.js';
import { oldDocumentSet } from './old-documents/old-document-set.js';

const run = promisify(execFile);
/** The modern pages: the sample dossier's three real scans with their transcriptions. */
const MODERN = SAMPLE_PAGES;
const loadAtStart = loadavg();
const work = mkdtempSync(join(tmpdir(), 'sohoa-old-documents-'));
const tessdata = join(work, 'tessdata');
mkdirSync(tessdata);
writeFileSync(
  join(tessdata, 'vie.traineddata'),
  gunzipSync(readFileSync((await resolveLanguageData('vie')).file)),
);
const ocrmypdf = await run('ocrmypdf', ['--version']).then(
  ({ stdout }) => stdout.trim(),
  () => undefined,
);

async function readWithOcrmypdf(jpeg: string): Promise<string | undefined> {
  if (!ocrmypdf) return undefined;
  const pdf = jpeg.replace(/\.jpg$/u, '.pdf');
  await run('ocrmypdf', ['-l', 'vie', '--image-dpi', '300', '--quiet', jpeg, pdf], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  return (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
}

/** The page in colour, as `digitize` hands it to the second look (it tells seal red from text). */
const colourOf = (bytes: Buffer | string) => async (): Promise<RgbImage> => {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const mean = (values: number[]) => round(values.reduce((sum, value) => sum + value, 0) / values.length);

const pool = await createOcrPool({ size: 1 });
const onceOnly = await createOcrPool({ size: 1, rereadUnreadInk: false });
const pages = [];
for (const page of await oldDocumentSet()) {
  const jpeg = join(work, `${page.name}.jpg`);
  writeFileSync(jpeg, page.jpeg);
  const measure = (text: string) => ({
    cer: round(
      Math.min(characterErrorRate(page.readingOrder, text), characterErrorRate(page.rowOrder, text)),
    ),
    wer: round(orderFreeWordError(page.readingOrder, text)),
  });
  const { ocrCopy, master } = await cleanPage(await loadPageImage(page.jpeg));
  const started = performance.now();
  const sohoa = await pool.recognize(ocrCopy, { colour: colourOf(master.bytes) });
  const sohoaMs = Math.round(performance.now() - started);
  const withoutSecondLook = await onceOnly.recognize(ocrCopy);
  const native = await nativeTesseract(jpeg, 300, tessdata);
  const other = await readWithOcrmypdf(jpeg);
  const row = {
    page: page.name,
    ageing: page.ageing,
    native: measure(native),
    sohoa: { ...measure(sohoa.text), ms: sohoaMs, missingText: sohoa.missingText?.length ?? 0 },
    sohoaWithoutSecondLook: measure(withoutSecondLook.text),
    ...(other === undefined ? {} : { ocrmypdf: measure(other) }),
  };
  console.log(JSON.stringify(row));
  pages.push(row);
}

const modern = [];
for (const { image: file, groundTruth: truth } of MODERN) {
  const image = await makeOcrCopy(await loadPageImage(file, { dpi: 300 }));
  const [on, off] = await Promise.all([
    pool.recognize(image, { colour: colourOf(file) }),
    onceOnly.recognize(image),
  ]);
  modern.push({
    file: file.split('/').pop(),
    sohoa: round(characterErrorRate(truth, on.text)),
    sohoaWithoutSecondLook: round(characterErrorRate(truth, off.text)),
    sameText: on.text === off.text,
    missingText: on.missingText?.length ?? 0,
  });
}
await Promise.all([pool.terminate(), onceOnly.terminate()]);

const overall = {
  native: { cer: mean(pages.map((row) => row.native.cer)), wer: mean(pages.map((row) => row.native.wer)) },
  sohoa: { cer: mean(pages.map((row) => row.sohoa.cer)), wer: mean(pages.map((row) => row.sohoa.wer)) },
  sohoaWithoutSecondLook: {
    cer: mean(pages.map((row) => row.sohoaWithoutSecondLook.cer)),
    wer: mean(pages.map((row) => row.sohoaWithoutSecondLook.wer)),
  },
  ...(ocrmypdf
    ? {
        ocrmypdf: {
          cer: mean(pages.map((row) => row.ocrmypdf?.cer ?? 1)),
          wer: mean(pages.map((row) => row.ocrmypdf?.wer ?? 1)),
        },
      }
    : {}),
};
writeBenchResult('ocr-old-documents', {
  loadAverage: { start: loadAtStart.map(round), end: loadavg().map(round) },
  peers: { tesseract: (await run('tesseract', ['--version'])).stdout.split('\n')[0], ocrmypdf },
  overall,
  sohoaOverNative: round(overall.sohoa.cer / overall.native.cer),
  worstPageGapPoints: round(Math.max(...pages.map((row) => (row.sohoa.cer - row.native.cer) * 100))),
  pages,
  modernScans: modern,
  note: 'Old-document set of bench/old-documents (seed 1972). Native: tesseract 5.3, same best_int model, --oem 1 --psm 3 --dpi 300, OMP_THREAD_LIMIT=1, on the raw JPEG. sohoa: cleanPage then the pool (orderColumns, correction, second look). CER against the closer of the two exact transcriptions (columns left first, or rows across), NFC, whitespace collapsed; wer = order-free word error. OCRmyPDF reads with Debian’s vie model; text via pdftotext -layout.',
});
