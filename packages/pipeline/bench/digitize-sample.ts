/**
 * End-to-end benchmark of `digitize` on the bundled sample dossier (three real 300 dpi scans,
 * one document each): seconds per page, peak memory (RSS, which includes tesseract's wasm heap: it
 * runs in worker threads of this process), and the character error rate of the OCR text and of
 * each PDF's text layer as pdf.js extracts it, against the transcriptions.
 *
 * Run: `npm run bench -w @sohoa/pipeline`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate, orderFreeWordError } from '@sohoa/core';
import { writeBenchResult } from '../../../bench/write-result.js';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { extractPageTexts } from '../../../fixtures/pdf-text.js';
import { digitize } from '../src/pipeline/digitize.js';
import type { DigitizedDocumentRecord } from '../src/pipeline/digitize-document.js';

const FILE_CODE = '000.00.00.H00.2025.01';
const out = await mkdtemp(join(tmpdir(), 'sohoa-bench-'));
const pageSeconds: number[] = [];
let seconds = 0;
for await (const event of digitize({ inputs: [SAMPLE_DOSSIER], out, jobs: 1, packageType: 'none' })) {
  if (event.type === 'page-done') pageSeconds[event.ordinal - 1] = event.seconds;
  if (event.type === 'summary') seconds = event.summary.seconds;
}
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
let pdfBytes = 0;
const pages = [];
for (const [index, sample] of SAMPLE_PAGES.entries()) {
  const base = join(out, FILE_CODE, `${FILE_CODE}.${index + 1}`);
  const pdf = await readFile(`${base}.pdf`);
  pdfBytes += pdf.length;
  const record = JSON.parse(await readFile(`${base}.json`, 'utf8')) as DigitizedDocumentRecord;
  const ocrText = record.pages[0]?.text ?? '';
  const layerText = (await extractPageTexts(pdf))[0] ?? '';
  pages.push({
    page: sample.name,
    seconds: round(pageSeconds[index] ?? Number.NaN, 2),
    ocrConfidence: round(record.pages[0]?.confidence ?? 0, 1),
    cerOcrText: round(characterErrorRate(sample.groundTruth, ocrText), 4),
    cerPdfTextLayer: round(characterErrorRate(sample.groundTruth, layerText), 4),
    orderFreeWordErrorPdfTextLayer: round(orderFreeWordError(sample.groundTruth, layerText), 4),
  });
}
await rm(out, { recursive: true, force: true });

const figures = {
  pages,
  totalSeconds: round(seconds, 2),
  secondsPerPage: round(seconds / pages.length, 2),
  pdfBytesPerPage: Math.round(pdfBytes / pages.length),
  peakRssMiB: round(peakRssMiB, 0),
};
console.table(pages);
console.log(
  `${pages.length} pages: ${figures.secondsPerPage} s/page end to end, peak RSS ${figures.peakRssMiB} MiB, ${figures.pdfBytesPerPage} PDF bytes/page`,
);
writeBenchResult('digitize-sample', figures);

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
