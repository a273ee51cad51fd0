import { chooseTextLayer, type OcrPage } from '@sohoa/ocr';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { TextLayerInput } from '../writer/text-layer-input.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { readTextLayer } from './read-text-layer.js';

const createdAt = new Date('2025-06-01T08:00:00+07:00');
const WIDTH = 1200;
const HEIGHT = 600;

async function blankPage(): Promise<Uint8Array> {
  return sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
}

/** A 300 dpi page whose invisible layer is `words`, one line, each word at its given x range. */
async function layeredPdf(words: { text: string; x0: number; x1: number }[]): Promise<Uint8Array> {
  const text: TextLayerInput = {
    blocks: [
      {
        paragraphs: [
          {
            lines: [
              {
                baseline: { x0: words[0]?.x0 ?? 0, y0: 300, x1: words.at(-1)?.x1 ?? 0, y1: 300 },
                rowHeight: 50,
                words: words.map(({ text, x0, x1 }) => ({ text, box: { x0, y0: 260, x1, y1: 310 } })),
              },
            ],
          },
        ],
      },
    ],
  };
  const image = { bytes: await blankPage(), format: 'png' as const, width: WIDTH, height: HEIGHT, dpi: 300 };
  return writePdfA([{ image, text }], { title: 'Lớp chữ', createdAt });
}

