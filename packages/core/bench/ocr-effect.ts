import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import sharp from 'sharp';
import {
  type CleanPageOptions,
  characterErrorRate,
  cleanPageForOcr,
  type GrayImage,
  loadPageImage,
  makeOcrCopy,
  orderFreeWordError,
  type PageImage,
} from '../src/index.js';
import { COLOUR_SCANS, RENDERED_PAGE_NAMES, renderedPath } from './bench-pages.js';
import { degradePage } from './degrade.js';

/** The public API of `@sohoa/ocr`'s engine that this benchmark uses. */
interface OcrEngine {
  recognize(image: GrayImage): Promise<{ text: string }>;
  terminate(): Promise<void>;
}

interface Case {
  name: string;
  page: PageImage;
  truth: string;
}

/** CER and order-free word error, in percent, of one OCR copy. */
async function score(engine: OcrEngine, copy: GrayImage, truth: string) {
  const { text } = await engine.recognize(copy);
  return {
    cer: Number((100 * characterErrorRate(truth, text)).toFixed(2)),
    wordError: Number((100 * orderFreeWordError(truth, text)).toFixed(2)),
  };
}

/** Compares two ways of making the OCR copy on each case. */
async function compare(
  engine: OcrEngine,
  cases: Case[],
  before: [string, (page: PageImage) => Promise<GrayImage>],
  after: [string, (page: PageImage) => Promise<GrayImage>],
) {
  const rows = [];
  for (const { name, page, truth } of cases) {
    const first = await score(engine, await before[1](page), truth);
    const second = await score(engine, await after[1](page), truth);
    rows.push({
      page: name,
      [before[0]]: first,
      [after[0]]: second,
      worse: second.cer > first.cer,
      worseWordError: second.wordError > first.wordError,
    });
  }
  return rows;
}

const cleaned =
  (options: CleanPageOptions = {}) =>
  async (page: PageImage) =>
    (await cleanPageForOcr(page, options)).ocrCopy;

/** The ways of making the OCR copy compared step by step: each step of the OCR copy on and off. */
const STEP_VARIANTS: [string, (page: PageImage) => Promise<GrayImage>][] = [
  ['makeOcrCopy', makeOcrCopy],
  ['defaults', cleaned()],
  ['no background flattening', cleaned({ normalizeBackground: false })],
  ['no despeckle', cleaned({ despeckle: false })],
  ['no contrast stretch', cleaned({ stretchContrast: false })],
  ['gray only', cleaned({ stretchContrast: false, normalizeBackground: false, despeckle: false })],
  ['binarize', cleaned({ binarize: true })],
];

/**
 * Every variant of {@link STEP_VARIANTS} on every case: CER and word error per page and variant,
 * what the defaults decided on each page (paper unevenness, flattened or not, specks removed),
 * then per variant the mean CER and word error and the pages it makes worse than `makeOcrCopy`
 * (by CER and by word error) and than the defaults.
 */
