/**
 * Benchmark of the text of existing scanner PDFs (issue 15): on every page of the two archive
 * PDFs with an answer key (`fixtures/data/pdfs/*.gt.txt`), strict CER and order-free word error
 * of
 * - the scanner's own layer, as pdf.js extracts it (`readTextLayer`) and as poppler's
 *   `pdftotext` (no `-layout`) extracts it;
 * - sohoa's re-OCR on the existing route: `openScannedPdf` (the page rendered at its native
 *   300 dpi, every layer composited) → `makeOcrCopy` → the default `createOcrPool`, its lines
 *   read below 95 confidence read again as raw lines (`rereadLines`, as `sohoa digitize` reads a
 *   page whose usable layer it combines);
 * - the combination of the two (`combineReadings`);
 * - native tesseract 5 (Debian's `vie` model, `--oem 1 --psm 3`) on poppler's 300 dpi gray
 *   render (`pdftoppm -r 300 -gray`);
 * - OCRmyPDF `--force-ocr -l vie` (its `--sidecar` text), when installed.
 * Then the output: each PDF rewritten with the combined layer (`chooseTextLayer('combine')` →
 * `rewriteScannedPdf`), against OCRmyPDF's own output of the same file: bytes over the input's,
 * whether every image stream is byte-identical, whether `checkPdfA` passes, and the text the
 * written file really holds (read back by `readTextLayer`) against the answer key.
 * Seconds per page of sohoa (render and read, then combine and rewrite) and of OCRmyPDF, and the
 * load average, are recorded.
 *
 * Run: `flock /tmp/sohoa-bench.lock npm run bench:scanner -w @sohoa/pdfa`. Writes
 * `bench/results/scanner-layers.json` at the repository root.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { characterErrorRate, orderFreeWordError } from '@sohoa/base';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import { chooseTextLayer, createOcrPool, type OcrPage, type TextLayerChoice } from '@sohoa/ocr';
import sharp from 'sharp';
import { writeBenchResult } from '../../../bench/write-result.js';
import { imageStreams } from '../../../fixtures/image-streams.js';
import { checkPdfA, openScannedPdf, readTextLayer, rewriteScannedPdf } from '../src/index.js';
import { ocrmypdfVersion } from './run-ocrmypdf.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const KEYS = `${REPO}fixtures/data/pdfs/`;
const DOCUMENTS = ['001.03.08.H30.81.2024.K4.01.01.010', '001.03.08.H30.81.2024.K4.01.01.011'];

/** The PDF, committed beside its answer key. */
const pdfPath = (name: string): string => `${KEYS}${name}.pdf`;

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const measure = (truth: string, text: string) => ({
  cer: round(characterErrorRate(truth, text)),
  wer: round(orderFreeWordError(truth, text)),
});

async function pdftotext(path: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), path, '-']);
  return stdout;
}

async function nativeOnRender(path: string, page: number, work: string): Promise<string> {
  const prefix = join(work, `render-${page}`);
  await run('pdftoppm', [
    '-r',
    '300',
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    prefix,
  ]);
  const args = [`${prefix}.pgm`, 'stdout', '-l', 'vie', '--oem', '1', '--psm', '3', '--dpi', '300'];
  const { stdout } = await run('tesseract', args, {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 1 << 24,
  });
  return stdout;
}

