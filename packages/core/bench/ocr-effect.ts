import { readFileSync } from 'node:fs';
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
    rows.push({ page: name, [before[0]]: first, [after[0]]: second, worse: second.cer > first.cer });
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
 * Every variant of {@link STEP_VARIANTS} on every case: CER per page and variant, then per
 * variant the mean CER and the pages it makes worse than `makeOcrCopy` and than the defaults.
 */
async function compareSteps(engine: OcrEngine, cases: Case[]) {
  const pages: Record<string, Record<string, { cer: number; wordError: number }>> = {};
  for (const { name, page, truth } of cases) {
    const row: Record<string, { cer: number; wordError: number }> = {};
    for (const [variant, make] of STEP_VARIANTS) row[variant] = await score(engine, await make(page), truth);
    pages[name] = row;
    console.log('ocr steps', name, JSON.stringify(row));
  }
  const summary: Record<
    string,
    { meanCer: number; worseThanMakeOcrCopy: string[]; worseThanDefaults: string[] }
  > = {};
  for (const [variant] of STEP_VARIANTS) {
    const rows = Object.entries(pages);
    const cer = (row: Record<string, { cer: number }>, name: string) => row[name]?.cer ?? 0;
    summary[variant] = {
      meanCer: Number((rows.reduce((sum, [, row]) => sum + cer(row, variant), 0) / rows.length).toFixed(2)),
      worseThanMakeOcrCopy: rows
        .filter(([, row]) => cer(row, variant) > cer(row, 'makeOcrCopy'))
        .map(([name]) => name),
      worseThanDefaults: rows
        .filter(([, row]) => cer(row, variant) > cer(row, 'defaults'))
        .map(([name]) => name),
    };
  }
  return { pages, summary };
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
    return {
      note: 'CER and order-free word error in percent; tesseract.js LSTM, Vietnamese best_int model, via @sohoa/ocr createOcrEngine',
      steps,
      deskew: await compare(engine, skewed, plain, ['cleanPageForOcr', cleaned()]),
      upscaling: await compare(
        engine,
        lowResolution,
        ['ocrDpi false', cleaned({ ocrDpi: false })],
        ['ocrDpi 300', cleaned({ ocrDpi: 300 })],
      ),
    };
  } finally {
    await engine.terminate();
  }
}
