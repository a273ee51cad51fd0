import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate, SohoaError } from '@sohoa/base';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import type { OcrEngine } from '../pool/create-ocr-pool.js';
import { pageLines } from '../result/page-lines.js';
import { createOcrEngine } from './create-ocr-engine.js';

describe('createOcrEngine', () => {
  let engine: OcrEngine;
  beforeAll(async () => {
    engine = await createOcrEngine();
  });
  afterAll(async () => {
    await engine?.terminate();
  });

  it('reads a real 300 dpi scan into NFC words with boxes and line baselines', async () => {
    const sample = SAMPLE_PAGES.find((page) => page.name === 'qd47');
    if (!sample) throw new Error('fixture missing');
    const image = await makeOcrCopy(await loadPageImage(sample.image));
    const page = await engine.recognize(image);

    expect(page.text).toBe(page.text.normalize('NFC'));
    expect(page.text).toContain('QUYẾT ĐỊNH');
    expect(page.text).toContain('/QĐ-UBND');
    // Measured 0.047 with tesseract.js 7 and the best_int model; the bound leaves room for engine updates.
    expect(characterErrorRate(sample.groundTruth, page.text)).toBeLessThan(0.08);

    const lines = pageLines(page);
    expect(lines.length).toBeGreaterThan(25);
    for (const line of lines) {
      expect(line.baseline.x1).toBeGreaterThan(line.baseline.x0);
      // The baseline lies inside the line's box (allowing a pixel for rounding).
      expect(line.baseline.y0).toBeGreaterThanOrEqual(line.box.y0 - 1);
      expect(line.baseline.y0).toBeLessThanOrEqual(line.box.y1 + 1);
      for (const word of line.words) {
        expect(word.text.trim()).toBe(word.text);
        expect(word.box.x1).toBeGreaterThan(word.box.x0);
        expect(word.box.x1).toBeLessThanOrEqual(page.width);
        expect(word.confidence).toBeGreaterThanOrEqual(0);
        expect(word.confidence).toBeLessThanOrEqual(100);
      }
    }
  });

  it('writes no cache or model file into the working folder', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ocr-cwd-'));
    const previous = process.cwd();
    process.chdir(folder);
    try {
      const second = await createOcrEngine();
      await second.terminate();
      expect(await readdir(folder)).toEqual([]);
    } finally {
      process.chdir(previous);
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('missing language data', () => {
  it('fails promptly with OCR_LANGUAGE_DATA_MISSING', async () => {
    const started = Date.now();
    const error = await createOcrEngine({ languageDataPath: '/nonexistent/tessdata' }).catch(
      (e: unknown) => e,
    );
    expect(SohoaError.isInstance(error)).toBe(true);
    expect((error as SohoaError).code).toBe('OCR_LANGUAGE_DATA_MISSING');
    expect((error as SohoaError).message).toContain('npm install @tesseract.js-data/vie');
    expect((error as SohoaError).describe('vi')).toMatch(
      /^Thiếu mô hình OCR cho "vie": không tìm thấy ".*vie\.traineddata\.gz"\. Cách khắc phục: Cài mô hình bằng lệnh `npm install @tesseract\.js-data\/vie`/,
    );
    // Checked before any worker starts; tesseract.js's own fallback, a CDN download, would hang offline.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
