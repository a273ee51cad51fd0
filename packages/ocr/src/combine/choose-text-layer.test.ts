import { describe, expect, it } from 'vitest';
import { oneLinePage } from './__fixtures__/one-line-page.js';
import { chooseTextLayer, type ExistingTextLayer } from './choose-text-layer.js';
import { textLayerRecord } from './text-layer-record.js';

const ocr = oneLinePage([
  ['Kiểm', 96],
  ['tra', 95],
  ['chất', 94],
  ['lượng', 96],
]);
const usable = { usable: true, empty: false, problems: [] };
const scanner: ExistingTextLayer = {
  ...oneLinePage([
    ['Kiêm', 100],
    ['tra', 100],
    ['chất', 100],
    ['lirọng', 100],
  ]),
  check: usable,
};
/** A TCVN3 layer read as Latin-1, as `readTextLayer` reports it. */
const mojibake: ExistingTextLayer = {
  ...oneLinePage([
    ['KiÓm', 0],
    ['tra', 100],
    ['chÊt', 0],
    ['l−îng', 0],
  ]),
  check: {
    usable: false,
    empty: false,
    problems: [
      {
        code: 'legacy-encoding',
        message: '3 words hold TCVN3/VNI letters read as Latin-1 (e.g. "KiÓm")',
        messageVi: '3 chữ là chữ TCVN3/VNI bị đọc như Latin-1 (ví dụ "KiÓm")',
      },
    ],
  },
};
const empty: ExistingTextLayer = {
  ...oneLinePage([]),
  check: { usable: true, empty: true, problems: [] },
};

describe('chooseTextLayer', () => {
  it('combines a usable scanner layer with sohoa’s reading', () => {
    const choice = chooseTextLayer('combine', { layer: scanner, ocr });
    expect(choice).toMatchObject({ source: 'combined', warnings: [] });
    expect(choice.page?.text).toBe('Kiểm tra chất lượng');
    expect(choice.counts).toEqual({ layer: 0, ocr: 2, both: 2, dropped: 0 });
    // the words not written as the layer has them, each with the layer's word and why
    expect(choice.changes.map(({ text, rejected, source }) => ({ text, rejected, source }))).toEqual([
      { text: 'Kiểm', rejected: 'Kiêm', source: 'ocr' },
      { text: 'lượng', rejected: 'lirọng', source: 'ocr' },
    ]);
    for (const change of choice.changes) expect(change.reason.length).toBeGreaterThan(20);
  });

  it('falls back to sohoa’s reading with a warning when the layer is garbage, never mixing in mojibake', () => {
    const choice = chooseTextLayer('combine', { layer: mojibake, ocr });
    expect(choice.source).toBe('ocr');
    expect(choice.page?.text).toBe('Kiểm tra chất lượng');
    expect(choice.counts).toEqual({ layer: 0, ocr: 4, both: 0, dropped: 0 });
    expect(choice.warnings).toEqual([
      'the existing text layer is not usable (3 words hold TCVN3/VNI letters read as Latin-1 (e.g. "KiÓm")); sohoa\'s own reading is written instead',
    ]);
  });

  it('writes sohoa’s reading on a page without a layer, without a warning', () => {
    for (const layer of [empty, undefined]) {
      expect(chooseTextLayer('combine', { layer, ocr })).toMatchObject({
        source: 'ocr',
        warnings: [],
        page: ocr,
      });
    }
  });

  it('replace takes sohoa’s reading; keep leaves the layer (a garbage one with a warning) and needs no OCR', () => {
    expect(chooseTextLayer('replace', { layer: scanner, ocr })).toMatchObject({ source: 'ocr', page: ocr });
    expect(chooseTextLayer('keep', { layer: scanner })).toMatchObject({
      source: 'layer',
      page: undefined,
      counts: { layer: 4, ocr: 0, both: 0, dropped: 0 },
      warnings: [],
    });
    expect(chooseTextLayer('keep', { layer: mojibake }).warnings[0]).toContain('kept as asked');
    expect(chooseTextLayer('keep', { layer: mojibake }).warningsVi).toEqual([
      'lớp chữ sẵn có không dùng được (3 chữ là chữ TCVN3/VNI bị đọc như Latin-1 (ví dụ "KiÓm")); vẫn giữ theo yêu cầu',
    ]);
    expect(chooseTextLayer('keep', { layer: empty }).source).toBe('none');
  });

  it('refuses combine or replace without sohoa’s reading', () => {
    expect(() => chooseTextLayer('combine', { layer: scanner })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('textLayerRecord', () => {
  it('sums the pages’ sources and says it in one PREMIS detail, with the engine and model', () => {
    const choices = [
      chooseTextLayer('combine', { layer: scanner, ocr }),
      chooseTextLayer('combine', { layer: mojibake, ocr }),
    ];
    const record = textLayerRecord('combine', choices, {
      engine: { name: 'tesseract.js (@sohoa/ocr)', version: '0.1.0' },
      model: { name: 'vie.traineddata', sha256: 'ABC123' },
    });
    expect(record.counts).toEqual({ layer: 0, ocr: 6, both: 2, dropped: 0 });
    expect(record.pagesBySource).toEqual({ combined: 1, ocr: 1, layer: 0, none: 0 });
    expect(record.pages.map((page) => page.changes.map((change) => change.text))).toEqual([
      ['Kiểm', 'lượng'],
      [],
    ]);
    expect(record.warnings).toHaveLength(1);
    expect(record.warnings[0]).toMatch(/^page 2: the existing text layer is not usable/);
    expect(record.warningsVi).toEqual([
      'trang 2: lớp chữ sẵn có không dùng được (3 chữ là chữ TCVN3/VNI bị đọc như Latin-1 (ví dụ "KiÓm")); ghi kết quả đọc của sohoa thay vào',
    ]);
    expect(record.detail).toBe(
      "Lớp chữ ẩn: kết hợp lớp chữ của máy quét với OCR của sohoa (text layer: combine; words: 0 from the scanner's layer, 6 from sohoa's OCR, 2 read alike by both, 0 dropped; 1 page(s) from sohoa's reading alone; OCR tesseract.js (@sohoa/ocr) 0.1.0, vie.traineddata (SHA-256 ABC123))",
    );
    // For people, each language alone.
    expect(record.summary.en).toBe(
      "text layer: combine; words: 0 from the scanner's layer, 6 from sohoa's OCR, 2 read alike by both, 0 dropped; 1 page(s) from sohoa's reading alone; OCR tesseract.js (@sohoa/ocr) 0.1.0, vie.traineddata (SHA-256 ABC123)",
    );
    expect(record.summary.vi).toBe(
      'lớp chữ ẩn: kết hợp lớp chữ của máy quét với OCR của sohoa; số chữ: 0 từ lớp chữ của máy quét, 6 từ OCR của sohoa, 2 hai bên đọc giống nhau, 0 bị bỏ; 1 trang chỉ theo kết quả đọc của sohoa; OCR tesseract.js (@sohoa/ocr) 0.1.0, vie.traineddata (SHA-256 ABC123)',
    );
    expect(record.summary.vi).not.toMatch(/words|page\(s\)|scanner/);
    expect(textLayerRecord('keep', [chooseTextLayer('keep', { layer: scanner })]).software).toBeUndefined();
  });
});
