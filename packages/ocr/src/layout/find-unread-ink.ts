import type { GrayImage } from '@sohoa/core';
import type { PixelBox } from '../result/ocr-result.js';
import { INK_RATIO, letterMarks, marksOnOneLine, type NotText } from './letter-marks.js';
import type { PaperLevels } from './paper-levels.js';

/** A text-like region holds at least this many letter-sized marks side by side. */
const MIN_LETTERS = 8;

/**
 * Regions of a page where the ink looks like typed or printed text but no recognised line lies:
 * what OCR dropped (a line under a dark band of paper, faint carbon strokes) rather than left
 * blank. Ink is measured against the paper around it (a darker band or a stain is still paper),
 * in cells of about 1 mm; cells covered by a recognised line are set aside; what is left is
 * grouped into regions, and a region counts as text when at least eight letter-sized marks
 * of its unread ink stand on one line (a signature, a seal's ring, a rule or a speck does not;
 * the letters of recognised lines in or beside the region are not counted, see
 * {@link stillLooksLikeText} for a seal's red). Boxes are in `image` pixels.
 *
 * @param paperLevels the paper's brightness around each cell ({@link measurePaper})
 * @param lines the boxes of the lines OCR recognised, in `image` pixels
 * @param rowHeight the text's row height in pixels (the median of the recognised lines, or 12 pt)
 */
export function findUnreadInk(
  image: GrayImage,
  paperLevels: PaperLevels,
  lines: PixelBox[],
  rowHeight: number,
): PixelBox[] {
  const { width, height, data } = image;
  const { cell, cellsX, cellsY, levels: paper } = paperLevels;
  // Cells holding ink: some pixels well under their paper, not a solid dark area.
  const inked = new Uint8Array(cellsX * cellsY);
  for (let cy = 0; cy < cellsY; cy++)
    for (let cx = 0; cx < cellsX; cx++) {
      const level = (paper[cy * cellsX + cx] as number) * INK_RATIO;
      let dark = 0;
      let count = 0;
      for (let y = cy * cell; y < Math.min(height, (cy + 1) * cell); y++)
        for (let x = cx * cell; x < Math.min(width, (cx + 1) * cell); x++) {
          count += 1;
          if ((data[y * width + x] as number) < level) dark += 1;
        }
      if (dark >= 3 && dark <= count * 0.7) inked[cy * cellsX + cx] = 1;
    }
  // Set aside what the recognised lines cover (with a margin for tone marks and descenders).
  const covered = coveredCells(paperLevels, lines, rowHeight);
  for (let at = 0; at < inked.length; at++) if (covered[at]) inked[at] = 0;
  const border = Math.ceil(cellsX * 0.02);
  return groupCells(inked, cellsX, cellsY, Math.max(1, Math.round(rowHeight / cell / 2)))
    .filter(
      (region) =>
        region.x0 >= border &&
        region.y0 >= border &&
        region.x1 <= cellsX - border &&
        region.y1 <= cellsY - border &&
        (region.x1 - region.x0) * cell >= rowHeight * 3,
    )
    .map((region) => ({
      x0: region.x0 * cell,
      y0: region.y0 * cell,
      x1: Math.min(width, region.x1 * cell),
      y1: Math.min(height, region.y1 * cell),
    }))
    .filter((box) => letterCount(image, paperLevels, covered, box, rowHeight, undefined) >= MIN_LETTERS);
}

/**
 * Whether a region {@link findUnreadInk} found is still text once the ink `notText` marks is
 * taken for paper: a red stamp's or seal's letters (a straight stamp line, a ring of large
 * letters running flat) are not; typed or written text in another ink lying over the seal, as
 * a signer's name, still is.
 *
 * @param lines the boxes of the lines OCR recognised, in `image` pixels (their ink is not counted)
 *
 * @example
 * ```ts
 * const regions = findUnreadInk(gray, paper, lines, rowHeight).filter((region) =>
 *   stillLooksLikeText(gray, paper, lines, rowHeight, region, (x, y) => sealRed(x, y)),
 * );
 * ```
 */
export function stillLooksLikeText(
  image: GrayImage,
  paperLevels: PaperLevels,
  lines: PixelBox[],
  rowHeight: number,
  region: PixelBox,
  notText: NotText,
): boolean {
  const covered = coveredCells(paperLevels, lines, rowHeight);
  return letterCount(image, paperLevels, covered, region, rowHeight, notText) >= MIN_LETTERS;
}

/** A recognised line as {@link findSkippedInk} reads it, in image pixels. */
export interface ReadLine {
  box: PixelBox;
  /** The boxes of its words. */
  words: PixelBox[];
  /** How many letters and digits were read in it. */
  letters: number;
}

/** A line is looked into when it is this many row heights wide for each letter read, or more. */
const SPARSE_WIDTH = 1.2;

