import { readFile } from 'node:fs/promises';
import { characterErrorRate, orderFreeWordError } from '@sohoa/base';
import { combineReadings, type OcrPage } from '@sohoa/ocr';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../fixtures/index.js';
import { readTextLayer } from './read-text-layer.js';

/** The archive's scanner PDFs (MRC pages with the scanner's Vietnamese OCR layer) and their answer key. */
const PDFS = `${REPO_ROOT}fixtures/data/pdfs/001.03.08.H30.81.2024.K4.01.01`;
const answerKey = (document: string, page: number) => readFile(`${PDFS}.${document}.p${page}.gt.txt`, 'utf8');
/** sohoa's reading of 011 page 1 (default pool on the page rendered by openScannedPdf), recorded by bench/record-scanner-ocr.ts. */
const RECORDED_OCR = new URL('../../test/fixtures/scanner-011-p1.sohoa-ocr.json', import.meta.url);

describe('readTextLayer on the archive scanner PDFs', () => {
  it('reads the landscape page as words with boxes over the printed words', async () => {
    const [page, ...rest] = await readTextLayer(`${PDFS}.010.pdf`);
    expect(rest).toHaveLength(0);
    expect(page).toMatchObject({ width: 3554, height: 2479, dpi: 300 });
    expect(page?.check).toEqual({ usable: true, empty: false, problems: [] });
    const lines =
      page?.blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines)) ?? [];
    expect(lines[0]?.text).toBe('SỞ Y TẾ HẬU GIANG');
    // "SỞ Y TẾ HẬU GIANG" is printed at x 362–848, y 235–275 of the 300 dpi page
    expect(lines[0]?.box.x0).toBeGreaterThan(350);
    expect(lines[0]?.box.x1).toBeLessThan(860);
    expect(lines[0]?.baseline.y0).toBeGreaterThan(260);
    expect(lines[0]?.baseline.y0).toBeLessThan(280);
    // the layer's text is the scanner's, word for word: same figures against the answer key as pdf.js's text
    const key = await answerKey('010', 1);
    expect(characterErrorRate(key, page?.text ?? '')).toBeCloseTo(0.053, 3);
    for (const line of lines) for (const word of line.words) expect(word.box.x1).toBeLessThanOrEqual(3554);
  });

  it('reads the four portrait pages, every layer usable, NFC', async () => {
    const pages = await readTextLayer(`${PDFS}.011.pdf`);
    expect(pages.map((page) => [page.width, page.height, page.check.usable])).toEqual([
      [2475, 3554, true],
      [2475, 3554, true],
      [2471, 3550, true],
      [2471, 3546, true],
    ]);
    for (const page of pages) expect(page.text).toBe(page.text.normalize('NFC'));
    // the scanner's words as it wrote them (one pdf.js run per word): nothing split or joined
    const errors = await Promise.all(
      pages.map(async (page) => characterErrorRate(await answerKey('011', page.pageNumber), page.text)),
    );
    expect(errors.map((error) => error.toFixed(4))).toEqual(['0.0624', '0.0373', '0.0204', '0.0567']);
  });

  it('combined with sohoa OCR of the same page, beats the scanner layer against the answer key', async () => {
    const [layer] = await readTextLayer(`${PDFS}.011.pdf`);
    const ocr = JSON.parse(await readFile(RECORDED_OCR, 'utf8')) as OcrPage;
    if (!layer) throw new Error('no page');
    const { page, counts, choices } = combineReadings(layer, ocr);
    const key = await answerKey('011', 1);
    expect(characterErrorRate(key, page.text)).toBeLessThan(0.8 * characterErrorRate(key, layer.text));
    expect(orderFreeWordError(key, page.text)).toBeLessThan(0.8 * orderFreeWordError(key, layer.text));
    expect(counts.ocr).toBeGreaterThan(5);
    // The header's left column first, though its first line leaves a narrow gap before the motto.
    expect(page.text).toMatch(/^SỞ Y TẾ HẬU GIANG\nCHI CỤC AN TOÀN\n/);
    expect(choices.find((choice) => choice.rejected === 'lirọng')).toMatchObject({
      text: 'lượng',
      source: 'ocr',
    });
  });
});
