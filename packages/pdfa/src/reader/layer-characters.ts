/**
 * Character-level normalisation and checks of an existing text layer's strings: what scanner
 * software writes (ligatures, diacritics as separate combining characters or drawn apart from
 * their letter) made into NFC Vietnamese, and what no Vietnamese text contains detected.
 */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** The combining marks Vietnamese letters are made of: grave, acute, circumflex, tilde, breve, hook above, horn, dot below. */
const VIETNAMESE_MARKS = new Set([
  '\u0300',
  '\u0301',
  '\u0302',
  '\u0303',
  '\u0306',
  '\u0309',
  '\u031B',
  '\u0323',
]);
const COMBINING = /\p{M}/u;

/**
 * `text` with ligatures expanded, whitespace removed before a combining mark (a diacritic drawn
 * as its own glyph after a space), and NFC applied.
 *
 * @example
 * ```ts
 * normalizeLayerText('Vie\u0302\u0323t \uFB01le'); // 'Việt file'
 * normalizeLayerText('to\u00E0n'); // 'toàn'
 * ```
 */
export function normalizeLayerText(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/gu, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/\s+(?=\p{M})/gu, '')
    .normalize('NFC');
}

/** `true` when `text` starts with a combining mark: a diacritic that belongs to the previous glyph. */
export function startsWithMark(text: string): boolean {
  return COMBINING.test(text.charAt(0));
}

/** What a word's characters say about the layer it comes from. */
export type WordCharacterKind = 'text' | 'unmappable' | 'legacy-encoding' | 'other-script';

/** Private use, U+FFFD, C0 and C1 controls (a word holds no whitespace): what an extractor gives for codes it cannot map. */
const UNMAPPABLE = /[\uE000-\uF8FF\uFFFD\p{Cc}]/u;
/** Latin-1 punctuation Vietnamese documents do print (quotes, degree, section, plus-minus, multiplication). */
const PRINTED_SYMBOLS = new Set(['«', '»', '°', '§', '±', '×']);

/** `true` for a Latin letter of the Vietnamese alphabet (with its tone mark), `false` for any other Latin letter. */
function isVietnameseLetter(letter: string): boolean {
  if (letter === 'đ' || letter === 'Đ') return true;
  const [base = '', ...marks] = Array.from(letter.normalize('NFD'));
  return /^[a-z]$/iu.test(base) && marks.every((mark) => VIETNAMESE_MARKS.has(mark));
}

/**
 * Sorts a word (NFC) by what its characters say: `'unmappable'` (private-use code points, U+FFFD,
 * controls), `'other-script'` (letters of a script other than Latin only), `'legacy-encoding'`
 * (a letter together with a Latin-1 character Vietnamese has no use for, or with a letter of
 * another script, as TCVN3 or VNI text read as Latin-1 gives: `hoµ`, `x·`, `Coäng`), else `'text'`.
 *
 * @example
 * ```ts
 * classifyWord('Việt'); // 'text'
 * classifyWord('ViÖt'); // 'legacy-encoding'
 * classifyWord('\uE001\uE002'); // 'unmappable'
 * ```
 */
export function classifyWord(word: string): WordCharacterKind {
  if (UNMAPPABLE.test(word)) return 'unmappable';
  const characters = Array.from(word);
  const latin = characters.filter((character) => /\p{Script=Latin}/u.test(character)).length;
  const otherScript = characters.filter(
    (character) => /\p{L}/u.test(character) && !/\p{Script=Latin}/u.test(character),
  ).length;
  // A letter of another script inside a Latin word is mojibake too (pdf.js turns µ into Greek μ).
  if (otherScript > 0) return latin > 0 ? 'legacy-encoding' : 'other-script';
  const hasLetter = latin > 0;
  const foreign = characters.some(
    (character) =>
      /[\u00A1-\u00FF\u0100-\u024F]/u.test(character) &&
      !PRINTED_SYMBOLS.has(character) &&
      !(/\p{L}/u.test(character) && isVietnameseLetter(character)),
  );
  return hasLetter && foreign ? 'legacy-encoding' : 'text';
}

/** `true` when the word carries a mark only Vietnamese uses among Latin texts (a tone, ă, â, đ, ê, ô, ơ, ư). */
export function hasVietnameseMark(word: string): boolean {
  return /[đĐ]/u.test(word) || Array.from(word.normalize('NFD')).some((mark) => VIETNAMESE_MARKS.has(mark));
}
