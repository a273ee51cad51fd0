import type { OcrLine, OcrPage, OcrWord } from '../../result/ocr-result.js';

/** A one-line page (below its header zone): each word 100 px wide with a 20 px gap, at the given confidences. */
export function oneLinePage(words: [string, number][], y = 1200): OcrPage {
  const placed: OcrWord[] = words.map(([text, confidence], index) => ({
    text,
    confidence,
    box: { x0: 100 + index * 120, y0: y, x1: 200 + index * 120, y1: y + 40 },
  }));
  const box = { x0: 100, y0: y, x1: 100 + words.length * 120, y1: y + 40 };
  const line: OcrLine = {
    text: words.map(([text]) => text).join(' '),
    box,
    baseline: { x0: box.x0, y0: y + 32, x1: box.x1, y1: y + 32 },
    rowHeight: 40,
    confidence: 90,
    words: placed,
  };
  return {
    width: 2000,
    height: 3000,
    dpi: 300,
    text: line.text,
    confidence: 90,
    blocks: [{ box, paragraphs: [{ box, lines: [line] }] }],
  };
}
