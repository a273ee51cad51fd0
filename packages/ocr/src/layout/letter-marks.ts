import type { GrayImage } from '@sohoa/core';
import type { PixelBox } from '../result/ocr-result.js';
import type { PaperLevels } from './paper-levels.js';

/** Ink is a pixel darker than this share of its local paper. */
export const INK_RATIO = 0.75;

/** Tells, in image pixels, which ink is not text (a seal's red): it is taken for paper. */
export type NotText = (x: number, y: number) => boolean;

/**
 * The letter-sized marks in `box`: connected ink (darker than {@link INK_RATIO} of its paper) a
 * quarter to one and a half rows tall and at most two rows wide. A typed or printed letter is
 * one (a tone mark, an i's dot and a speck are too small; a rule, a frame or a photo too large).
 * Ink in `covered` cells (of `paperLevels`' grid) or marked by `notText` is left out.
 */
export function letterMarks(
  image: GrayImage,
  paperLevels: PaperLevels,
  box: PixelBox,
  rowHeight: number,
  covered?: Uint8Array,
  notText?: NotText,
): PixelBox[] {
  const { cell, cellsX, levels: paper } = paperLevels;
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  const ink = new Uint8Array(w * h);
  const column = Int32Array.from({ length: w }, (_, x) => Math.floor((box.x0 + x) / cell));
  for (let y = 0; y < h; y++) {
    const row = Math.floor((box.y0 + y) / cell) * cellsX;
    const pixels = (box.y0 + y) * image.width + box.x0;
    for (let x = 0; x < w; x++) {
      const at = row + (column[x] as number);
      if (covered?.[at]) continue;
      if (
        (image.data[pixels + x] as number) < (paper[at] as number) * INK_RATIO &&
        !notText?.(box.x0 + x, box.y0 + y)
      )
        ink[y * w + x] = 1;
    }
  }
  const marks: PixelBox[] = [];
  const stack: number[] = [];
  const visit = (at: number) => {
    ink[at] = 2;
    stack.push(at);
  };
  for (let start = 0; start < ink.length; start++) {
    if (ink[start] !== 1) continue;
    visit(start);
    let x0 = w;
    let x1 = 0;
    let y0 = h;
    let y1 = 0;
    while (stack.length > 0) {
      const at = stack.pop() as number;
      const x = at % w;
      const y = (at - x) / w;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      if (x > 0 && ink[at - 1] === 1) visit(at - 1);
      if (x < w - 1 && ink[at + 1] === 1) visit(at + 1);
      if (y > 0 && ink[at - w] === 1) visit(at - w);
      if (y < h - 1 && ink[at + w] === 1) visit(at + w);
    }
    const tall = y1 - y0 + 1;
    if (tall >= rowHeight * 0.25 && tall <= rowHeight * 1.5 && x1 - x0 + 1 <= rowHeight * 2)
      marks.push({ x0: box.x0 + x0, y0: box.y0 + y0, x1: box.x0 + x1 + 1, y1: box.y0 + y1 + 1 });
  }
  return marks;
}

/**
 * The most marks standing on one line (their bottoms within a fifth of a row): typed or printed
 * text has many, a signature's strokes few.
 */
export function marksOnOneLine(marks: PixelBox[], rowHeight: number): number {
  const bottoms = marks.map((mark) => mark.y1).sort((a, b) => a - b);
  let best = 0;
  for (let first = 0, last = 0; last < bottoms.length; last++) {
    while ((bottoms[last] as number) - (bottoms[first] as number) > rowHeight * 0.2) first += 1;
    best = Math.max(best, last - first + 1);
  }
  return best;
}
