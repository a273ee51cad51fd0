import { TCVN3_TO_UNICODE } from './tcvn3.js';

/** The ways Vietnamese text is found written in archive catalogs. */
export type VietnameseEncoding = 'unicode' | 'tcvn3' | 'vni' | 'viqr' | 'ascii';

/** What {@link detectVietnameseEncoding} found, with the evidence counted for each legacy encoding. */
export interface EncodingDetection {
  encoding: VietnameseEncoding;
  evidence: { tcvn3: number; vni: number; viqr: number };
}

/** Letters only Unicode can hold (beyond Latin-1), or combining marks. */
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u0323]/u;
/** Latin-1 characters that no Vietnamese word in Unicode uses. */
const NOT_VIETNAMESE_LATIN1 =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/gu;
/** A vowel followed by a VNI modifier. */
const VNI_PAIR = /[aeiouyôöAEIOUYÔÖ][øùûõïäâêëéèúüàáåãØÙÛÕÏÄÂÊËÉÈÚÜÀÁÅÃ]/gu;
/** A TCVN3 toned vowel (uppercase Latin-1 positions) inside a lowercase word: `kÕt`, `ViÖt`. */
const TCVN3_MIXED_CASE = /\p{Ll}[\u00c0-\u00de]/u;
/** VNI pairs that no Unicode Vietnamese word holds, made of letters Vietnamese also uses: `Coâng`, `aù`. */
const VNI_STRONG = /[aeoAEO][âÂ]|[aeoyAEOY][ùõÙÕ]/u;
/** VNI đ/Đ starting a word. */
const VNI_D = /(?:^|[^\p{L}])[ñÑ]/gu;
/** A VIQR mark after a vowel: a shape mark, or a tone mark inside a word. */
const VIQR_MARK =
  /[aeiouyAEIOUY](?:[\^(+][`?~'.]?|[`~](?=\p{L}|\s|$)|['?.](?=\p{L}))|\b[dD][dD](?=[aeiouyAEIOUY])/gu;
const VOWEL = /[aeiouyAEIOUY]/;

/**
 * Whether the text holds a letter only Unicode has (ư, ơ, đ, ạ…): then
 * {@link detectVietnameseEncoding} reads it as `unicode` whatever else it holds, and the evidence
 * need not be counted.
 */
export const holdsUnicodeOnlyLetters = (text: string): boolean => UNICODE_ONLY.test(text);

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The characters a VIQR mark is written with after a vowel: `^ ( + \` ~ ' . ?`. */
const MARK_CHARACTERS = new Set([...`^(+\`~'.?`].map((character) => character.charCodeAt(0)));
const VOWEL_CODES = new Set([...'aeiouyAEIOUY'].map((character) => character.charCodeAt(0)));
const LOWER_D = 100;
const CASE_BIT = 32;

/**
 * Whether the text is ASCII with nothing a VIQR mark could be made of (no mark character after a
 * vowel, no `dd`): {@link detectVietnameseEncoding} reads such text as `ascii` with no evidence,
 * and this says so in one pass over its characters (a path or a code in every row of a catalog).
 */
export function isPlainAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return false;
    if (MARK_CHARACTERS.has(code) && index > 0 && VOWEL_CODES.has(text.charCodeAt(index - 1))) return false;
    if ((code | CASE_BIT) === LOWER_D && (text.charCodeAt(index + 1) | CASE_BIT) === LOWER_D) return false;
  }
  return true;
}

/**
 * Guesses how Vietnamese text is encoded. Text holding letters only Unicode has (ư, ơ, đ, ạ…) is
 * `unicode`. Otherwise Latin-1 characters that no Vietnamese word uses point to a legacy 8-bit
 * encoding: TCVN3 when they stand for a vowel after a consonant (`Céng`, `hµnh`), VNI when they
 * follow a vowel as a modifier (`Coäng`, `hoøa`). Text made only of letters Vietnamese also uses is
 * still read as TCVN3 when an uppercase letter sits inside a lowercase word (`kÕt`), or as VNI
 * for pairs no Vietnamese word has (`Coâng`). Pure ASCII with VIQR marks (`Vie^.t`) is `viqr`.
 * Short strings can be ambiguous (TCVN3 `thóc` is also the Unicode word thóc); the evidence
 * counts are returned for that reason.
 *
 * @example
 * ```ts
 * import { detectVietnameseEncoding } from '@sohoa/metadata';
 *
 * detectVietnameseEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam').encoding; // 'tcvn3'
 * detectVietnameseEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam').encoding; // 'vni'
 * detectVietnameseEncoding('Co^.ng ho`a xa~ ho^.i').encoding; // 'viqr'
 * detectVietnameseEncoding('Cộng hòa xã hội').encoding; // 'unicode'
 * ```
 */
export function detectVietnameseEncoding(text: string): EncodingDetection {
  if (isPlainAscii(text)) return { encoding: 'ascii', evidence: { tcvn3: 0, vni: 0, viqr: 0 } };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for any non-ASCII character
  if (!/[^\u0000-\u007f]/.test(text)) {
    // ASCII: no TCVN3 or VNI character can be in it (both are beyond ASCII), only VIQR marks.
    const viqr = count(text, VIQR_MARK);
    const evidence = { tcvn3: 0, vni: 0, viqr };
    // Without a mark the words need not be counted (a path or a code per row of a catalog).
    if (viqr === 0) return { encoding: 'ascii', evidence };
    const words = count(text, /\p{L}+/gu);
    return { encoding: viqr >= words * 0.15 ? 'viqr' : 'ascii', evidence };
  }
  const vni = count(text, VNI_PAIR) + count(text, VNI_D);
  let tcvn3 = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (!TCVN3_TO_UNICODE.has(character)) continue;
    const before = index > 0 ? (text[index - 1] as string) : ' ';
    if (!VOWEL.test(before)) tcvn3++;
  }
  const viqr = count(text, VIQR_MARK);
  const evidence = { tcvn3, vni, viqr };
  if (UNICODE_ONLY.test(text)) return { encoding: 'unicode', evidence };
  if (count(text, NOT_VIETNAMESE_LATIN1) === 0) {
    // Only letters Vietnamese uses: Unicode, unless a TCVN3 or VNI pattern betrays the text.
    if (TCVN3_MIXED_CASE.test(text)) return { encoding: 'tcvn3', evidence };
    if (VNI_STRONG.test(text)) return { encoding: 'vni', evidence };
    return { encoding: 'unicode', evidence };
  }
  return { encoding: vni > tcvn3 ? 'vni' : 'tcvn3', evidence };
}
