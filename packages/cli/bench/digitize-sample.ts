/**
 * End-to-end benchmark of `digitizeDossier` on the bundled sample dossier (three real 300 dpi
 * scans): seconds per page, peak memory (RSS, which includes tesseract's wasm heap: it runs in a
 * worker thread of this process), and the character error rate of the OCR text and of the PDF's
 * text layer as pdf.js extracts it, against the transcriptions.
 *
 * Run: `npm run bench -w @sohoa/cli`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate, orderFreeWordError } from '@sohoa/core';
import { writeBenchResult } from '../../../bench/write-result.js';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { extractPageTexts } from '../../../fixtures/pdf-text.js';
import { digitizeDossier } from '../src/digitize/digitize-dossier.js';

const out = await mkdtemp(join(tmpdir(), 'sohoa-bench-'));
const pageSeconds: number[] = [];
const result = await digitizeDossier(SAMPLE_DOSSIER, {
  out,
  onProgress: (event) => pageSeconds.push(event.seconds),
});
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
const texts = await extractPageTexts(await readFile(result.pdfPath));
const pdfBytes = (await readFile(result.pdfPath)).length;
await rm(out, { recursive: true, force: true });

const pages = SAMPLE_PAGES.map((sample, index) => {
  const ocrText = result.pages[index]?.text ?? '';
  const layerText = texts[index] ?? '';
  return {
    page: sample.name,
    seconds: round(pageSeconds[index] ?? Number.NaN, 2),
    ocrConfidence: round(result.pages[index]?.confidence ?? 0, 1),
    cerOcrText: round(characterErrorRate(sample.groundTruth, ocrText), 4),
    cerPdfTextLayer: round(characterErrorRate(sample.groundTruth, layerText), 4),
    orderFreeWordErrorPdfTextLayer: round(orderFreeWordError(sample.groundTruth, layerText), 4),
  };
});
const figures = {
  pages,
  totalSeconds: round(result.seconds, 2),
  secondsPerPage: round(result.seconds / pages.length, 2),
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
