import { toNfc } from '@sohoa/base';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
// "oa", "oe", "uy" ending a syllable (no final consonant): the two places a tone mark may sit.
const OPEN_GLIDE =
  /^(.*?)(o|u)([\u0300\u0301\u0303\u0309\u0323]?)(a|e|y)([\u0300\u0301\u0303\u0309\u0323]?)$/iu;

/** Where a tone mark sits on a syllable ending in oa, oe or uy; see {@link placeToneMarks}. */
export type ToneMarkStyle = 'first-vowel' | 'main-vowel';

/**
 * Moves tone marks on syllables ending in `oa`, `oe`, `uy` (no final consonant) to one
 * placement: `'first-vowel'` writes hòa, khỏe, thủy; `'main-vowel'` writes hoà, khoẻ, thuỷ. Both
 * are correct Vietnamese and both appear in real documents (Nghị định 30/2020's own examples print
 * "CỘNG HOÀ"); sohoa's OCR text keeps what is printed, and this is for search keys and comparison.
 * After `q` the `u` belongs to the onset (quý, quả): those are never moved.
 *
 * @example
 * ```ts
 * import { placeToneMarks } from '@sohoa/ocr';
 *
 * placeToneMarks('CỘNG HOÀ, Ủy ban, thuỷ lợi', 'first-vowel'); // 'CỘNG HÒA, Ủy ban, thủy lợi'
 * ```
 */
export function placeToneMarks(text: string, style: ToneMarkStyle): string {
  return text
    .normalize('NFD')
    .replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
      const match = OPEN_GLIDE.exec(word);
      if (!match) return word;
      const [, head = '', glide = '', firstTone = '', vowel = '', secondTone = ''] = match;
      const tone = firstTone || secondTone;
      if (!tone || /q$/iu.test(head) || TONE_MARKS.test(head)) return word;
      return style === 'first-vowel' ? `${head}${glide}${tone}${vowel}` : `${head}${glide}${vowel}${tone}`;
    })
    .normalize('NFC');
}

/**
 * The key to index and search OCR text by: NFC, lower case, tone marks placed on the first vowel
 * of oa/oe/uy (so "HOÀ" and "hòa" match), a hyphen between two letters read as a space (the
 * orthography of 1945–1980s joined the syllables of a compound: "Việt-nam Dân-chủ Cộng-hòa" is
 * found as "Việt Nam Dân chủ Cộng hòa"), whitespace collapsed. Diacritics are kept; the text
 * itself keeps what is printed.
 *
 * @example
 * ```ts
 * import { searchKey } from '@sohoa/ocr';
 *
 * searchKey('CỘNG HOÀ  XÃ HỘI'); // 'cộng hòa xã hội'
 * searchKey('Việt-nam Dân-chủ Cộng-hoà') === searchKey('Việt Nam Dân chủ Cộng hòa'); // true
 * ```
 */
export function searchKey(text: string): string {
  return placeToneMarks(toNfc(text).toLowerCase(), 'first-vowel')
    .replace(/(?<=\p{L})[-\u2010\u2011](?=\p{L})/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The diacritic-free ("không dấu") key: {@link searchKey} with every tone mark and vowel mark
 * removed and đ written d, for searches typed without Vietnamese input.
 *
 * @example
 * ```ts
 * import { unaccentedKey } from '@sohoa/ocr';
 *
 * unaccentedKey('Ủy ban nhân dân tỉnh Quảng Ngãi'); // 'uy ban nhan dan tinh quang ngai'
 * ```
 */
export function unaccentedKey(text: string): string {
  return searchKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').normalize('NFC');
}
