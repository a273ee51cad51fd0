import type { PDFDict } from 'pdf-lib';
import { entry, nameValue } from './pdf-values.js';
import { isSymbolic } from './rules/fonts.js';
import type { TrueTypeProgram } from './truetype-program.js';

/** WinAnsiEncoding codes 0x80–0x9F as Unicode (the rest of 0x20–0xFF is Latin-1). */
const WIN_ANSI_HIGH: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

function winAnsiUnicode(code: number): number | undefined {
  if ((code >= 0x20 && code <= 0x7e) || code >= 0xa0) return code;
  return WIN_ANSI_HIGH[code];
}

/**
 * A simple TrueType font's glyph presence for a code, as veraPDF's `TrueTypeFontProgram.containsCode`
 * decides it where this lookup reaches: the cmap gives a glyph id between 1 and numGlyphs − 1.
 * `undefined` (not judged) when the lookup does not apply, or when the cmap gives glyph 0 but
 * veraPDF would still search the `post` table's glyph names or the (1,0) subtable.
 */
export function trueTypeGlyphPresent(
  font: PDFDict,
  program: TrueTypeProgram,
  glyphOf: ((code: number) => number | undefined) | undefined,
  code: number,
): boolean | undefined {
  if (code === 0) return true;
  const glyph = glyphOf?.(code);
  const count = program.glyphCount;
  if (glyph === undefined || count === undefined) return undefined;
  if (glyph > 0) return glyph < count;
  const fallback =
    program.postVersion === 0x00020000 ||
    (!isSymbolic(font) && program.cmaps.some((cmap) => cmap.platform === 1 && cmap.encoding === 0));
  return fallback ? undefined : false;
}

/**
 * Simple TrueType font: code → glyph through the program's cmap as ISO 32000-1 9.6.6.4 says, for
 * the cases that need no glyph names: symbolic fonts through (3,0) (codes, or 0xF000 + code) or
 * (1,0); non-symbolic fonts with WinAnsiEncoding through (3,1), or without Encoding or with
 * MacRomanEncoding through (1,0). Other cases (Differences) are not judged.
 */
export function trueTypeGlyphLookup(
  font: PDFDict,
  program: TrueTypeProgram,
): ((code: number) => number | undefined) | undefined {
  const cmaps = program.cmaps;
  const find = (platform: number, encoding: number) =>
    cmaps.find((cmap) => cmap.platform === platform && cmap.encoding === encoding);
  const encoding = nameValue(entry(font, 'Encoding'));
  const hasEncodingDict = entry(font, 'Encoding') !== undefined && encoding === undefined;
  let glyphOf: ((code: number) => number | undefined) | undefined;
  const symbol = find(3, 0);
  const unicode = find(3, 1);
  const mac = find(1, 0);
  if (isSymbolic(font)) {
    if (symbol) {
      glyphOf = (code) => {
        const direct = program.glyphOf(symbol, code);
        return direct ? direct : program.glyphOf(symbol, 0xf000 + code);
      };
    } else if (mac) glyphOf = (code) => program.glyphOf(mac, code);
  } else if (!hasEncodingDict) {
    if (encoding === 'WinAnsiEncoding' && unicode) {
      glyphOf = (code) => {
        const value = winAnsiUnicode(code);
        return value === undefined ? undefined : program.glyphOf(unicode, value);
      };
    } else if ((encoding === undefined || encoding === 'MacRomanEncoding') && mac) {
      glyphOf = (code) => program.glyphOf(mac, code);
    }
  }
  return glyphOf;
}
