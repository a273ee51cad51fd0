import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { glyphAdvances } from './glyph-advances.js';
import { normalizeLayerText, startsWithMark } from './layer-characters.js';
import type { LayerBox } from './text-layer-page.js';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type Viewport = ReturnType<PDFPageProxy['getViewport']>;

/** A word of the layer placed on the page: its box and baseline in page pixels, and where it starts a new line. */
export interface PlacedWord {
  text: string;
  box: LayerBox;
  /** Baseline start and end, in page pixels. */
  baseline: { x0: number; y0: number; x1: number; y1: number };
  /** The font's ascent to descent at its size, in pixels. */
  rowHeight: number;
  /** The text run's direction on the page, as a unit vector (1, 0 for upright text). */
  direction: { x: number; y: number };
  /** `true` when the layer ends a line before this word (pdf.js `hasEOL`, or a jump of the baseline). */
  startsLine: boolean;
}

interface Run {
  text: string;
  /** Text-space origin and unit vectors of the run, in PDF user space. */
  origin: [number, number];
  along: [number, number];
  up: [number, number];
  /** Length of the run along `along`, and its font size along `up`, in user space units. */
  width: number;
  size: number;
  ascent: number;
  descent: number;
  endsLine: boolean;
}

/** Letters at most this far apart (in font sizes) may be one word spelt with spaces between its letters. */
const MAX_LETTER_GAP = 0.6;
/** Fewest letters in a row, each standing alone, taken for a word spelt with spaces. */
const MIN_SPACED_LETTERS = 3;
const SINGLE_LETTER = /^\p{L}$/u;

/**
 * The words of a page's text content, placed in the viewport's pixels: each pdf.js item is split
 * at its spaces (its width shared among its characters by their glyph advances, see
 * `glyphAdvances`), a piece starting with a combining mark is joined to the word before it, two
 * pieces drawn touching each other on one line (a gap under a tenth of the font size, whatever
 * space the layer put between them) make one word, and so do three or more single letters in a
 * row on one line with even gaps under 0.6 of the font size (a word the scanner spelt with spaces
 * between its letters, `Q U Y Ế T`; a gap half as wide again as the narrowest one starts the next
 * word, which is only seen between pdf.js items: inside one, the spaces are placed by estimate).
 */
export function placeWords(content: TextContent, viewport: Viewport): PlacedWord[] {
  const words: PlacedWord[] = [];
  /** Per word, its gap from the word before it on its line, in font sizes (infinite at a line start). */
  const gaps: number[] = [];
  let last: { run: Run; end: number; word: PlacedWord } | undefined;
  let lineBreak = true;
  for (const run of toRuns(content)) {
    const text = normalizeLayerText(run.text);
    const total = sum(glyphAdvances(text)) || 1;
    let offset = 0;
    for (const piece of text.split(/(\s+)/u)) {
      const start = offset;
      offset += (sum(glyphAdvances(piece)) / total) * run.width;
      if (piece.trim() === '') continue;
      const placed = place(run, piece, start, offset, viewport);
      const onLine = last !== undefined && !lineBreak && sameLine(last.run, run);
      const gap = last ? along(last.run, run.origin) + start - last.end : Number.POSITIVE_INFINITY;
      if (last && onLine && (startsWithMark(piece) || Math.abs(gap) < run.size * 0.1)) {
        merge(last.word, placed);
        last = { run, end: offset, word: last.word };
      } else {
        placed.startsLine = !onLine;
        words.push(placed);
        gaps.push(onLine ? gap / run.size : Number.POSITIVE_INFINITY);
        last = { run, end: offset, word: placed };
      }
      lineBreak = false;
    }
    if (run.endsLine) lineBreak = true;
  }
  return joinSpacedLetters(words, gaps);
}

