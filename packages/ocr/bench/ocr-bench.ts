/**
 * Benchmark of @sohoa/ocr (`npm run bench -w @sohoa/ocr`): CER and order-free word error per page
 * for sohoa and native tesseract 5 (Debian's vie model and the same best_int model) on the same
 * gray OCR copies; header field accuracy against metadata.jsonl; pages per minute with the default
 * pool vs two native processes; peak RSS and RSS after each batch of pages. Pages for throughput
 * and memory: OCR_BENCH_PAGES (default 40). Degraded synthetic renders of the shared texts
 * (bench/degraded-renders.ts): OCR_BENCH_RENDERS (default 6), read by sohoa on the plain gray
 * copy and after core's cleanPage (deskew, background), and by native tesseract. Needs Debian's tesseract-ocr and tesseract-ocr-vie and
 * the project's shared data. Writes bench/results/ocr.json at the repository root.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { characterErrorRate, orderFreeWordError } from '@sohoa/base';
import { cleanPage, type GrayImage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import { writeBenchResult } from '../../../bench/write-result.js';
import { DATA, SAMPLE_DOSSIER } from '../../../fixtures/index.js';
import { createOcrPool, extractHeader, resolveLanguageData } from '../src/index.js';
import { degradedRenders } from './degraded-renders.js';
import { nativeTesseract } from './native-tesseract.js';

/** The sample dossier's three scans are committed once, in examples/sample-dossier. */
const SAMPLE = `${SAMPLE_DOSSIER}/`;
const PAGES = [
  ['qn_qd47_QD-UBND_20250117_p1.jpg', 300],
  ['qn_cv299_UBND-TTHC_20250115_p1.jpg', 300],
  ['qn_ttr01_TTr-UBND_20250106_p1.jpg', 300],
  ['scans/gov_cv464_TTg-CDS_20260430_p1.png', 200],
  ['scans/qn_ct07_CT-UBND_20180320_p1.png', 300],
  ['rendered/qn_tb542_TB-UBND_20241106_p1.png', 300],
  ['rendered/qn_tb542_TB-UBND_20241106_p2.png', 300],
] as const;
const throughputPages = Number(process.env.OCR_BENCH_PAGES ?? 40);
const renderCount = Number(process.env.OCR_BENCH_RENDERS ?? 6);

const work = mkdtempSync(join(tmpdir(), 'sohoa-ocr-bench-'));
const tessdata = join(work, 'tessdata');
mkdirSync(tessdata);
writeFileSync(
  join(tessdata, 'vie.traineddata'),
  gunzipSync(readFileSync((await resolveLanguageData('vie')).file)),
);

const images = new Map<string, GrayImage>();
const pgm = new Map<string, string>();
for (const [file, dpi] of PAGES) {
  const image = await makeOcrCopy(await loadPageImage(pathOf(file), { dpi }));
  addImage(file, image);
}

/** Where a page of {@link PAGES} is: the sample dossier's scans or fixtures/data. */
function pathOf(file: string): string {
  return file.includes('/') ? DATA + file : SAMPLE + file;
}

/** The page's transcription: beside it in fixtures/data, or in the sample dossier's ground-truth/. */
function truthOf(file: string): string {
  const name = file.replace(/\.\w+$/u, '.gt.txt');
  return readFileSync(file.includes('/') ? DATA + name : `${SAMPLE}ground-truth/${name}`, 'utf8');
}

function addImage(file: string, image: GrayImage): void {
  images.set(file, image);
  const path = join(work, `${file.replace('/', '_')}.pgm`);
  writeFileSync(path, Buffer.concat([Buffer.from(`P5\n${image.width} ${image.height}\n255\n`), image.data]));
  pgm.set(file, path);
}

function measure(truth: string, text: string) {
  return { cer: round(characterErrorRate(truth, text)), wer: round(orderFreeWordError(truth, text)) };
}

function native(file: string, model: 'best_int' | 'debian'): Promise<string> {
  return nativeTesseract(
    pgm.get(file) ?? '',
    images.get(file)?.dpi ?? 300,
    model === 'best_int' ? tessdata : undefined,
  );
}

