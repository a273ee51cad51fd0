/**
 * The page's orientation in quarter turns, with the same sign convention as skew: the angle in
 * degrees by which the content is rotated counter-clockwise on the page, so rotating the image
 * clockwise by it makes the page upright. A page scanned upside down is `180`; one whose lines
 * run bottom to top is `90`.
 */
export type QuarterTurn = 0 | 90 | 180 | 270;

/** What {@link detectOrientation} or an orientation detector found. */
export interface PageOrientation {
  /** Counter-clockwise quarter turns of the content; see {@link QuarterTurn}. */
  angle: QuarterTurn;
  /** From 0 (a guess) to 1 (certain). */
  confidence: number;
  /**
   * Who decided: sohoa's own heuristic, or the detector passed to `analyzePage` (for example
   * tesseract's orientation detection from `@sohoa/ocr`).
   */
  source: 'heuristic' | 'detector';
}
