import type { Bilingual } from '@sohoa/base';
import type { Correction } from '../correction/correct-page.js';

/** A rectangle in image pixels, origin at the top-left corner, `x1`/`y1` exclusive. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A line's baseline in image pixels, from its left end (`x0`, `y0`) to its right end (`x1`, `y1`). */
export interface Baseline {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognized word. */
export interface OcrWord {
  /** The word as printed, Unicode NFC. */
  text: string;
  /** Where the word is on the page. */
  box: PixelBox;
  /** The engine's confidence, 0–100. */
  confidence: number;
}

/** One line of text. */
export interface OcrLine {
  /** The line's words joined by single spaces, NFC. */
  text: string;
  box: PixelBox;
  /** Where the letters sit; word boxes' bottoms are not a baseline (descenders, tone marks). */
  baseline: Baseline;
  /** Height of the text row in pixels (x-height plus ascenders and descenders), as the engine measured it. */
  rowHeight: number;
  /** The engine's confidence, 0–100. */
  confidence: number;
  words: OcrWord[];
}

/** A paragraph: lines the engine grouped together. */
export interface OcrParagraph {
  box: PixelBox;
  lines: OcrLine[];
}

/** A block of text: a column, a header cell, a table region. */
export interface OcrBlock {
  box: PixelBox;
  paragraphs: OcrParagraph[];
}

/**
 * What kind of check found text that may be missing:
 * - `region`: ink like text where no line was recognised, even on a second reading of the region alone;
 * - `line`: part of a recognised line that none of its words covers (a line read only in part);
 * - `page`: the page as a whole: far fewer letters read than its ink holds.
 */
export type MissingTextKind = 'region' | 'line' | 'page';

/**
 * A region of a page whose ink looks like text but where no word was read, even on a second
 * reading of the region alone (a line under a dark band, strokes too faint for the engine):
 * "text may be missing here". Reports and archivists check these by eye.
 */
export interface MissingText {
  /** The region, in page pixels. */
  box: PixelBox;
  /** Which check found it. */
  kind: MissingTextKind;
  /** Why it is reported, in one sentence, in English (`messages.en`). */
  message: string;
  /** Why it is reported, in Vietnamese and English: print the user's language. */
  messages: Bilingual;
  /** With `kind: 'page'`: about how many letters the page's ink holds, and how many were read. */
  letters?: { ink: number; read: number };
}

/**
 * What OCR read on one page: the text in reading order, and its layout down to words, in the
 * page's pixel coordinates (which map one to one onto the archival image).
 */
export interface OcrPage {
  /** Page width in pixels. */
  width: number;
  /** Page height in pixels. */
  height: number;
  /** Resolution in dots per inch, used to convert boxes to PDF points (`px × 72 / dpi`). */
  dpi: number;
  /** The page's text: words joined by spaces, lines by `\n`, blocks by a blank line. NFC. */
  text: string;
  /** Mean word confidence, 0–100 (0 when no word was found). */
  confidence: number;
  blocks: OcrBlock[];
  /** The changes post-correction made (see `correctPage`); absent when it was switched off. */
  corrections?: Correction[];
  /**
   * Where text may be missing: regions where ink looks like text but no word was read, even on
   * a second reading; parts of lines read in no word; the page, when far fewer letters were
   * read than its ink holds. Absent when there is none (or the second look is switched off:
   * `rereadUnreadInk: false`).
   */
  missingText?: MissingText[];
}