/** OCRmyPDF `--force-ocr -l vie` on the whole file: the sidecar text of each page, the seconds it took and the PDF it wrote. */
async function ocrmypdf(
  path: string,
  work: string,
): Promise<{ pages: string[]; seconds: number; output: Uint8Array }> {
  const sidecar = join(work, 'ocrmypdf.txt');
  const started = performance.now();
  await run(
    'ocrmypdf',
    ['--force-ocr', '-l', 'vie', '--sidecar', sidecar, path, join(work, 'ocrmypdf.pdf')],
    {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    pages: (await readFile(sidecar, 'utf8')).split('\f'),
    seconds,
    output: new Uint8Array(await readFile(join(work, 'ocrmypdf.pdf'))),
  };
}

type Figures = { cer: number; wer: number };
interface PageRow {
  page: string;
  size: string;
  scannerLayer: Figures;
  scannerLayerPdftotext: Figures;
  sohoa: Figures;
  combined: Figures | undefined;
  combinedSources: Record<string, number> | undefined;
  /** The combined layer as the rewritten file holds it (read back with `readTextLayer`). */
  combinedInFile: Figures | undefined;
  nativeTesseractOnRender: Figures;
  ocrmypdfForceOcr: Figures | string;
}

const loadAtStart = loadavg();
const hasOcrmypdf = ocrmypdfVersion() !== undefined;
const pool = await createOcrPool({ size: 1 });
/** A file written from a scanner PDF, against the input. */
interface OutputRow {
  document: string;
  inputBytes: number;
  outputBytes: number;
  ratio: number;
  imageStreamsIdentical: boolean;
  checkPdfAPassed: boolean;
}
async function outputRow(document: string, input: Uint8Array, output: Uint8Array): Promise<OutputRow> {
  const [before, after] = await Promise.all([imageStreams(input), imageStreams(output)]);
  return {
    document,
    inputBytes: input.length,
    outputBytes: output.length,
    ratio: round(output.length / input.length),
    imageStreamsIdentical: JSON.stringify(before) === JSON.stringify(after),
    checkPdfAPassed: (await checkPdfA(output)).passed,
  };
}

const rows: PageRow[] = [];
const outputs: { sohoaCombine: OutputRow[]; ocrmypdfForceOcr: OutputRow[] } = {
  sohoaCombine: [],
  ocrmypdfForceOcr: [],
};
let sohoaSeconds = 0;
let rewriteSeconds = 0;
let ocrmypdfSeconds = 0;
let pageCount = 0;
for (const name of DOCUMENTS) {
  const path = pdfPath(name);
  const work = await mkdtemp(join(tmpdir(), 'sohoa-scanner-layers-'));
  const layers = await readTextLayer(path);
  const reference = hasOcrmypdf ? await ocrmypdf(path, work) : undefined;
  ocrmypdfSeconds += reference?.seconds ?? 0;
  const input = new Uint8Array(await readFile(path));
  if (reference) outputs.ocrmypdfForceOcr.push(await outputRow(name, input, reference.output));
  const pdf = await openScannedPdf(path);
  const choices: TextLayerChoice[] = [];
  const documentRows: PageRow[] = [];
  for await (const page of pdf.pages()) {
    pageCount++;
    const truth = await readFile(`${KEYS}${name}.p${page.pageNumber}.gt.txt`, 'utf8');
    const started = performance.now();
    const png = await sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 3 } })
      .png()
      .toBuffer();
    const scanner = layers[page.pageNumber - 1];
    // as `sohoa digitize` reads a page it combines with a usable layer
    const sohoa: OcrPage = await pool.recognize(
      await makeOcrCopy(await loadPageImage(png, { dpi: page.dpi })),
      { rereadLines: scanner?.check.usable === true },
    );
    sohoaSeconds += (performance.now() - started) / 1000;
    const combineStarted = performance.now();
    const choice = chooseTextLayer('combine', { layer: scanner, ocr: sohoa });
    rewriteSeconds += (performance.now() - combineStarted) / 1000;
    choices.push(choice);
    const combined = choice.source === 'combined' ? choice : undefined;
    documentRows.push({
      page: `${name} p${page.pageNumber}`,
      size: `${page.width}×${page.height} @ ${page.dpi} dpi`,
      scannerLayer: measure(truth, scanner?.text ?? ''),
      scannerLayerPdftotext: measure(truth, await pdftotext(path, page.pageNumber)),
      sohoa: measure(truth, sohoa.text),
      combined: combined?.page ? measure(truth, combined.page.text) : undefined,
      combinedSources: combined?.counts,
      combinedInFile: undefined,
      nativeTesseractOnRender: measure(truth, await nativeOnRender(path, page.pageNumber, work)),
      ocrmypdfForceOcr: reference
        ? measure(truth, reference.pages[page.pageNumber - 1] ?? '')
        : 'not installed',
    });
    console.log(documentRows.at(-1));
  }
  await pdf.close();
  const started = performance.now();
  const rewritten = await rewriteScannedPdf(input, { textLayers: choices.map((choice) => choice.page) });
  rewriteSeconds += (performance.now() - started) / 1000;
  outputs.sohoaCombine.push(await outputRow(name, input, rewritten.bytes));
  const reread = await readTextLayer(rewritten.bytes);
  for (const [index, row] of documentRows.entries()) {
    const truth = await readFile(`${KEYS}${name}.p${index + 1}.gt.txt`, 'utf8');
    rows.push({ ...row, combinedInFile: measure(truth, reread[index]?.text ?? '') });
  }
  console.log(outputs.sohoaCombine.at(-1), outputs.ocrmypdfForceOcr.at(-1));
  await rm(work, { recursive: true, force: true });
}
await pool.terminate();

const mean = (pick: (row: PageRow) => Figures | string | undefined) => {
  const values = rows.map(pick).filter((value): value is Figures => typeof value === 'object');
  return {
    cer: round(values.reduce((sum, value) => sum + value.cer, 0) / values.length),
    wer: round(values.reduce((sum, value) => sum + value.wer, 0) / values.length),
  };
};
writeBenchResult('scanner-layers', {
  command: 'flock /tmp/sohoa-bench.lock npm run bench:scanner -w @sohoa/pdfa',
  loadAverage: { atStart: loadAtStart.map(round), atEnd: loadavg().map(round) },
  ocrmypdf: ocrmypdfVersion() ?? 'not installed (apt-get install -y ocrmypdf)',
  pages: rows,
  meanPerPage: {
    scannerLayer: mean((row) => row.scannerLayer),
    scannerLayerPdftotext: mean((row) => row.scannerLayerPdftotext),
    sohoa: mean((row) => row.sohoa),
    combined: mean((row) => row.combined),
    combinedInFile: mean((row) => row.combinedInFile),
    nativeTesseractOnRender: mean((row) => row.nativeTesseractOnRender),
    ocrmypdfForceOcr: mean((row) => row.ocrmypdfForceOcr),
  },
  output: outputs,
  secondsPerPage: {
    sohoaRenderAndRead: round(sohoaSeconds / pageCount),
    sohoaCombineAndRewrite: round(rewriteSeconds / pageCount),
    sohoaTotal: round((sohoaSeconds + rewriteSeconds) / pageCount),
    ocrmypdfForceOcr: hasOcrmypdf ? round(ocrmypdfSeconds / pageCount) : undefined,
  },
});