/**
 * Ink inside recognised lines that none of their words covers: a line the engine read only in
 * part, as a title of the right-hand column dropped from a line that began in the left one
 * (cv299's "CHÁNH VĂN PHÒNG", read as `: x ˆ` after "- Như trên;"). Only lines far wider than
 * the letters read in them are looked into; one counts when eight letter-sized marks of the ink
 * its words leave uncovered stand on one line. Returns, for each, the box of that uncovered ink.
 *
 * @param notText ink that is not text (a seal's red), taken for paper
 *
 * @example
 * ```ts
 * const skipped = findSkippedInk(gray, paper, [{ box, words: [wordBox], letters: 9 }], 54);
 * ```
 */
export function findSkippedInk(
  image: GrayImage,
  paperLevels: PaperLevels,
  lines: ReadLine[],
  rowHeight: number,
  notText?: NotText,
): PixelBox[] {
  const found: PixelBox[] = [];
  for (const line of lines) {
    if (line.box.x1 - line.box.x0 < line.letters * rowHeight * SPARSE_WIDTH) continue;
    const covered = coveredCells(paperLevels, line.words, rowHeight);
    if (letterCount(image, paperLevels, covered, line.box, rowHeight, notText) < MIN_LETTERS) continue;
    const box = uncoveredInk(image, paperLevels, covered, line.box, notText);
    if (box) found.push(box);
  }
  return found;
}

/** The box of the ink of `box` outside covered cells (not `notText`'s); undefined when there is none. */
function uncoveredInk(
  image: GrayImage,
  paperLevels: PaperLevels,
  covered: Uint8Array,
  box: PixelBox,
  notText: NotText | undefined,
): PixelBox | undefined {
  const { cell, cellsX, levels: paper } = paperLevels;
  let found: PixelBox | undefined;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const at = Math.floor(y / cell) * cellsX + Math.floor(x / cell);
      if (covered[at] || (image.data[y * image.width + x] as number) >= (paper[at] as number) * INK_RATIO)
        continue;
      if (notText?.(x, y)) continue;
      found ??= { x0: x, y0: y, x1: x + 1, y1: y + 1 };
      found.x0 = Math.min(found.x0, x);
      found.y0 = Math.min(found.y0, y);
      found.x1 = Math.max(found.x1, x + 1);
      found.y1 = Math.max(found.y1, y + 1);
    }
  return found;
}

/** The cells the recognised lines cover, with a margin for tone marks and descenders. */
function coveredCells(paperLevels: PaperLevels, lines: PixelBox[], rowHeight: number): Uint8Array {
  const { cell, cellsX, cellsY } = paperLevels;
  const covered = new Uint8Array(cellsX * cellsY);
  const margin = Math.round(rowHeight * 0.4);
  for (const box of lines) {
    for (let cy = cellOf(box.y0 - margin, cell, cellsY); cy <= cellOf(box.y1 + margin, cell, cellsY); cy++)
      for (let cx = cellOf(box.x0 - margin, cell, cellsX); cx <= cellOf(box.x1 + margin, cell, cellsX); cx++)
        covered[cy * cellsX + cx] = 1;
  }
  return covered;
}

function cellOf(value: number, cell: number, cells: number): number {
  return Math.min(cells - 1, Math.max(0, Math.floor(value / cell)));
}

/** Connected inked cells, joined across gaps of up to `reach` cells along a row (word spaces). */
function groupCells(inked: Uint8Array, cellsX: number, cellsY: number, reach: number): PixelBox[] {
  const seen = new Uint8Array(inked.length);
  const regions: PixelBox[] = [];
  for (let start = 0; start < inked.length; start++) {
    if (!inked[start] || seen[start]) continue;
    const box = { x0: cellsX, y0: cellsY, x1: 0, y1: 0 };
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const at = stack.pop() as number;
      const cx = at % cellsX;
      const cy = (at - cx) / cellsX;
      box.x0 = Math.min(box.x0, cx);
      box.y0 = Math.min(box.y0, cy);
      box.x1 = Math.max(box.x1, cx + 1);
      box.y1 = Math.max(box.y1, cy + 1);
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -reach; dx <= reach; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          if (x < 0 || y < 0 || x >= cellsX || y >= cellsY) continue;
          const next = y * cellsX + x;
          if (inked[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
    }
    regions.push(box);
  }
  return regions;
}

/** The most letter-sized marks of `box` that stand on one line, leaving out covered cells and `notText`. */
function letterCount(
  image: GrayImage,
  paperLevels: PaperLevels,
  covered: Uint8Array,
  box: PixelBox,
  rowHeight: number,
  notText: NotText | undefined,
): number {
  return marksOnOneLine(letterMarks(image, paperLevels, box, rowHeight, covered, notText), rowHeight);
}
