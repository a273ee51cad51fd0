import { BASE_VOWELS, vowelForms } from './vietnamese-letters.js';

/**
 * TCVN 5712:1993 "VN3" (the ABC fonts `.VnTime`, `.VnArial`…), one byte per letter, read as
 * Latin-1 characters: the six forms of each base vowel in {@link BASE_VOWELS} order, then đ and
 * the uppercase letters without tone. TCVN3 has no uppercase toned vowels: those were typed with
 * the lowercase codes in an uppercase "H" font (`.VnTimeH`).
 */
const TCVN3_VOWELS = [
  'aµ¶·¸¹',
  '¨»¼½¾Æ',
  '©ÇÈÉÊË',
  'eÌÎÏÐÑ',
  'ªÒÓÔÕÖ',
  'i×ØÜÝÞ',
  'oßáâãä',
  '«åæçèé',
  '¬êëìíî',
  'uïñòóô',
  '\u00adõö÷øù',
  'yúûüýþ',
];

const TCVN3_OTHERS: Record<string, string> = {
  '®': 'đ',
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
};

/** TCVN3 character → Unicode letter (lowercase for every toned vowel). */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map([
  ...BASE_VOWELS.flatMap((base, row) => {
    const forms = vowelForms(base);
    return [...(TCVN3_VOWELS[row] as string)]
      .map((code, column) => [code, forms[column] as string] as [string, string])
      .filter(([code]) => !/[a-z]/.test(code));
  }),
  ...Object.entries(TCVN3_OTHERS),
]);

/** One word whose case could not be read from TCVN3 bytes alone. */
export interface CaseAmbiguity {
  /** The word as converted. */
  word: string;
  /** Its position (UTF-16 index) in the converted text. */
  index: number;
  /** What was decided: `upper` (set in capitals) or `kept` (left as typed). */
  resolved: 'upper' | 'kept';
}

const WORD = /[\p{L}\u00a1-\u00bf]+/gu;

interface WordFacts {
  raw: string;
  index: number;
  converted: string;
  /** Whether it holds a TCVN3 code (toned vowel, ă, â, ê, ô, ơ, ư, đ). */
  coded: boolean;
  /** Capital letters in it, counting the TCVN3 capitals Ă Â Ê Ô Ơ Ư Đ. */
  capitals: number;
  /** Whether a plain letter is lowercase. */
  lower: boolean;
}

function factsOf(raw: string, index: number): WordFacts {
  const characters = [...raw];
  const plain = characters.filter((character) => !TCVN3_TO_UNICODE.has(character));
  return {
    raw,
    index,
    converted: characters.map((character) => TCVN3_TO_UNICODE.get(character) ?? character).join(''),
    coded: plain.length < characters.length,
    capitals: characters.filter((character) => /\p{Lu}/u.test(TCVN3_TO_UNICODE.get(character) ?? character))
      .length,
    lower: plain.some((character) => /\p{Ll}/u.test(character)),
  };
}

/**
 * Converts TCVN3 text (already read as Latin-1 characters) to Unicode NFC. TCVN3 has no codes for
 * uppercase toned vowels, so capitals typed in an uppercase font come out lowercase: a toned
 * vowel inside a word whose other letters are all capitals (`HéI` → `HỘI`) is set in capitals;
 * a word with a single capital such as `Hµ` follows the majority of the words on its line
 * (capitals if most are all capitals), and is reported as ambiguous when the line holds a word in
 * capitals at all.
 */
export function decodeTcvn3(text: string): { text: string; ambiguities: CaseAmbiguity[] } {
  const ambiguities: CaseAmbiguity[] = [];
  let offset = 0;
  const lines = text.split('\n').map((line) => {
    const words = [...line.matchAll(WORD)].map((match) => factsOf(match[0], match.index));
    const capitalWords = words.filter((word) => word.capitals >= 2 && !word.lower).length;
    const upperLine = capitalWords > words.filter((word) => word.lower).length;
    let result = '';
    let last = 0;
    for (const word of words) {
      result += line.slice(last, word.index);
      last = word.index + word.raw.length;
      let converted = word.converted;
      if (word.coded && !word.lower && word.capitals >= 2) {
        converted = converted.toUpperCase();
      } else if (word.coded && !word.lower && word.capitals === 1) {
        if (upperLine) converted = converted.toUpperCase();
        // On a line with no word in capitals, `Hµ` is surely `Hà`: nothing to report.
        if (capitalWords > 0)
          ambiguities.push({
            word: converted.normalize('NFC'),
            index: offset + result.normalize('NFC').length,
            resolved: upperLine ? 'upper' : 'kept',
          });
      }
      result += converted;
    }
    result = (result + line.slice(last)).normalize('NFC');
    offset += result.length + 1;
    return result;
  });
  return { text: lines.join('\n'), ambiguities };
}
