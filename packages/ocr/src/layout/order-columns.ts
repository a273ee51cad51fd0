import type { OcrBlock, OcrLine, OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';

/** A word gap wider than this many row heights splits a line in two (two columns side by side). */
const COLUMN_GAP_ROWS = 2.5;
/** Across a known gutter, a word gap wider than this many row heights is enough to split a line. */
const GUTTER_GAP_ROWS = 1;
/** A vertical gap taller than this many row heights ends a two-column zone. */
const ZONE_BREAK_ROWS = 1.5;

type Side = 'left' | 'right' | 'full';

/** Options of {@link orderColumns}. */
export interface OrderColumnsOptions {
  /**
   * The gutter between the two columns in page pixels, when it is known (e.g. measured on the
   * lines that split clearly): a line then also splits at a word gap wider than one row height
   * that overlaps it (a wide left-column line leaves a narrow gap before the right column).
   * @default none: lines split only at gaps wider than 2.5 row heights
   */
  gutter?: { x0: number; x1: number } | undefined;
}

interface Piece {
  line: OcrLine;
  side: Side;
  /** The block and paragraph the line came from, to regroup pieces that stay together. */
  group: string;
}

/**
 * Puts a page's two-column zones in reading order. Tesseract often reads the header of a
 * Vietnamese administrative document (issuing body on the left, national motto and date on the
 * right, Nghị định 30/2020 Appendix I) and the signature zone (recipients on the left, signer on
 * the right) as single lines running across both columns. This splits every line at word gaps
 * wider than 2.5 row heights, then, within each zone of consecutive half-width lines, reads the
 * left column before the right one. Full-width lines (the body) are left as the engine ordered them.
 *
 * @example
 * ```ts
 * import { orderColumns } from '@sohoa/ocr';
 *
 * const ordered = orderColumns(page);
 * // 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 299 /UBND-TTHC\n…\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n…'
 * console.log(ordered.text);
 * ```
 */
export function orderColumns(page: OcrPage, options: OrderColumnsOptions = {}): OcrPage {
  const lines = page.blocks.flatMap((block, b) =>
    block.paragraphs.flatMap((paragraph, p) => paragraph.lines.map((line) => ({ line, group: `${b}.${p}` }))),
  );
  if (lines.length === 0) return page;
  const left = Math.min(...lines.map(({ line }) => line.box.x0));
  const right = Math.max(...lines.map(({ line }) => line.box.x1));
  const middle = (left + right) / 2;
  const side = (box: PixelBox): Side => (box.x1 <= middle ? 'left' : box.x0 >= middle ? 'right' : 'full');

  // The parts of a split line are columns by construction: the first is left, the others right
  // (the right column of a header is centred under the motto and may start left of the middle).
  const pieces: Piece[] = lines.flatMap(({ line, group }) => {
    const parts = splitLine(line, options.gutter);
    if (parts.length === 1) return [{ line, side: side(line.box), group }];
    return parts.map((part, index) => ({ line: part, side: index === 0 ? 'left' : 'right', group }));
  });
  const ordered: Piece[] = [];
  let zone: Piece[] = [];
  const flush = () => {
    ordered.push(
      ...zone.filter((piece) => piece.side === 'left'),
      ...zone.filter((piece) => piece.side === 'right'),
    );
    zone = [];
  };
  for (const piece of pieces) {
    const previous = zone.at(-1);
    const gap = previous ? piece.line.box.y0 - previous.line.box.y1 : 0;
    if (piece.side === 'full' || gap > ZONE_BREAK_ROWS * piece.line.rowHeight) flush();
    if (piece.side === 'full') ordered.push(piece);
    else zone.push(piece);
  }
  flush();
  return { ...page, blocks: regroup(ordered), text: pageText(regroup(ordered)) };
}

function splitLine(line: OcrLine, gutter: OrderColumnsOptions['gutter']): OcrLine[] {
  const parts: OcrWord[][] = [[]];
  line.words.forEach((word, index) => {
    const before = line.words[index - 1];
    const gap = before ? word.box.x0 - before.box.x1 : 0;
    const acrossGutter =
      gutter !== undefined &&
      before !== undefined &&
      gap > GUTTER_GAP_ROWS * line.rowHeight &&
      before.box.x1 < gutter.x1 &&
      word.box.x0 > gutter.x0;
    if (gap > COLUMN_GAP_ROWS * line.rowHeight || acrossGutter) parts.push([]);
    parts.at(-1)?.push(word);
  });
  if (parts.length === 1) return [line];
  return parts.map((words) => {
    const box = union(words.map((word) => word.box));
    const slope = (line.baseline.y1 - line.baseline.y0) / Math.max(1, line.baseline.x1 - line.baseline.x0);
    const at = (x: number) => Math.round(line.baseline.y0 + slope * (x - line.baseline.x0));
    return {
      ...line,
      text: words.map((word) => word.text).join(' '),
      box,
      baseline: { x0: box.x0, y0: at(box.x0), x1: box.x1, y1: at(box.x1) },
      confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
      words,
    };
  });
}

/** Consecutive pieces from the same paragraph and side stay one paragraph; each run becomes a block. */
function regroup(pieces: Piece[]): OcrBlock[] {
  const blocks: OcrBlock[] = [];
  let key = '';
  for (const piece of pieces) {
    const pieceKey = `${piece.group}/${piece.side}`;
    if (pieceKey !== key || blocks.length === 0) {
      blocks.push({ box: piece.line.box, paragraphs: [{ box: piece.line.box, lines: [] }] });
      key = pieceKey;
    }
    const block = blocks.at(-1) as OcrBlock;
    const paragraph = block.paragraphs[0] as OcrBlock['paragraphs'][number];
    paragraph.lines.push(piece.line);
    paragraph.box = union(paragraph.lines.map((line) => line.box));
    block.box = paragraph.box;
  }
  return blocks;
}

/** The text of blocks as `OcrPage.text` writes it: lines joined by `\n`, blocks by a blank line. */
export function pageText(blocks: readonly OcrBlock[]): string {
  return blocks
    .map((block) => block.paragraphs.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n'))
    .join('\n\n');
}

/** The smallest box holding every box of `boxes`. */
export function union(boxes: PixelBox[]): PixelBox {
  return {
    x0: Math.min(...boxes.map((box) => box.x0)),
    y0: Math.min(...boxes.map((box) => box.y0)),
    x1: Math.max(...boxes.map((box) => box.x1)),
    y1: Math.max(...boxes.map((box) => box.y1)),
  };
}