/** A page of pdf-lib's Helvetica text (WinAnsi, no /ToUnicode), `lines` drawn at (x, y) in points. */
async function helveticaPdf(lines: { text: string; x: number; y: number }[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([WIDTH * 0.24, HEIGHT * 0.24]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const { text, x, y } of lines) page.drawText(text, { x, y, size: 9, font });
  return document.save();
}

/** sohoa's own reading of a page: one line of Vietnamese. */
function sohoaReading(page: { width: number; height: number }): OcrPage {
  const box = { x0: 40, y0: 100, x1: 600, y1: 150 };
  const text = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
  const words = text.split(' ').map((word, index) => ({
    text: word,
    confidence: 90,
    box: { x0: 40 + index * 70, y0: 100, x1: 100 + index * 70, y1: 150 },
  }));
  const line = {
    text,
    box,
    baseline: { x0: 40, y0: 140, x1: 600, y1: 140 },
    rowHeight: 50,
    confidence: 90,
    words,
  };
  return { ...page, dpi: 300, text, confidence: 90, blocks: [{ box, paragraphs: [{ box, lines: [line] }] }] };
}

/** `combine` on a garbage layer writes sohoa's reading alone, with a warning naming the problem: none of the layer's text. */
function expectFallback(
  layer: Awaited<ReturnType<typeof readTextLayer>>[number] | undefined,
  problem: string,
) {
  if (!layer) throw new Error('no page');
  const ocr = sohoaReading(layer);
  const choice = chooseTextLayer('combine', { layer, ocr });
  expect(choice).toMatchObject({ source: 'ocr', page: ocr, counts: { layer: 0, both: 0, ocr: 8 } });
  expect(choice.warnings).toHaveLength(1);
  expect(choice.warnings[0]).toContain(problem);
  expect(choice.warnings[0]).toContain("sohoa's own reading is written instead");
}

const PROSE = [
  'The committee reviewed the annual budget',
  'and approved the plan for the new library',
  'building downtown after a long debate',
];

describe('readTextLayer', () => {
  it('places each word of a layer where it was written, in page pixels', async () => {
    const written = [
      { text: 'CỘNG', x0: 100, x1: 260 },
      { text: 'HÒA', x0: 290, x1: 410 },
      { text: 'Việt', x0: 450, x1: 560 },
    ];
    const [page, ...rest] = await readTextLayer(await layeredPdf(written));
    expect(rest).toHaveLength(0);
    expect(page).toMatchObject({
      pageNumber: 1,
      width: WIDTH,
      height: HEIGHT,
      dpi: 300,
      text: 'CỘNG HÒA Việt',
    });
    expect(page?.check).toEqual({ usable: true, empty: false, problems: [] });
    const line = page?.blocks[0]?.paragraphs[0]?.lines[0];
    expect(line?.words.map((word) => word.text)).toEqual(['CỘNG', 'HÒA', 'Việt']);
    for (const [index, word] of (line?.words ?? []).entries()) {
      expect(Math.abs(word.box.x0 - (written[index]?.x0 ?? 0))).toBeLessThanOrEqual(2);
      expect(Math.abs(word.box.x1 - (written[index]?.x1 ?? 0))).toBeLessThanOrEqual(2);
      // the row spans the written row (ascent to descent of the font around the baseline)
      expect(word.box.y0).toBeLessThanOrEqual(262);
      expect(word.box.y1).toBeGreaterThanOrEqual(305);
      expect(word.confidence).toBe(100);
    }
    expect(line?.baseline.y0).toBeCloseTo(300, 0);
  });

  it('joins a diacritic drawn apart to its letter, expands ligatures, writes NFC', async () => {
    const [page] = await readTextLayer(
      await layeredPdf([
        { text: 'toa', x0: 260, x1: 340 },
        { text: '\u0300', x0: 340, x1: 345 },
        { text: '\uFB01le', x0: 400, x1: 470 },
      ]),
    );
    expect(page?.text).toBe('toà file');
    expect(page?.text).toBe(page?.text.normalize('NFC'));
  });

  it('makes one word of runs drawn touching each other, two of runs a space apart', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([WIDTH * 0.24, HEIGHT * 0.24]);
    const regular = await document.embedFont(StandardFonts.Helvetica);
    const bold = await document.embedFont(StandardFonts.HelveticaBold);
    const size = 12;
    page.drawText('Vi', { x: 20, y: 80, size, font: regular });
    page.drawText('et', { x: 20 + regular.widthOfTextAtSize('Vi', size), y: 80, size, font: bold });
    const next = 20 + regular.widthOfTextAtSize('Vi', size) + bold.widthOfTextAtSize('et', size) + size * 0.3;
    page.drawText('Nam', { x: next, y: 80, size, font: regular });
    const [read] = await readTextLayer(await document.save());
    const words = read?.blocks[0]?.paragraphs[0]?.lines[0]?.words ?? [];
    expect(words.map((word) => word.text)).toEqual(['Viet', 'Nam']);
    expect(words[0]?.box.x0).toBeCloseTo((20 * 300) / 72, -1);
  });

  it('gives an empty, unusable page for a scan without a text layer', async () => {
    const pdf = await writePdfA(
      [{ image: { bytes: await blankPage(), format: 'png', width: WIDTH, height: HEIGHT, dpi: 300 } }],
      { title: 'Không có lớp chữ', createdAt },
    );
    const [page] = await readTextLayer(pdf);
    expect(page).toMatchObject({ text: '', confidence: 0, blocks: [], width: WIDTH, height: HEIGHT });
    expect(page?.check).toEqual({ usable: false, empty: true, problems: [] });
  });

  it('reports a composite font without /ToUnicode', async () => {
    const document = await PDFDocument.load(await layeredPdf([{ text: 'Việt', x0: 100, x1: 200 }]));
    let removed = 0;
    for (const [, object] of document.context.enumerateIndirectObjects()) {
      if (object instanceof PDFDict && object.get(PDFName.of('Subtype')) === PDFName.of('Type0')) {
        object.delete(PDFName.of('ToUnicode'));
        removed++;
      }
    }
    expect(removed).toBe(1);
    const [page] = await readTextLayer(await document.save());
    expect(page?.check.usable).toBe(false);
    expect(page?.check.problems.map((problem) => problem.code)).toContain('missing-unicode-map');
    expectFallback(page, page?.check.problems[0]?.message ?? '?');
  });

  it('reports Vietnamese in TCVN3 read as Latin-1 (mojibake) and gives its words no confidence', async () => {
    const [page] = await readTextLayer(
      await helveticaPdf([
        { text: 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', x: 10, y: 100 },
        { text: '§éc lËp - Tù do - H¹nh phóc', x: 10, y: 80 },
      ]),
    );
    expect(page?.check.usable).toBe(false);
    const problem = page?.check.problems.find((found) => found.code === 'legacy-encoding');
    expect(problem?.message).toContain('page 1');
    expect(problem?.messageVi).toMatch(
      /^trang 1: \d+ trên \d+ chữ lẫn chữ cái với ký hiệu Latin-1 .*tiếng Việt mã cũ/u,
    );
    expect(problem?.count).toBeGreaterThanOrEqual(6);
    expect(
      page?.blocks[0]?.paragraphs[0]?.lines[0]?.words.find((word) => word.text === 'x·')?.confidence,
    ).toBe(0);
    expectFallback(page, 'TCVN3');
  });

  it('leaves out words drawn outside the page and reports them', async () => {
    const [page] = await readTextLayer(
      await helveticaPdf([
        { text: 'So doan thanh tra', x: 10, y: 100 },
        { text: 'o ngoai trang giay', x: -2000, y: 80 },
        { text: 'cung ngoai trang', x: 10, y: 400 },
      ]),
    );
    expect(page?.text).toBe('So doan thanh tra');
    const problem = page?.check.problems.find((found) => found.code === 'text-outside-page');
    expect(problem?.count).toBe(2);
    expect(page?.check.usable).toBe(false);
    expectFallback(page, problem?.message ?? '?');
  });

  it('reports a layer in another language', async () => {
    const [page] = await readTextLayer(
      await helveticaPdf(PROSE.map((text, index) => ({ text, x: 2, y: 120 - index * 20 }))),
    );
    expect(page?.check.problems.map((problem) => problem.code)).toEqual(['not-vietnamese']);
    expect(page?.check.usable).toBe(false);
    expectFallback(page, page?.check.problems[0]?.message ?? '?');
  });

  it('refuses bytes that are not a PDF with INPUT_UNREADABLE', async () => {
    await expect(readTextLayer(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
    await expect(readTextLayer('/nonexistent/scan.pdf')).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});
