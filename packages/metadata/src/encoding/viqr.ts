/**
 * VIQR (RFC 1456), Vietnamese in plain ASCII: a vowel followed by a shape mark (`^` circumflex,
 * `(` breve, `+` horn) and a tone mark (`` ` `` huyền, `?` hỏi, `~` ngã, `'` sắc, `.` nặng);
 * `dd` is đ; a backslash makes the next mark literal.
 */
const SHAPES: Record<string, Record<string, string>> = {
  '^': { a: 'â', e: 'ê', o: 'ô' },
  '(': { a: 'ă' },
  '+': { o: 'ơ', u: 'ư' },
};

const TONES: Record<string, string> = {
  '`': '\u0300',
  '?': '\u0309',
  '~': '\u0303',
  "'": '\u0301',
  '.': '\u0323',
};

const SYLLABLE = /\\(.)|([dD])([dD])|([aeiouyAEIOUY])([\^(+]?)([`?~'.]?)/g;

function withCase(letter: string, upper: boolean): string {
  return upper ? letter.toUpperCase() : letter;
}

/**
 * Converts VIQR text to Unicode NFC. A `.` or `?` that ends a word after a tone was already
 * given in that word is read as punctuation (`Ha` No^.i.` → `Hà Nội.`), as is one followed by
 * nothing but spaces when no vowel precedes it.
 */
export function decodeViqr(text: string): string {
  return text
    .replace(SYLLABLE, (match, escaped, d1, d2, vowel, shape, tone, offset: number) => {
      if (escaped !== undefined) return escaped;
      if (d1 !== undefined) return d1 === 'D' || d2 === 'D' ? 'Đ' : 'đ';
      const upper = vowel !== vowel.toLowerCase();
      const shaped = shape ? (SHAPES[shape]?.[vowel.toLowerCase()] ?? undefined) : vowel.toLowerCase();
      if (shaped === undefined) return match;
      let mark = tone ? TONES[tone] : '';
      if ((tone === '.' || tone === '?') && !/^\p{L}/u.test(text.slice(offset + match.length))) {
        // Word-final "." or "?": punctuation when the word already carries a tone.
        const wordStart = text.slice(0, offset).search(/[\p{L}`?~'.^(+]*$/u);
        if (/[`?~'.]/.test(text.slice(wordStart, offset))) mark = '';
      }
      const letter = withCase(`${shaped}${mark ?? ''}`.normalize('NFC'), upper);
      return mark === '' && tone ? letter + tone : letter;
    })
    .normalize('NFC');
}