async function compareSteps(engine: OcrEngine, cases: Case[]) {
  const pages: Record<string, Record<string, { cer: number; wordError: number }>> = {};
  const decisions: Record<string, { backgroundUnevenness?: number; flattened: boolean; specks: number }> = {};
  for (const { name, page, truth } of cases) {
    const made = await cleanPageForOcr(page);
    decisions[name] = {
      backgroundUnevenness: Number(made.backgroundUnevenness?.toFixed(3)),
      flattened: made.backgroundFlattened,
      specks: made.specksRemoved,
    };
    const row: Record<string, { cer: number; wordError: number }> = {};
    for (const [variant, make] of STEP_VARIANTS) row[variant] = await score(engine, await make(page), truth);
    pages[name] = row;
    console.log('ocr steps', name, JSON.stringify(row));
  }
  const summary: Record<
    string,
    {
      meanCer: number;
      meanWordError: number;
      worseThanMakeOcrCopy: string[];
      worseThanDefaults: string[];
      wordErrorWorseThanMakeOcrCopy: string[];
    }
  > = {};
  const rows = Object.entries(pages);
  const mean = (values: number[]) =>
    Number((values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(2));
  for (const [variant] of STEP_VARIANTS) {
    const of = (row: Record<string, { cer: number; wordError: number }>, name: string) =>
      row[name] ?? { cer: 0, wordError: 0 };
    const worse = (than: string, measure: 'cer' | 'wordError') =>
      rows.filter(([, row]) => of(row, variant)[measure] > of(row, than)[measure]).map(([name]) => name);
    summary[variant] = {
      meanCer: mean(rows.map(([, row]) => of(row, variant).cer)),
      meanWordError: mean(rows.map(([, row]) => of(row, variant).wordError)),
      worseThanMakeOcrCopy: worse('makeOcrCopy', 'cer'),
      worseThanDefaults: worse('defaults', 'cer'),
      wordErrorWorseThanMakeOcrCopy: worse('makeOcrCopy', 'wordError'),
    };
  }
  return { pages, decisions, summary };
}

/**
 * tesseract.js (through `@sohoa/ocr`'s public `createOcrEngine`) character error rate and
 * order-free word error, in percent, on the real scans of the sample dossier and the two rendered
 * pages, as they are and degraded ({@link degradePage}: low contrast, blur, yellowed and unevenly
 * lit paper, dust, JPEG 80; seeded): the plain `makeOcrCopy`, `cleanPageForOcr` with its defaults,
 * and with each step of the OCR copy turned off or on (`steps`). Then, where the
 * cleanup has real work to do: the scans turned by 2° (deskew), and the scans at 200 dpi
 * (upscaling of the OCR copy to 300 dpi, off by default, against none).
 */
export async function measureOcrEffect() {
  const { createOcrEngine } = (await import('@sohoa/ocr')) as {
    createOcrEngine: () => Promise<OcrEngine>;
  };
  const engine = await createOcrEngine();
  const loadAverageBefore = loadavg().map((load) => Number(load.toFixed(2)));
  try {
    const real: Case[] = [];
    for (const scan of COLOUR_SCANS) {
      real.push({ name: scan.name, page: await loadPageImage(scan.path), truth: scan.groundTruth ?? '' });
    }
    for (const name of RENDERED_PAGE_NAMES) {
      real.push({
        name,
        page: await loadPageImage(renderedPath(name, '.png')),
        truth: readFileSync(renderedPath(name, '.gt.txt'), 'utf8'),
      });
    }
    const plain: [string, (page: PageImage) => Promise<GrayImage>] = ['makeOcrCopy', makeOcrCopy];
    const degraded: Case[] = [];
    // Two renders of each page, with different paper, stains and dust (seeds 1–5 and 11–15).
    for (const seedBase of [1, 11]) {
      for (const [index, { name, page, truth }] of real.entries()) {
        degraded.push({
          name: `${name} degraded (seed ${seedBase + index})`,
          page: await loadPageImage(await degradePage(page.bytes, page.dpi, seedBase + index)),
          truth,
        });
      }
    }
    const steps = {
      clean: await compareSteps(engine, real),
      degraded: await compareSteps(engine, degraded),
    };
    const skewed: Case[] = [];
    const lowResolution: Case[] = [];
    for (const scan of COLOUR_SCANS) {
      const turned = await sharp(scan.path)
        .rotate(2, { background: '#f2efe8' })
        .jpeg({ quality: 92 })
        .withDensity(300)
        .toBuffer();
      skewed.push({
        name: `${scan.name} turned 2°`,
        page: await loadPageImage(turned),
        truth: scan.groundTruth ?? '',
      });
      const small = await sharp(scan.path).resize(1641).jpeg({ quality: 92 }).withDensity(200).toBuffer();
      lowResolution.push({
        name: `${scan.name} at 200 dpi`,
        page: await loadPageImage(small),
        truth: scan.groundTruth ?? '',
      });
    }
    const deskew = await compare(engine, skewed, plain, ['cleanPageForOcr', cleaned()]);
    const upscaling = await compare(
      engine,
      lowResolution,
      ['ocrDpi false', cleaned({ ocrDpi: false })],
      ['ocrDpi 300', cleaned({ ocrDpi: 300 })],
    );
    return {
      note: 'CER and order-free word error in percent; tesseract.js LSTM, Vietnamese best_int model, via @sohoa/ocr createOcrEngine',
      loadAverageBefore,
      loadAverageAfter: loadavg().map((load) => Number(load.toFixed(2))),
      steps,
      deskew,
      upscaling,
    };
  } finally {
    await engine.terminate();
  }
}
