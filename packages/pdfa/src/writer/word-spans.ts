/** A word's horizontal extent on its line, in image pixels. */
export interface WordSpan {
  x0: number;
  x1: number;
}

/**
 * Horizontal extents for the words of one line that never touch: OCR engines often give a
 * hyphen or a quote a box that overlaps the word before it, and viewers (pdftotext, pdf.js) then
 * join the two words. Where two boxes are closer than `minGap`, the left word's right edge is
 * pulled in (keeping at least half its width), and if that is not enough the right word's left
 * edge is pushed out. Boxes that are far enough apart are kept exactly.
 */
export function separateWords(boxes: ReadonlyArray<WordSpan>, minGap: number): WordSpan[] {
  const spans = boxes.map((box) => ({ x0: box.x0, x1: box.x1 }));
  for (let index = 0; index + 1 < spans.length; index++) {
    const left = spans[index] as WordSpan;
    const right = spans[index + 1] as WordSpan;
    if (right.x0 - left.x1 >= minGap) continue;
    const original = boxes[index] as WordSpan;
    left.x1 = Math.max(original.x0 + (original.x1 - original.x0) / 2, right.x0 - minGap);
    if (right.x0 - left.x1 < minGap) right.x0 = left.x1 + minGap;
    right.x1 = Math.max(right.x1, right.x0 + 1);
  }
  return spans;
}