// Accuracy and headers.
const pool = await createOcrPool();
const raw = await createOcrPool({ size: 1, orderColumns: false, correct: false });
const accuracy = [];
const fields = [
  'codeNumber',
  'codeNotation',
  'issuedDate',
  'place',
  'typeName',
  'organName',
  'subject',
] as const;
const fieldHits: Record<string, number> = Object.fromEntries(fields.map((field) => [field, 0]));
/** Fields given with a value other than the answer key's (a misreading, worse than an empty field). */
const fieldWrong: Record<string, number> = Object.fromEntries(fields.map((field) => [field, 0]));
const keys = readFileSync(`${DATA}scans/metadata.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const headers = [];
for (const [file] of PAGES) {
  const image = images.get(file) as GrayImage;
  const page = await pool.recognize(image);
  const key = keys.find((entry: { file: string }) => file.endsWith(entry.file));
  if (key) {
    const header = extractHeader(page);
    const [number, notation] = key.number.split('/');
    const expected: Record<string, string> = {
      codeNumber: number,
      codeNotation: notation,
      issuedDate: key.date.split('-').reverse().join('/'),
      place: key.date_line.split(',')[0],
      typeName: key.doc_type,
      organName: key.org.replace('UỶ', 'ỦY'),
      subject: key.subject,
    };
    const got: Record<string, string | undefined> = {
      ...Object.fromEntries(fields.map((field) => [field, header[field]?.value])),
      typeName: header.typeName?.value.toUpperCase(),
      organName: header.organName?.value.replace('UỶ', 'ỦY'),
    };
    for (const field of fields) {
      if (got[field] === expected[field]) fieldHits[field] = (fieldHits[field] ?? 0) + 1;
      else if (got[field] !== undefined) fieldWrong[field] = (fieldWrong[field] ?? 0) + 1;
    }
    headers.push({ file, expected, got });
  }
  let truth: string;
  try {
    truth = truthOf(file);
  } catch {
    continue;
  }
  const rawPage = await raw.recognize(image);
  accuracy.push({
    file,
    sohoa: measure(truth, page.text),
    sohoaWithoutOrderingOrCorrection: measure(truth, rawPage.text),
    corrections: page.corrections?.map((change) => `${change.original} → ${change.corrected}`),
    nativeBestInt: measure(truth, await native(file, 'best_int')),
    nativeDebian: measure(truth, await native(file, 'debian')),
  });
  console.log(accuracy.at(-1));
}
await raw.terminate();

const mean = (values: number[]) => round(values.reduce((a, b) => a + b, 0) / values.length);

// Degraded synthetic renders: yellowed paper, skew 1.5–2.5°, blur, noise, JPEG quality 40.
const degraded = [];
for (const render of await degradedRenders(`${DATA}texts`, renderCount)) {
  const file = `degraded/${render.name}`;
  const scanned = await loadPageImage(render.jpeg);
  const copy = await makeOcrCopy(scanned);
  addImage(file, copy);
  const cleaned = (await cleanPage(scanned)).ocrCopy;
  degraded.push({
    file,
    skew: render.skew,
    sohoa: measure(render.groundTruth, (await pool.recognize(copy)).text),
    sohoaAfterCleanPage: measure(render.groundTruth, (await pool.recognize(cleaned)).text),
    nativeBestInt: measure(render.groundTruth, await native(file, 'best_int')),
    nativeDebian: measure(render.groundTruth, await native(file, 'debian')),
  });
  console.log(degraded.at(-1));
}
const degradedCer = {
  sohoa: mean(degraded.map((row) => row.sohoa.cer)),
  sohoaAfterCleanPage: mean(degraded.map((row) => row.sohoaAfterCleanPage.cer)),
  nativeBestInt: mean(degraded.map((row) => row.nativeBestInt.cer)),
  nativeDebian: mean(degraded.map((row) => row.nativeDebian.cer)),
};
const scanRows = accuracy.filter((row) => !row.file.startsWith('rendered/'));
const scanCer = {
  sohoa: mean(scanRows.map((row) => row.sohoa.cer)),
  nativeBestInt: mean(scanRows.map((row) => row.nativeBestInt.cer)),
  nativeDebian: mean(scanRows.map((row) => row.nativeDebian.cer)),
};

// Throughput and memory: the three colour scans round-robin.
const batch = Array.from({ length: throughputPages }, (_, index) => PAGES[index % 3]?.[0] as string);
const rss: number[] = [];
let started = performance.now();
let done = 0;
await Promise.all(
  batch.map(async (file) => {
    await pool.recognize(images.get(file) as GrayImage);
    done += 1;
    if (done % 10 === 0) rss.push(Math.round(process.memoryUsage().rss / 2 ** 20));
  }),
);
const sohoaPagesPerMinute = round((throughputPages / (performance.now() - started)) * 60_000, 1);
const stats = pool.stats();
await pool.terminate();

started = performance.now();
const queue = [...batch];
await Promise.all(
  [0, 1].map(async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await native(file, 'best_int');
  }),
);
const nativePagesPerMinute = round((throughputPages / (performance.now() - started)) * 60_000, 1);

writeBenchResult('ocr', {
  accuracy: {
    pages: accuracy,
    meanCerOnRealScans: scanCer,
    sohoaOverNativeBestInt: round(scanCer.sohoa / scanCer.nativeBestInt),
    sohoaOverNativeDebian: round(scanCer.sohoa / scanCer.nativeDebian),
    degradedRenders: {
      pages: degraded,
      meanCer: degradedCer,
      sohoaOverNativeBestInt: round(degradedCer.sohoa / degradedCer.nativeBestInt),
      sohoaAfterCleanPageOverNativeBestInt: round(
        degradedCer.sohoaAfterCleanPage / degradedCer.nativeBestInt,
      ),
      note: 'Real texts (shared texts/) typeset in DejaVu Serif 12 pt at 300 dpi with sharp/Pango, then yellowed, skewed 1.5–2.5°, blurred (σ 0.8), noised and JPEG-compressed (quality 40); native tesseract reads the plain gray copy, as sohoa does in the first column.',
    },
    note: 'CER over NFC code points with whitespace collapsed; wer = order-free word error (1 − F1 of word multisets). Native: tesseract 5.3, --oem 1 --psm 3, OMP_THREAD_LIMIT=1, same gray OCR copy.',
  },
  header: {
    pages: headers.length,
    fieldAccuracy: Object.fromEntries(
      fields.map((field) => [field, `${fieldHits[field]}/${headers.length}`]),
    ),
    fieldWrong: Object.fromEntries(fields.map((field) => [field, `${fieldWrong[field]}/${headers.length}`])),
    details: headers,
  },
  throughput: {
    pages: throughputPages,
    poolSize: availableParallelism(),
    sohoaPagesPerMinute,
    nativeTwoProcessesPagesPerMinute: nativePagesPerMinute,
    ratio: round(sohoaPagesPerMinute / nativePagesPerMinute),
    poolStats: stats,
  },
  memory: { peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rssMbEvery10Pages: rss },
});

function round(value: number, digits = 4): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
