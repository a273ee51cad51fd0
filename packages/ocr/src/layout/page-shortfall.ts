import type { GrayImage } from '@sohoa/core';
import type { PixelBox } from '../result/ocr-result.js';
import type { ReadLine } from './find-unread-ink.js';
import type { NotText } from './letter-marks.js';
import type { PaperLevels } from './paper-levels.js';
import { textMarks } from './text-marks.js';

/**
 * A page is short of text when fewer letters were read than this share of its text marks. Read
 * letters per mark measured 1.11–1.16 on the five real modern scans and 0.98–1.35 on the
 * old-document set (the true text: 0.99–1.42), so half is far below any of them.
 */
const SHORT_SHARE = 0.5;
/** A page with fewer text marks than this (a cover, a signature page) is not judged. */
const MIN_MARKS = 100;
/** Nor one whose shortfall is fewer letters than this. */
const MIN_SHORTFALL = 50;

/** A page whose letters read fall far below what its ink suggests; see {@link findPageShortfall}. */
export interface PageShortfall {
  /** Where the ink no word covers lies (or, when words cover it all, the page's text). */
  box: PixelBox;
  /** About how many letters the page's ink holds: its letter-sized marks standing in lines. */
  inkLetters: number;
  /** How many letters and digits were read. */
  readLetters: number;
}

/**
 * The page-level check of the second look: the letters read on a page against an estimate of
 * the letters its ink holds ({@link textMarks}: the letter-sized marks standing in lines, about
 * one a letter). A page read in full has 1–1.4 letters for each mark; one where fewer than half
 * as many letters as marks were read lost text the region and line checks did not box (many
 * short lines each too short to count as text alone, a table's cells, garbage read in place of
 * faint words). Marks inside `reported` boxes (already "text may be missing here") are left out.
 * Returns undefined when the page is not short, or holds fewer than 100 text marks.
 *
 * @param lines the recognised lines, in `image` pixels
 * @param notText ink that is not text (a seal's red), taken for paper
 *
 * @example
 * ```ts
 * const short = findPageShortfall(gray, measurePaper(gray), 54, readLines, []);
 * if (short) console.log(`${short.readLetters} letters read, the ink holds about ${short.inkLetters}`);
 * ```
 */
export function findPageShortfall(
  image: GrayImage,
  paperLevels: PaperLevels,
  rowHeight: number,
  lines: ReadLine[],
  reported: PixelBox[],
  notText?: NotText,
): PageShortfall | undefined {
  const centre = (mark: PixelBox, box: PixelBox, margin: number) => {
    const x = (mark.x0 + mark.x1) / 2;
    const y = (mark.y0 + mark.y1) / 2;
    return x >= box.x0 - margin && x < box.x1 + margin && y >= box.y0 - margin && y < box.y1 + margin;
  };
  const marks = textMarks(image, paperLevels, rowHeight, notText).filter(
    (mark) => !reported.some((box) => centre(mark, box, 0)),
  );
  const readLetters = lines.reduce((sum, line) => sum + line.letters, 0);
  if (marks.length < MIN_MARKS || readLetters >= marks.length * SHORT_SHARE) return undefined;
  if (marks.length - readLetters < MIN_SHORTFALL) return undefined;
  const margin = rowHeight * 0.2;
  const words = lines.flatMap((line) => line.words);
  const unread = marks.filter((mark) => !words.some((word) => centre(mark, word, margin)));
  return {
    box: boundingBox(unread.length >= marks.length * 0.1 ? unread : marks),
    inkLetters: marks.length,
    readLetters,
  };
}

function boundingBox(boxes: PixelBox[]): PixelBox {
  return boxes.reduce((all, box) => ({
    x0: Math.min(all.x0, box.x0),
    y0: Math.min(all.y0, box.y0),
    x1: Math.max(all.x1, box.x1),
    y1: Math.max(all.y1, box.y1),
  }));
}
