import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';

/** Advance of a character no Helvetica glyph stands for (a digit's), in thousandths of the font size. */
const OTHER_ADVANCE = 556;

let helvetica: StandardFontEmbedder | undefined;
const known = new Map<string, number>();

/**
 * The advance of each character of `text` (NFC), in thousandths of the font size, as Helvetica
 * (Arial's metrics) draws it: a Vietnamese letter as its letter without marks (`ệ` as `e`, `đ` as
 * `d`), a combining mark left alone as nothing, whitespace as Helvetica's space, any other
 * character as a digit. pdf.js's text content gives a run's width but not its glyphs' advances;
 * these estimate where inside the run each character lies.
 *
 * @example
 * ```ts
 * glyphAdvances('iệ m'); // [222, 556, 278, 833]
 * ```
 */
export function glyphAdvances(text: string): number[] {
  return Array.from(text, advance);
}

function advance(character: string): number {
  const cached = known.get(character);
  if (cached !== undefined) return cached;
  let found = OTHER_ADVANCE;
  if (/^\s$/u.test(character)) found = widthOf(' ');
  else if (/^\p{M}$/u.test(character)) found = 0;
  else {
    const base = character.replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFD').replace(/\p{M}/gu, '');
    if (/^[\u0021-\u007E]$/u.test(base)) found = widthOf(base);
  }
  known.set(character, found);
  return found;
}

function widthOf(character: string): number {
  // pdf-lib's StandardFonts values are the font names its embedder takes.
  helvetica ??= StandardFontEmbedder.for(
    StandardFonts.Helvetica as unknown as Parameters<typeof StandardFontEmbedder.for>[0],
  );
  return helvetica.widthOfTextAtSize(character, 1000);
}
