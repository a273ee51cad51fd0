import type { Worker as ThreadWorker } from 'node:worker_threads';
import { SohoaError } from '@sohoa/base';
import { type GrayImage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import type { Worker } from 'tesseract.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import type { OcrPage } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';
import { createOcrPool, type OcrPool } from './create-ocr-pool.js';

// Real tesseract.js workers; the mock only records them so a test can kill one's thread mid-page,
// which is what a wasm abort or an out-of-memory kill does.
const started: Worker[] = [];
vi.mock('tesseract.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('tesseract.js')>();
  return {
    ...real,
    createWorker: async (...args: Parameters<typeof real.createWorker>) => {
      const worker = await real.createWorker(...args);
      started.push(worker);
      return worker;
    },
  };
});

/** The header band (top 900 rows) of a real scan: about a second of OCR. */
function headerBand(image: GrayImage): GrayImage {
  const height = 900;
  return { ...image, height, data: image.data.subarray(0, image.width * height) };
}

async function errorOf(promise: Promise<unknown>): Promise<SohoaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!SohoaError.isInstance(error)) throw new Error(`expected a SohoaError, got ${String(error)}`);
  return error;
}

const bands: Record<string, GrayImage> = {};
let pool: OcrPool | undefined;

beforeAll(async () => {
  for (const page of SAMPLE_PAGES)
    bands[page.name] = headerBand(await makeOcrCopy(await loadPageImage(page.image)));
});
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
});

function band(name: string): GrayImage {
  const image = bands[name];
  if (!image) throw new Error(`no band ${name}`);
  return image;
}

describe('createOcrPool', () => {
  it('reads pages in parallel on two workers, in order, recycling workers after N pages', async () => {
    pool = await createOcrPool({ size: 2, pagesPerWorker: 1 });
    const pages = await Promise.all(['qd47', 'cv299', 'ttr01'].map((name) => pool?.recognize(band(name))));
    expect(pages[0]?.text).toContain('QĐ-UBND');
    expect(pages[1]?.text).toContain('V/v công');
    expect(pages[2]?.text).toContain('TTr-UBND');
    // Two workers for three pages with one page each: the third page needed a fresh worker.
    expect(pool.stats()).toMatchObject({ pages: 3, workersStarted: 3, crashes: 0 });
  });

  it('survives a worker that dies mid-page: the page is retried on a fresh worker, the batch goes on', async () => {
    pool = await createOcrPool({ size: 1 });
    const first = pool.recognize(band('qd47'));
    const second = pool.recognize(band('ttr01'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const victim = started.at(-1) as unknown as { worker: ThreadWorker };
    await victim.worker.terminate();
    expect((await first).text).toContain('QĐ-UBND');
    expect((await second).text).toContain('TTr-UBND');
    expect(pool.stats()).toMatchObject({ pages: 2, crashes: 1, workersStarted: 2 });
  });

  it('fails a page with OCR_WORKER_CRASHED when its retries die too, and reads the next page', async () => {
    pool = await createOcrPool({ size: 1, crashRetries: 0 });
    const doomed = errorOf(pool.recognize(band('qd47')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await (started.at(-1) as unknown as { worker: ThreadWorker }).worker.terminate();
    expect((await doomed).code).toBe('OCR_WORKER_CRASHED');
    expect((await pool.recognize(band('cv299'))).text).toContain('UBND-TTHC');
  });

  it('times a page out with OCR_TIMEOUT, replaces its worker and reads the next page', async () => {
    pool = await createOcrPool({ size: 1 });
    const started = Date.now();
    const error = await errorOf(pool.recognize(band('qd47'), { timeoutMs: 50 }));
    expect(error.code).toBe('OCR_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await pool.recognize(band('qd47'))).text).toContain('QĐ-UBND');
    expect(pool.stats()).toMatchObject({ pages: 1, timeouts: 1, workersStarted: 2 });
  });

  it('cancels an in-flight page and a queued one through their AbortSignals', async () => {
    pool = await createOcrPool({ size: 1 });
    const controller = new AbortController();
    const inFlight = errorOf(pool.recognize(band('qd47'), { signal: controller.signal }));
    const queued = errorOf(pool.recognize(band('cv299'), { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    expect((await inFlight).code).toBe('OCR_ABORTED');
    expect((await queued).code).toBe('OCR_ABORTED');
    expect((await errorOf(pool.recognize(band('qd47'), { signal: controller.signal }))).code).toBe(
      'OCR_ABORTED',
    );
    expect((await pool.recognize(band('ttr01'))).text).toContain('TTr-UBND');
  });

  it('rejects pages after terminate() and pages that were still queued', async () => {
    pool = await createOcrPool({ size: 1 });
    const inFlight = errorOf(pool.recognize(band('qd47')));
    const queued = errorOf(pool.recognize(band('cv299')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pool.terminate();
    expect((await inFlight).code).toBe('OCR_POOL_TERMINATED');
    expect((await queued).code).toBe('OCR_POOL_TERMINATED');
    expect((await errorOf(pool.recognize(band('qd47')))).code).toBe('OCR_POOL_TERMINATED');
  });

  it('rejects a size of 0 with OPTION_INVALID before starting anything', async () => {
    expect((await errorOf(createOcrPool({ size: 0 }))).code).toBe('OPTION_INVALID');
    expect((await errorOf(createOcrPool({ maxOcrDpi: -1 }))).code).toBe('OPTION_INVALID');
  });

  it('reads a page finer than maxOcrDpi from a reduced copy, with boxes in the given page pixels', async () => {
    // The 300 dpi header band doubled to a "600 dpi" scan: reduced back to 300 dpi for the engine.
    const small = band('qd47');
    const width = small.width * 2;
    const height = small.height * 2;
    const data = Buffer.alloc(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        data[y * width + x] = small.data[(y >> 1) * small.width + (x >> 1)] ?? 255;
    pool = await createOcrPool({ size: 1, maxOcrDpi: 300 });
    const reference = await pool.recognize(small);
    const large = await pool.recognize({ data, width, height, dpi: 600 });
    expect(large).toMatchObject({ width, height, dpi: 600 });
    expect(large.text).toBe(reference.text);
    const words = (page: OcrPage) => pageLines(page).flatMap((line) => line.words);
    const [referenceWords, largeWords] = [words(reference), words(large)];
    expect(largeWords.length).toBe(referenceWords.length);
    largeWords.forEach((word, index) => {
      const expected = referenceWords[index]?.box;
      for (const side of ['x0', 'y0', 'x1', 'y1'] as const)
        expect(Math.abs(word.box[side] - 2 * (expected?.[side] ?? 0))).toBeLessThanOrEqual(2);
    });
    const [referenceLine, largeLine] = [pageLines(reference)[0], pageLines(large)[0]];
    expect(largeLine?.rowHeight).toBeCloseTo(2 * (referenceLine?.rowHeight ?? 0), 5);
    expect(largeLine?.baseline.y0).toBeCloseTo(2 * (referenceLine?.baseline.y0 ?? 0), -1);
  });
});
