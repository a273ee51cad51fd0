import type { GrayImage } from '@sohoa/core';
import type { Page } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import type { OcrLine, OcrPage, PixelBox } from '../result/ocr-result.js';
import { rereadLowConfidenceLines } from './reread-low-confidence-lines.js';

const WIDTH = 600;
const HEIGHT = 200;

/** A white page (the engine's copy, half the page's size) with a black bar under each box (in engine pixels). */
function engineImage(bars: PixelBox[]): GrayImage {
  const data = Buffer.alloc(WIDTH * HEIGHT, 255);
  for (const bar of bars)
    for (let y = bar.y0; y < bar.y1; y++) data.fill(0, y * WIDTH + bar.x0, y * WIDTH + bar.x1);
  return { data, width: WIDTH, height: HEIGHT, dpi: 150 };
}

function line(text: string, confidence: number, box: PixelBox): OcrLine {
  const words = text.split(' ').map((word) => ({ text: word, confidence, box }));
  return {
    text,
    box,
    baseline: { ...box, y0: box.y1, x1: box.x1 },
    rowHeight: box.y1 - box.y0,
    confidence,
    words,
  };
}

/** The page at twice the engine's size (scale 2), one line per paragraph. */
function page(lines: OcrLine[]): OcrPage {
  const box = { x0: 0, y0: 0, x1: WIDTH * 2, y1: HEIGHT * 2 };
  return {
    width: WIDTH * 2,
    height: HEIGHT * 2,
    dpi: 300,
    text: lines.map((found) => found.text).join('\n'),
    confidence: 80,
    blocks: [{ box, paragraphs: lines.map((found) => ({ box: found.box, lines: [found] })) }],
  };
}

/** What tesseract.js gives for a cut-out line read as `words` (boxes in the cut-out's pixels). */
function engineLine(words: { text: string; confidence: number; bbox: PixelBox }[]): Page {
  const bbox = { x0: 0, y0: 0, x1: 100, y1: 20 };
  const baseline = { ...bbox, has_baseline: true };
  return {
    blocks: [{ bbox, paragraphs: [{ bbox, lines: [{ bbox, baseline, confidence: 90, words }] }] }],
  } as unknown as Page;
}

describe('rereadLowConfidenceLines', () => {
  it('reads again each doubtful line with letters, cut out with its margin, and keeps the more confident reading', async () => {
    const sure = line('CỘNG HÒA', 97, { x0: 100, y0: 40, x1: 500, y1: 80 });
    const doubtful = line('Vi phani', 70, { x0: 100, y0: 160, x1: 600, y1: 200 });
    const marks = line('— —', 40, { x0: 100, y0: 260, x1: 300, y1: 300 });
    const worse = line('kiểm tra', 80, { x0: 700, y0: 160, x1: 1000, y1: 200 });
    const image = engineImage([{ x0: 50, y0: 80, x1: 300, y1: 100 }]);
    const cutOuts: GrayImage[] = [];
    const read = await rereadLowConfidenceLines(
      page([sure, doubtful, marks, worse]),
      image,
      { x: 2, y: 2 },
      async (cut) => {
        cutOuts.push(cut);
        return cutOuts.length === 1
          ? engineLine([
              { text: 'Vi', confidence: 91, bbox: { x0: 8, y0: 8, x1: 40, y1: 28 } },
              { text: 'phạm', confidence: 89, bbox: { x0: 48, y0: 8, x1: 150, y1: 28 } },
            ])
          : engineLine([{ text: 'kiếm tra', confidence: 60, bbox: { x0: 8, y0: 8, x1: 150, y1: 28 } }]);
      },
    );
    // the doubtful line (engine pixels 50–300 × 80–100) with a margin of 8, and the less confident line
    expect(cutOuts).toHaveLength(2);
    expect(cutOuts[0]).toMatchObject({ width: 266, height: 36, dpi: 150 });
    expect(cutOuts[0]?.data[8 * 266 + 8]).toBe(0); // the bar starts at the margin
    expect(cutOuts[0]?.data[7 * 266 + 8]).toBe(255);
    const lines = read.blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
    expect(lines.map((found) => found.text)).toEqual(['CỘNG HÒA', 'Vi phạm', '— —', 'kiểm tra']);
    // new words placed on the page: (cut-out origin 42, 72 + their box) × 2
    expect(lines[1]?.words[1]).toEqual({
      text: 'phạm',
      confidence: 89,
      box: { x0: 180, y0: 160, x1: 384, y1: 200 },
    });
    expect(lines[1]?.confidence).toBe(90);
    expect(read.text).toBe('CỘNG HÒA\nVi phạm\n— —\nkiểm tra');
  });

  it('returns the page as it was when no line is doubtful', async () => {
    const original = page([line('Độc lập', 96, { x0: 100, y0: 40, x1: 500, y1: 80 })]);
    let calls = 0;
    const read = await rereadLowConfidenceLines(original, engineImage([]), { x: 2, y: 2 }, async () => {
      calls++;
      return engineLine([]);
    });
    expect(read).toBe(original);
    expect(calls).toBe(0);
  });
});