/** `words` with each row of single letters spelt with even spaces (see {@link placeWords}) made one word. */
function joinSpacedLetters(words: PlacedWord[], gaps: number[]): PlacedWord[] {
  const joined: PlacedWord[] = [];
  let index = 0;
  while (index < words.length) {
    let end = index + 1;
    while (
      SINGLE_LETTER.test(words[end - 1]?.text ?? '') &&
      SINGLE_LETTER.test(words[end]?.text ?? '') &&
      (gaps[end] ?? Number.POSITIVE_INFINITY) < MAX_LETTER_GAP
    )
      end++;
    if (end - index < MIN_SPACED_LETTERS) {
      joined.push(...words.slice(index, end));
      index = end;
      continue;
    }
    const narrowest = Math.min(...gaps.slice(index + 1, end));
    let word = words[index] as PlacedWord;
    joined.push(word);
    for (let next = index + 1; next < end; next++) {
      const letter = words[next] as PlacedWord;
      if ((gaps[next] ?? 0) > narrowest * 1.5 + 0.05) {
        word = letter;
        joined.push(word);
      } else merge(word, letter);
    }
    index = end;
  }
  return joined;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function toRuns(content: TextContent): Run[] {
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    const scaleX = Math.hypot(a, b);
    const size = Math.hypot(c, d) || scaleX;
    const style = content.styles[item.fontName];
    if (item.str.trim() === '') {
      // Words are told apart by where they are drawn; an empty run may carry the line break.
      const last = runs.at(-1);
      if (last && item.hasEOL) last.endsLine = true;
      continue;
    }
    runs.push({
      text: item.str,
      origin: [e, f],
      along: scaleX > 0 ? [a / scaleX, b / scaleX] : [1, 0],
      up: size > 0 && Math.hypot(c, d) > 0 ? [c / Math.hypot(c, d), d / Math.hypot(c, d)] : [0, 1],
      width: item.width,
      size,
      ascent: style?.ascent ?? 0.8,
      descent: style?.descent ?? -0.2,
      endsLine: item.hasEOL,
    });
  }
  return runs;
}

/** Position of `point` along `reference`'s direction, from `reference`'s origin (user space). */
function along(reference: Run, point: [number, number]): number {
  return (
    (point[0] - reference.origin[0]) * reference.along[0] +
    (point[1] - reference.origin[1]) * reference.along[1]
  );
}

/** Same direction and a baseline within half the font size. */
function sameLine(a: Run, b: Run): boolean {
  const offset = (b.origin[0] - a.origin[0]) * a.up[0] + (b.origin[1] - a.origin[1]) * a.up[1];
  const parallel = a.along[0] * b.along[0] + a.along[1] * b.along[1] > 0.99;
  return parallel && Math.abs(offset) < Math.max(a.size, b.size) * 0.5;
}

function place(run: Run, text: string, start: number, end: number, viewport: Viewport): PlacedWord {
  const point = (s: number, t: number) =>
    viewport.convertToViewportPoint(
      run.origin[0] + run.along[0] * s + run.up[0] * t,
      run.origin[1] + run.along[1] * s + run.up[1] * t,
    ) as [number, number];
  const corners = [
    point(start, run.descent * run.size),
    point(end, run.descent * run.size),
    point(start, run.ascent * run.size),
    point(end, run.ascent * run.size),
  ];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const [baseX0, baseY0] = point(start, 0);
  const [baseX1, baseY1] = point(end, 0);
  const length = Math.hypot(baseX1 - baseX0, baseY1 - baseY0) || 1;
  return {
    text,
    box: {
      x0: Math.floor(Math.min(...xs)),
      y0: Math.floor(Math.min(...ys)),
      x1: Math.ceil(Math.max(...xs)),
      y1: Math.ceil(Math.max(...ys)),
    },
    baseline: { x0: baseX0, y0: baseY0, x1: baseX1, y1: baseY1 },
    rowHeight: Math.hypot(...subtract(corners[2] as [number, number], corners[0] as [number, number])),
    direction: { x: (baseX1 - baseX0) / length, y: (baseY1 - baseY0) / length },
    startsLine: false,
  };
}

function subtract(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] - b[0], a[1] - b[1]];
}

/** Extends `word` by `next` (a mark or a fragment drawn touching it). */
function merge(word: PlacedWord, next: PlacedWord): void {
  word.text = normalizeLayerText(word.text + next.text);
  word.box = {
    x0: Math.min(word.box.x0, next.box.x0),
    y0: Math.min(word.box.y0, next.box.y0),
    x1: Math.max(word.box.x1, next.box.x1),
    y1: Math.max(word.box.y1, next.box.y1),
  };
  if (!startsWithMark(next.text))
    word.baseline = { ...word.baseline, x1: next.baseline.x1, y1: next.baseline.y1 };
}
