import { isWord } from '../correction/correct-page.js';
import { pageText } from '../layout/order-columns.js';
import type { OcrLine, OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';
import { unaccentedKey } from '../vietnamese/search-keys.js';
import { orderHeader } from './order-header.js';

/**
 * Where a word of a combined reading comes from; `'dropped'` for a layer word left out (marks
 * without letters, or symbols no text has, where the OCR sees nothing).
 */
export type ReadingSource = 'layer' | 'ocr' | 'both' | 'dropped';

/** The choice made for one word, and why. */
export interface WordChoice {
  /** The word kept. */
  text: string;
  source: ReadingSource;
  /** The other reading's word, when the two differ. */
  rejected?: string;
  /** Why this word, in one sentence. */
  reason: string;
  box: PixelBox;
}

/** Options of {@link combineReadings}. */
export interface CombineReadingsOptions {
  /** OCR confidence (0–100) from which an OCR word may replace the layer's. @default 60 */
  minOcrConfidence?: number;
}

/** The combined page, each word's choice, and how many words came from each source. */
export interface CombinedReading {
  page: OcrPage;
  choices: WordChoice[];
  counts: Record<ReadingSource, number>;
}

/** A run of underscores in a layer word: a printed fill-in line (`bị đóng cửa ______ 0______`), not text. */
const FILL_IN_LINE = /_{3,}/gu;

/** A word with a capital and then at least one small letter (`Vị`, `Thanh,`). */
const CAPITALISED = /^\P{L}*\p{Lu}\p{Ll}/u;

const TOKEN = /^([^\p{L}\p{N}]*)([\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*)([^\p{L}\p{N}]*)$/u;

/**
 * Combines two readings of one page: an existing text layer (`layer`, e.g. a scanner's OCR read
 * by `@sohoa/pdfa`'s `readTextLayer`) and sohoa's own OCR (`ocr`), both with boxes on the same
 * pixels. The layer gives the words, their order and lines; each layer word is paired with the OCR
 * word drawn over the same place (boxes overlapping by more than half of the smaller one, one to
 * one), and the OCR word replaces it only on evidence, at an OCR confidence of at least
 * `minOcrConfidence`:
 * - the same letters with other marks, the OCR word is a Vietnamese word (the 4,088-word lexicon
 *   of the `vie` model) while the layer's is not, and the OCR word has marks (or neither has);
 * - the same letters, both Vietnamese words, and the OCR word carries every mark of the layer's
 *   plus a hook, tilde, horn, breve, circumflex or đ's stroke (what scanner software drops:
 *   `kiêm` for `kiểm`, `chi` for `chỉ`, `THỤC` for `THỰC`), another tone of the layer's counting
 *   as a misread hook or tilde (`phàm` for `phẩm`, `chí` for `chỉ`);
 * - other letters, the layer's word is not a Vietnamese word and has non-ASCII letters (marks
 *   misread: `lirọng`), the OCR word is a Vietnamese word, and the two boxes cover each other
 *   (intersection over union above one half: not a part of a word the layer ran together);
 * - the same word in capitals (or capitalised) where the layer has it in small letters between
 *   words in capitals (or capitalised words: names);
 * - the same Vietnamese word capitalised (`Vị`) where the layer has it in capitals (`VỊ`) and no
 *   word around it is.
 * Plain single letters, abbreviations and numbers (ASCII) stay as the layer has them. The two
 * columns of the header at the top of the page are read left column first (see `orderHeader`).
 * A horn the scanner read as an apostrophe is put back where that makes a Vietnamese word
 * (`co'` → `cơ`, `sỏ'` → `sở`). Dropped from the layer: runs of underscores (printed fill-in lines, `______0______` keeps its
 * `0`); a word with symbols no text has (`■`, `^`) where no OCR word touches it; a word without
 * letters or digits where no OCR word touches it, or only OCR words paired with other layer words
 * that do not hold its mark (specks and signatures the scanner read as text, a speck inside a word
 * the OCR read whole).
 * Otherwise the layer's word stays. Every choice is reported with its reason.
 *
 * @example
 * ```ts
 * import { readTextLayer } from '@sohoa/pdfa';
 * import { combineReadings, createOcrPool } from '@sohoa/ocr';
 *
 * const [layer] = await readTextLayer('scanner.pdf');
 * const ocr = await pool.recognize(grayPage); // the page rendered at the layer's dpi
 * const { page, counts, choices } = combineReadings(layer, ocr);
 * console.log(counts); // { layer: 512, ocr: 41, both: 233 }
 * ```
 */
export function combineReadings(
  layer: OcrPage,
  ocr: OcrPage,
  options: CombineReadingsOptions = {},
): CombinedReading {
  const minConfidence = options.minOcrConfidence ?? 60;
  const ocrWords = pageLines(ocr).flatMap((line) => line.words);
  const layerWords = pageLines(layer).flatMap((line) => line.words);
  const pairs = pairWords(layerWords, ocrWords);
  const pairedOcr = new Set(pairs.values());
  const choices: WordChoice[] = [];
  const counts: Record<ReadingSource, number> = { layer: 0, ocr: 0, both: 0, dropped: 0 };
  const chooseInLine = (line: OcrLine): OcrLine => {
    const words = line.words.flatMap((word, index) => {
      const text = repairHorn(word.text.replace(FILL_IN_LINE, ''));
      const drop = (reason: string) => ({
        text: word.text,
        source: 'dropped' as const,
        reason,
        box: word.box,
      });
      const choice =
        text === ''
          ? drop('a drawn fill-in line (underscores), not text')
          : isJunk({ ...word, text }, ocrWords, (other) => pairedOcr.has(other) && pairs.get(word) !== other)
            ? drop('no letter or digit, or symbols no text has, where the OCR reads no such mark')
            : choose({ ...word, text }, pairs.get(word), minConfidence, caseAround(line.words, index));
      choices.push(choice);
      counts[choice.source]++;
      if (choice.source === 'dropped') return [];
      return [choice.text === word.text ? word : { ...word, text: choice.text }];
    });
    return { ...line, words, text: words.map((word) => word.text).join(' ') };
  };
  const blocks = layer.blocks.map((block) => ({
    ...block,
    paragraphs: block.paragraphs.map((paragraph) => ({
      ...paragraph,
      lines: paragraph.lines.map(chooseInLine),
    })),
  }));
  return { page: orderHeader({ ...layer, blocks, text: pageText(blocks) }), choices, counts };
}

/**
 * A layer word with symbols no text has (`■`, `^`, `\\`) where no OCR word touches it, or without
 * letters or digits where no OCR word touching it holds its mark (a speck inside a word the OCR
 * read whole, `,` where the OCR read `` ` ``).
 */
function isJunk(word: OcrWord, ocrWords: OcrWord[], pairedElsewhere: (other: OcrWord) => boolean): boolean {
  const marksOnly = !/[\p{L}\p{N}]/u.test(word.text);
  if (!marksOnly && !/[^\p{L}\p{M}\p{N}.,;:!?()/%“”"'’‘\-–+*&]/u.test(word.text)) return false;
  const touching = ocrWords.filter((other) => overlapShare(word.box, other.box) > 0);
  if (!marksOnly) return touching.length === 0;
  return touching.every((other) => pairedElsewhere(other) && !dashes(other.text).includes(dashes(word.text)));
}

/**
 * `text` with a horn the scanner read as an apostrophe put back (`co'` → `cơ`, `sỏ'` → `sở`,
 * `VỌ'` → `VỢ`) when that makes its letters a Vietnamese word; otherwise `text` as it is.
 */
function repairHorn(text: string): string {
  const repaired = text
    .normalize('NFD')
    .replace(/([oOuU])([\u0300\u0301\u0303\u0309\u0323]?)['’]/gu, '$1\u031B$2')
    .normalize('NFC');
  if (repaired === text.normalize('NFC')) return text;
  const letters = core(repaired);
  return letters !== undefined && isWord(letters.toLowerCase()) ? repaired : text;
}

/** Dashes of every length as `-`. */
const dashes = (text: string) => text.replace(/[‐‑‒–—―]/gu, '-');

/** Each layer word's OCR counterpart: the OCR word overlapping it most, when their intersection covers more than half of the smaller box and neither has a better partner. */
function pairWords(layerWords: OcrWord[], ocrWords: OcrWord[]): Map<OcrWord, OcrWord> {
  const best = new Map<OcrWord, { word: OcrWord; overlap: number }>();
  const taken = new Map<OcrWord, { word: OcrWord; overlap: number }>();
  for (const word of layerWords) {
    for (const candidate of ocrWords) {
      const overlap = overlapOfSmaller(word.box, candidate.box);
      if (overlap <= 0.5) continue;
      if (overlap > (best.get(word)?.overlap ?? 0)) best.set(word, { word: candidate, overlap });
    }
  }
  for (const [word, { word: candidate, overlap }] of best) {
    const other = taken.get(candidate);
    if (!other || overlap > other.overlap) taken.set(candidate, { word, overlap });
  }
  const pairs = new Map<OcrWord, OcrWord>();
  for (const [candidate, { word }] of taken) pairs.set(word, candidate);
  return pairs;
}

/** Area of the intersection over the area of the smaller box. */
function overlapOfSmaller(a: PixelBox, b: PixelBox): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (width <= 0 || height <= 0) return 0;
  const area = (box: PixelBox) => (box.x1 - box.x0) * (box.y1 - box.y0);
  return (width * height) / Math.min(area(a), area(b));
}

/** Area of the intersection over the area of the union. */
function overlapShare(a: PixelBox, b: PixelBox): number {
  const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (width <= 0 || height <= 0) return 0;
  const area = (box: PixelBox) => (box.x1 - box.x0) * (box.y1 - box.y0);
  return (width * height) / (area(a) + area(b) - width * height);
}

/**
 * How the words either side of `index` on its line (those there are) are written: `'capitals'`
 * (all in capitals), `'capitalised'` (each starting with a capital), `'small'` (at least one in
 * small letters, not all capitalised), or `undefined` when there is none with a letter.
 */
function caseAround(words: OcrWord[], index: number): 'capitals' | 'capitalised' | 'small' | undefined {
  const around = [words[index - 1], words[index + 1]].filter(
    (word): word is OcrWord => word !== undefined && /\p{L}/u.test(word.text),
  );
  if (around.length === 0) return undefined;
  if (around.every((word) => word.text === word.text.toUpperCase())) return 'capitals';
  if (around.every((word) => /^\P{L}*\p{Lu}/u.test(word.text))) return 'capitalised';
  return around.some((word) => word.text !== word.text.toUpperCase()) ? 'small' : undefined;
}

function choose(
  word: OcrWord,
  other: OcrWord | undefined,
  minConfidence: number,
  around: ReturnType<typeof caseAround>,
): WordChoice {
  const keep = (reason: string): WordChoice => ({
    text: word.text,
    source: 'layer',
    ...(other && other.text !== word.text ? { rejected: other.text } : {}),
    reason,
    box: word.box,
  });
  if (!other) return keep('no OCR word at its place');
  if (other.text === word.text)
    return { text: word.text, source: 'both', reason: 'both readings agree', box: word.box };
  if (other.confidence < minConfidence)
    return keep(`the OCR word "${other.text}" has a low confidence (${Math.round(other.confidence)})`);
  const layerCore = core(word.text);
  const ocrCore = core(other.text);
  const layerIsWord = layerCore !== undefined && isWord(layerCore.toLowerCase());
  const ocrIsWord = ocrCore !== undefined && isWord(ocrCore.toLowerCase());
  const take = (reason: string): WordChoice => ({
    text: other.text,
    source: 'ocr',
    rejected: word.text,
    reason: `${reason} (${Math.round(other.confidence)})`,
    box: word.box,
  });
  const sameButCase = other.text.toLowerCase() === word.text.toLowerCase();
  if (sameButCase && around === 'capitals' && other.text === other.text.toUpperCase())
    return take(`the OCR reads "${other.text}" in capitals, as the words around it are written`);
  if (
    sameButCase &&
    around === 'capitalised' &&
    /^\P{L}*\p{Lu}/u.test(other.text) &&
    !/^\P{L}*\p{Lu}/u.test(word.text)
  )
    return take(`the OCR reads "${other.text}" with a capital, as the words around it are written (a name)`);
  if (
    sameButCase &&
    (around === 'capitalised' || around === 'small') &&
    CAPITALISED.test(other.text) &&
    word.text === word.text.toUpperCase() &&
    ocrIsWord
  )
    return take(`the OCR reads "${other.text}" capitalised, and no word around it is in capitals`);
  const ascii = !layerCore || !/[^\p{ASCII}]/u.test(layerCore);
  if (!layerCore || (ascii && Array.from(layerCore).length < 2))
    return keep('a single plain letter or punctuation: no lexicon evidence');
  const sameLetters = unaccentedKey(word.text) === unaccentedKey(other.text);
  const added = addedMarks(word.text, other.text);
  if (sameLetters && ocrIsWord && !layerIsWord && (marks(other.text) > 0 || marks(word.text) === 0))
    return take(
      `"${word.text}" is not a Vietnamese word; the OCR's "${other.text}" has the same letters and is`,
    );
  if (sameLetters && ocrIsWord && layerIsWord && added?.some((mark) => DROPPED_MARKS.has(mark)))
    return take(
      `the OCR's "${other.text}" has the same letters and every mark of the layer's, plus a hook, tilde, horn, breve, circumflex or stroke the scanner dropped`,
    );
  if (!sameLetters && ocrIsWord && !layerIsWord && !ascii && overlapShare(word.box, other.box) > 0.5)
    return take(`"${word.text}" is not a Vietnamese word (misread marks); the OCR's "${other.text}" is`);
  return keep(`the OCR's "${other.text}" gives no reason to change it`);
}

/** The word's letters and digits without surrounding punctuation, or `undefined` for punctuation alone. */
function core(text: string): string | undefined {
  return TOKEN.exec(text)?.[2];
}

/** How many marks the word carries (NFD combining marks, đ's stroke counted). */
function marks(text: string): number {
  return (text.normalize('NFD').match(/\p{M}/gu)?.length ?? 0) + (text.match(/[đĐ]/gu)?.length ?? 0);
}

/** The marks scanner software loses (hook above, tilde, horn, breve, circumflex, đ's stroke), as NFD marks and `đ`. */
const DROPPED_MARKS = new Set(['\u0309', '\u0303', '\u031B', '\u0306', '\u0302', 'đ']);

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/**
 * The marks `ocr` carries on top of every mark `layer` has, letter by letter (the same letters
 * assumed), or `undefined` when the layer has a mark the OCR word lacks. Where the OCR letter's
 * tone is a hook or a tilde, a different tone of the layer's counts as that tone misread (the
 * scanner reads `phẩm` as `phàm`, `chỉ` as `chí`).
 */
function addedMarks(layer: string, ocr: string): string[] | undefined {
  const letters = (text: string) =>
    Array.from(text.toLowerCase().normalize('NFC')).map((letter) => {
      const [base = '', ...marks] = Array.from(letter.normalize('NFD'));
      return letter === 'đ' ? ['đ'] : base === '' ? [] : marks;
    });
  const a = letters(layer);
  const b = letters(ocr);
  if (a.length !== b.length) return undefined;
  const added: string[] = [];
  for (const [index, marks] of a.entries()) {
    const other = b[index] ?? [];
    const hookOrTilde = other.includes('\u0309') || other.includes('\u0303');
    if (!marks.every((mark) => other.includes(mark) || (hookOrTilde && TONES.has(mark)))) return undefined;
    added.push(...other.filter((mark) => !marks.includes(mark)));
  }
  return added;
}
