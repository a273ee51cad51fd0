import { PDFDict } from 'pdf-lib';
import { ADOBE_GLYPH_LIST } from './adobe-glyph-names.js';
import { encodingDifferences } from './embedded-glyphs.js';
import {
  MAC_EXPERT_ENCODING,
  MAC_OS_ROMAN_CODES,
  MAC_ROMAN_ENCODING,
  STANDARD_ENCODING,
  WIN_ANSI_ENCODING,
} from './glyph-name-tables.js';
import { entry, nameEntry, nameValue } from './pdf-values.js';
import { isSymbolic } from './rules/fonts.js';
import type { TrueTypeProgram } from './truetype-program.js';

/** How a simple TrueType font's codes reach its glyphs. */
export interface TrueTypeGlyphLookup {
  /** The glyph id a code reaches (0: none); `undefined` when the lookup cannot tell (a cmap format not read). */
  glyphOf: (code: number) => number | undefined;
}

/**
 * A simple TrueType font's glyph presence for a code, as veraPDF's `TrueTypeFontProgram.containsCode`
 * decides it: the code's glyph id is between 1 and numGlyphs − 1. Code 0 counts as present (veraPDF's
 * `GFGlyph`); `undefined` (not judged) when the lookup does not apply (an `Encoding` name veraPDF
 * cannot read) or the cmap format is not read here.
 */
export function trueTypeGlyphPresent(
  program: TrueTypeProgram,
  lookup: TrueTypeGlyphLookup | undefined,
  code: number,
): boolean | undefined {
  if (code === 0) return true;
  const glyph = lookup?.glyphOf(code);
  const count = program.glyphCount;
  if (!lookup || glyph === undefined || count === undefined) return undefined;
  return glyph > 0 && glyph < count;
}

/**
 * The glyph names veraPDF's `TrueTypeFontProgram.createCIDToNameTable` gives codes 0–255 of a
 * non-symbolic TrueType font with an `Encoding`: `MacRomanEncoding` or `WinAnsiEncoding` by name; a
 * dictionary's `BaseEncoding` (`WinAnsiEncoding`, `MacRomanEncoding`, `MacExpertEncoding`, anything
 * else or none: `StandardEncoding`) with its `Differences` applied, then every `.notdef` left
 * replaced by StandardEncoding's name for that code. `undefined` for another `Encoding` name, which
 * veraPDF cannot read (it judges neither glyphs nor widths then).
 */
function encodingNames(font: PDFDict): readonly string[] | undefined {
  const encoding = entry(font, 'Encoding');
  const named = nameValue(encoding);
  if (named === 'MacRomanEncoding') return MAC_ROMAN_ENCODING;
  if (named === 'WinAnsiEncoding') return WIN_ANSI_ENCODING;
  if (!(encoding instanceof PDFDict)) return undefined;
  const base = nameEntry(encoding, 'BaseEncoding');
  const names = [
    ...(base === 'WinAnsiEncoding'
      ? WIN_ANSI_ENCODING
      : base === 'MacRomanEncoding'
        ? MAC_ROMAN_ENCODING
        : base === 'MacExpertEncoding'
          ? MAC_EXPERT_ENCODING
          : STANDARD_ENCODING),
  ];
  for (const [code, name] of encodingDifferences(encoding)) if (code < 256) names[code] = name;
  return names.map((name, code) => (name === '.notdef' ? (STANDARD_ENCODING[code] as string) : name));
}

/**
 * The glyph id of a glyph name, as veraPDF's `TrueTypeFontProgram.getGidFromCMaps` and
 * `getGidFromPostTable` find it: the name's Adobe Glyph List code point in the (3,1) cmap; else its
 * Mac OS Roman code in the (1,0) cmap; else the `post` table's glyph of that name; else 0.
 */
function glyphOfName(program: TrueTypeProgram, name: string): number | undefined {
  const cmaps = program.cmaps;
  const find = (platform: number, encoding: number) =>
    cmaps.find((cmap) => cmap.platform === platform && cmap.encoding === encoding);
  const unicode = find(3, 1);
  const codePoint = ADOBE_GLYPH_LIST.get(name);
  let glyph: number | undefined = 0;
  if (unicode && codePoint !== undefined) glyph = program.glyphOf(unicode, codePoint);
  const mac = find(1, 0);
  const macCode = MAC_OS_ROMAN_CODES.get(name);
  if (glyph === 0 && mac && macCode !== undefined) glyph = program.glyphOf(mac, macCode);
  if (glyph !== 0) return glyph;
  return program.postGlyphIds.get(name) ?? 0;
}

/** The high bytes veraPDF's `getGIDFrom30` accepts for a (3,0) subtable's codes. */
const SYMBOL_PAGES = new Set([0x0000, 0xf000, 0xf100, 0xf200]);

/**
 * Code-keyed lookup, as veraPDF's `TrueTypeFontProgram` does for a symbolic font or one without
 * `Encoding` (`containsCode`, `getGIDFrom30`): with a (3,0) subtable, the code on the page of the
 * subtable's first code (its high byte 0x00, 0xF0, 0xF1 or 0xF2; another page finds nothing), and
 * nothing else is searched; without one, the (1,0) subtable; with neither, no glyph.
 */
function codeKeyedLookup(program: TrueTypeProgram): TrueTypeGlyphLookup {
  const cmaps = program.cmaps;
  const find = (platform: number, encoding: number) =>
    cmaps.find((cmap) => cmap.platform === platform && cmap.encoding === encoding);
  const symbol = find(3, 0);
  if (symbol) {
    const first = program.firstCode(symbol);
    if (first === undefined) return { glyphOf: () => undefined };
    const page = first & 0xff00;
    if (!SYMBOL_PAGES.has(page)) return { glyphOf: () => 0 };
    return { glyphOf: (code) => program.glyphOf(symbol, page + code) };
  }
  const mac = find(1, 0);
  if (mac) return { glyphOf: (code) => program.glyphOf(mac, code) };
  return { glyphOf: () => 0 };
}

/**
 * Simple TrueType font: code → glyph as veraPDF's `TrueTypeFontProgram` finds it. A non-symbolic
 * font with an `Encoding` (a name or a dictionary, `Differences` included) goes through the code's
 * glyph name ({@link encodingNames}, then {@link glyphOfName}); a symbolic font, or one without
 * `Encoding`, through its code ({@link codeKeyedLookup}).
 */
export function trueTypeGlyphLookup(
  font: PDFDict,
  program: TrueTypeProgram,
): TrueTypeGlyphLookup | undefined {
  if (isSymbolic(font) || entry(font, 'Encoding') === undefined) return codeKeyedLookup(program);
  const names = encodingNames(font);
  if (!names) return undefined;
  const glyphs = new Map<number, number | undefined>();
  const glyphOf = (code: number) => {
    if (!glyphs.has(code)) glyphs.set(code, glyphOfName(program, names[code] ?? '.notdef'));
    return glyphs.get(code);
  };
  return { glyphOf };
}
