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

/**
 * tesseract.js (through `@sohoa/ocr`'s public `createOcrEngine`) character error rate and
 * order-free word error, in percent, on the real scans of the sample dossier and the two rendered
 * pages: the plain `makeOcrCopy` against `cleanPageForOcr` with its defaults. Then, where the
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
    const defaults = await compare(engine, real, plain, ['cleanPageForOcr', cleaned()]);
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
      defaults,
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
