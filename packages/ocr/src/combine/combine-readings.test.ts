import { describe, expect, it } from 'vitest';
import type { OcrPage, OcrWord } from '../result/ocr-result.js';
import { oneLinePage as page } from './__fixtures__/one-line-page.js';
import { combineReadings } from './combine-readings.js';

describe('combineReadings', () => {
  it('takes the OCR word where the scanner dropped marks or misread them, and says why', () => {
    // real confusions of the archive's scanner layer (left) against sohoa's reading (right)
    const layer = page([
      ['kiêm', 100],
      ['THỤC', 100],
      ['lirọng', 100],
      ['Têt', 100],
      ['chi', 100],
    ]);
    const ocr = page([
      ['kiểm', 96],
      ['THỰC', 90],
      ['lượng', 96],
      ['Tết', 96],
      ['chỉ', 96],
    ]);
    const { page: combined, choices, counts } = combineReadings(layer, ocr);
    expect(combined.text).toBe('kiểm THỰC lượng Tết chỉ');
    expect(counts).toEqual({ layer: 0, ocr: 5, both: 0, dropped: 0 });
    expect(choices[0]).toMatchObject({ text: 'kiểm', rejected: 'kiêm', source: 'ocr' });
    expect(choices[0]?.reason).toContain('hook');
    expect(choices[2]?.reason).toContain('"lirọng" is not a Vietnamese word');
    expect(combined.blocks[0]?.paragraphs[0]?.lines[0]?.words[1]?.box).toEqual(
      layer.blocks[0]?.paragraphs[0]?.lines[0]?.words[1]?.box,
    );
  });

  it('keeps the layer word when the OCR is unsure, changes a real word for a mark the scanner does not drop, or loses a mark', () => {
    const layer = page([
      ['phẩm', 100],
      ['Thu', 100],
      ['Bảng', 100],
      ['PHẢM', 100],
      ['Stt', 100],
      ['Y', 100],
    ]);
    const ocr = page([
      ['phẫm', 40],
      ['Thụ', 95],
      ['Bằng', 86],
      ['PHAM', 91],
      ['Su', 94],
      ['Ý', 90],
    ]);
    const { page: combined, choices } = combineReadings(layer, ocr);
    expect(combined.text).toBe('phẩm Thu Bảng PHẢM Stt Y');
    expect(choices.map((choice) => choice.source)).toEqual([
      'layer',
      'layer',
      'layer',
      'layer',
      'layer',
      'layer',
    ]);
    expect(choices[0]?.reason).toContain('low confidence');
  });

  it('writes a word in capitals when the OCR does and the words around it are in capitals', () => {
    const layer = page([
      ['sở', 100],
      ['Y', 100],
      ['TẾ', 100],
      ['Sở', 100],
    ]);
    const ocr = page([
      ['SỞ', 92],
      ['Y', 95],
      ['TẾ', 95],
      ['SỞ', 90],
    ]);
    // the first word has "Y" after it, the last one "TẾ" before it: both in capitals
    const { page: combined } = combineReadings(layer, ocr);
    expect(combined.text).toBe('SỞ Y TẾ SỞ');
  });

  it('keeps small letters between words in small letters', () => {
    const { page: combined } = combineReadings(
      page([
        ['của', 100],
        ['sở', 100],
        ['y', 100],
      ]),
      page([
        ['của', 96],
        ['SỞ', 90],
        ['y', 96],
      ]),
    );
    expect(combined.text).toBe('của sở y');
  });

  it('pairs words by position only: an OCR word elsewhere on the page changes nothing', () => {
    const { page: combined, counts } = combineReadings(
      page([['kiêm', 100]], 1200),
      page([['kiểm', 96]], 1700),
    );
    expect(combined.text).toBe('kiêm');
    expect(counts.layer).toBe(1);
  });

  it('drops layer marks where the OCR sees nothing, keeps words both read the same', () => {
    const layer = page([
      ['Tết', 100],
      ['■', 100],
      ['j\\^ư^n-', 100],
      ['2010.', 100],
    ]);
    const ocr: OcrPage = page([['Tết', 95]]);
    const words = ocr.blocks[0]?.paragraphs[0]?.lines[0]?.words ?? [];
    words.push({ text: '2010.', confidence: 95, box: { x0: 460, y0: 1200, x1: 560, y1: 1240 } });
    const { page: combined, counts } = combineReadings(layer, ocr);
    expect(combined.text).toBe('Tết 2010.');
    expect(counts).toEqual({ layer: 0, ocr: 0, both: 2, dropped: 2 });
  });

  it('drops a drawn fill-in line (underscores) and keeps what is written on it', () => {
    const layer = page([
      ['đóng', 100],
      ['cửa', 100],
      ['_________', 100],
      ['0_________', 100],
    ]);
    const ocr = page([
      ['đóng', 95],
      ['cửa', 95],
      ['_', 40],
      ['0', 90],
    ]);
    const { page: combined, counts, choices } = combineReadings(layer, ocr);
    expect(combined.text).toBe('đóng cửa 0');
    expect(counts).toEqual({ layer: 0, ocr: 0, both: 3, dropped: 1 });
    expect(choices[2]?.reason).toContain('fill-in line');
  });

  it('drops a mark the layer reads inside a word the OCR read whole, keeps marks the OCR reads', () => {
    /** A one-line page of words at the given x ranges. */
    const placed = (words: [string, number, number][]): OcrPage => {
      const one = page(words.map(([text]) => [text, 95]));
      const line = one.blocks[0]?.paragraphs[0]?.lines[0];
      line?.words.forEach((word: OcrWord, index) => {
        const [, x0, x1] = words[index] ?? ['', 0, 0];
        word.box = { ...word.box, x0, x1 };
      });
      return one;
    };
    const layer = placed([
      ['trong', 100, 200],
      [',', 205, 209], // a speck inside the OCR's "trong"
      ['-', 300, 315], // a dash the OCR reads glued to the next word
      ['Lưu', 330, 420],
      ['*', 500, 520], // a mark the OCR misreads: it stays as the layer has it
    ]);
    const ocr = placed([
      ['trong', 100, 212],
      ['-Lưu', 300, 420],
      ['+', 500, 521],
    ]);
    const { page: combined, counts } = combineReadings(layer, ocr);
    expect(combined.text).toBe('trong - Lưu *');
    expect(counts.dropped).toBe(1);
  });

  it('writes a word capitalised when the OCR does, the layer has it in capitals and no word around it is', () => {
    const { page: combined, choices } = combineReadings(
      page([
        ['VỊ', 100],
        ['Thanh,', 100],
        ['UBND', 100],
        ['tỉnh', 100],
      ]),
      page([
        ['Vị', 93],
        ['Thanh,', 96],
        ['Ubnd', 90],
        ['tỉnh', 96],
      ]),
    );
    // "UBND" is no Vietnamese word: an abbreviation stays in capitals
    expect(combined.text).toBe('Vị Thanh, UBND tỉnh');
    expect(choices[0]?.reason).toContain('capitalised');
  });

  it('puts back a horn the scanner read as an apostrophe when that makes a Vietnamese word', () => {
    const { page: combined } = combineReadings(
      page([
        ["co'", 100],
        ['sỏ’', 100],
        ["VỌ'", 100],
        ["vào'", 100],
      ]),
      page([]),
    );
    // "vàơ" is no word: the quote stays
    expect(combined.text).toBe("cơ sở VỢ vào'");
  });

  it('pairs an OCR word drawn inside the layer word’s box, but takes other letters only from a word covering it', () => {
    const layer = page([
      ['kiêm', 100],
      ['chi.lưu', 100],
    ]);
    const ocr = page([
      ['kiểm', 96],
      ['chỉ', 96],
    ]);
    const [kiem, chi] = ocr.blocks[0]?.paragraphs[0]?.lines[0]?.words ?? [];
    // "kiểm" 40 px wide inside the layer's 100 (intersection over union 0.4); "chỉ" a third of "chi.lưu"
    if (!kiem || !chi) throw new Error('no words');
    kiem.box = { ...kiem.box, x0: 130, x1: 170 };
    chi.box = { ...chi.box, x0: 220, x1: 255 };
    const { page: combined, counts } = combineReadings(layer, ocr);
    expect(combined.text).toBe('kiểm chi.lưu');
    expect(counts).toMatchObject({ ocr: 1, layer: 1 });
  });
});
