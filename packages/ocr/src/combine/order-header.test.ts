import { describe, expect, it } from 'vitest';
import type { OcrLine, OcrPage } from '../result/ocr-result.js';
import { orderHeader } from './order-header.js';

/** A line of words at `y`, each `[text, x0]`, 100 px wide, row height 40. */
function line(y: number, words: [string, number][]): OcrLine {
  const placed = words.map(([text, x0]) => ({
    text,
    confidence: 100,
    box: { x0, y0: y, x1: x0 + 100, y1: y + 40 },
  }));
  const box = { x0: words[0]?.[1] ?? 0, y0: y, x1: (words.at(-1)?.[1] ?? 0) + 100, y1: y + 40 };
  return {
    text: words.map(([text]) => text).join(' '),
    box,
    baseline: { x0: box.x0, y0: y + 32, x1: box.x1, y1: y + 32 },
    rowHeight: 40,
    confidence: 100,
    words: placed,
  };
}

function page(lines: OcrLine[]): OcrPage {
  const box = { x0: 0, y0: 0, x1: 2400, y1: 3500 };
  return {
    width: 2400,
    height: 3500,
    dpi: 300,
    text: lines.map((one) => one.text).join('\n'),
    confidence: 100,
    blocks: [{ box, paragraphs: [{ box, lines }] }],
  };
}

describe('orderHeader', () => {
  it('reads the two-column header at the top of the page left column first, the body as it is', () => {
    const read = orderHeader(
      page([
        line(200, [
          ['SỞ', 200],
          ['Y', 310],
          ['TẾ', 420],
          ['CỘNG', 1200],
          ['HÒA', 1310],
        ]),
        line(260, [
          ['CHI', 200],
          ['CỤC', 310],
          ['Độc', 1200],
          ['lập', 1310],
        ]),
        line(1500, [
          ['Căn', 300],
          ['cứ', 410],
        ]),
      ]),
    );
    expect(read.text).toBe('SỞ Y TẾ\nCHI CỤC\n\nCỘNG HÒA\nĐộc lập\n\nCăn cứ');
  });

  it('splits a header line whose wide left part leaves only a narrow gap, where the other lines put the gutter', () => {
    const header = [
      line(200, [
        ['SỞ', 200],
        ['HẬU', 310],
        ['GIANG', 420],
        ['CỘNG', 580], // 60 px after GIANG: 1.5 rows, across the gutter the other lines leave
        ['HÒA', 690],
      ]),
      line(260, [
        ['CHI', 200],
        ['CỤC', 310],
        ['Độc', 700],
        ['lập', 810],
      ]),
      line(320, [
        ['Số:', 200],
        ['31', 310],
        ['Vị', 680],
        ['Thanh', 790],
      ]),
    ];
    expect(orderHeader(page(header)).text).toBe(
      'SỞ HẬU GIANG\nCHI CỤC\nSố: 31\n\nCỘNG HÒA\nĐộc lập\nVị Thanh',
    );
    // Without a line that splits clearly there is no gutter: a 1.5-row gap is a space in a line.
    expect(orderHeader(page(header.slice(0, 1))).text).toBe('SỞ HẬU GIANG CỘNG HÒA');
  });

  it('leaves a page whose top is a table (lines with two column gaps) as it is', () => {
    const table = page([
      line(200, [
        ['Stt', 200],
        ['Nội', 700],
        ['dung', 810],
        ['Số', 1500],
        ['mẫu', 1610],
      ]),
      line(260, [
        ['1', 200],
        ['Kết', 700],
        ['quả', 810],
        ['04', 1500],
      ]),
    ]);
    expect(orderHeader(table)).toBe(table);
  });
});
