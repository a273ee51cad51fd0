import type { GrayImage } from '@sohoa/core';
import type { PixelBox } from '../result/ocr-result.js';
import { letterMarks, type NotText } from './letter-marks.js';
import type { PaperLevels } from './paper-levels.js';

/** A mark belongs to a text line when this many other marks stand on its line near it. */
const NEIGHBOURS = 3;
/** How far, in row heights, a neighbour on the same line may be. */
const REACH = 3;

/**
 * The letter-sized marks of a whole page ({@link letterMarks}) that stand in lines of text: at
 * least three other marks on the same line (bottoms within a fifth of a row) within three rows
 * of it. About one a letter on a typed or printed page; a signature, a speck, a seal's ring
 * (without `notText`, a few dozen) add little.
 */
export function textMarks(
  image: GrayImage,
  paperLevels: PaperLevels,
  rowHeight: number,
  notText?: NotText,
): PixelBox[] {
  const whole = { x0: 0, y0: 0, x1: image.width, y1: image.height };
  const marks = letterMarks(image, paperLevels, whole, rowHeight, undefined, notText).sort(
    (a, b) => a.y1 - b.y1,
  );
  const line = rowHeight * 0.2;
  const reach = rowHeight * REACH;
  const kept: PixelBox[] = [];
  for (let at = 0, first = 0; at < marks.length; at++) {
    const mark = marks[at] as PixelBox;
    while (mark.y1 - (marks[first] as PixelBox).y1 > line) first += 1;
    let near = 0;
    for (let other = first; other < marks.length && near < NEIGHBOURS; other++) {
      const candidate = marks[other] as PixelBox;
      if (candidate.y1 - mark.y1 > line) break;
      if (other !== at && Math.abs(candidate.x0 + candidate.x1 - mark.x0 - mark.x1) / 2 <= reach) near += 1;
    }
    if (near >= NEIGHBOURS) kept.push(mark);
  }
  return kept;
}
