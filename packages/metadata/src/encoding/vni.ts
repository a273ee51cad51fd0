import { BASE_VOWELS, vowelForms } from './vietnamese-letters.js';

/**
 * VNI-Windows (the VNI fonts `VNI-Times`…): a base letter followed by a modifier character, read
 * as Latin-1. The six forms of each base vowel in {@link BASE_VOWELS} order, lowercase; uppercase
 * modifiers are the uppercase of these characters. Some vowels are a single character (`ì` = ì,
 * `ô` = ơ, `ö` = ư, `î` = ỵ).
 */
const VNI_VOWELS = [
  ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
];

/** VNI sequence (one or two characters) → Unicode letter, every case combination. */
export const VNI_TO_UNICODE: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>([
    ['ñ', 'đ'],
    ['Ñ', 'Đ'],
  ]);
  BASE_VOWELS.forEach((base, row) => {
    const forms = vowelForms(base);
    (VNI_VOWELS[row] as string[]).forEach((sequence, column) => {
      if (/^[a-z]$/.test(sequence)) return;
      const letter = forms[column] as string;
      const [first = '', second = ''] = [...sequence];
      // The letter takes the case of the base; the modifier may be typed in either case.
      for (const modifier of new Set([second, second.toUpperCase()])) {
        table.set(first + modifier, letter);
        table.set(first.toUpperCase() + modifier, letter.toUpperCase());
      }
    });
  });
  return table;
})();

/**
 * Converts VNI-Windows text (read as Latin-1 characters) to Unicode NFC: each base letter and
 * its modifier become one letter, longest match first.
 */
export function decodeVni(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; ) {
    const pair = VNI_TO_UNICODE.get(text.slice(index, index + 2));
    if (pair !== undefined && index + 1 < text.length) {
      result += pair;
      index += 2;
      continue;
    }
    const character = text[index] as string;
    result += VNI_TO_UNICODE.get(character) ?? character;
    index += 1;
  }
  return result.normalize('NFC');
}
