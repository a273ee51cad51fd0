/**
 * The Vietnamese vowels and tones, from which the legacy code tables are built: each table lists,
 * for every base vowel, its form without tone and with the five tones in the order below.
 */

/** Base vowels, lowercase, in the order the tables use. */
export const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** Combining marks of the five tones: huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** The six forms of a base vowel (no tone, then the five tones), NFC. */
export function vowelForms(base: string): string[] {
  return ['', ...TONE_MARKS].map((mark) => `${base}${mark}`.normalize('NFC'));
}
