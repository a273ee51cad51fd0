import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { CffProgram } from './cff-program.js';
import {
  MAC_EXPERT_ENCODING,
  MAC_ROMAN_ENCODING,
  STANDARD_ENCODING,
  WIN_ANSI_ENCODING,
} from './glyph-name-tables.js';
import { decodeStream, dictEntry, entry, nameEntry, nameValue, numberEntry } from './pdf-values.js';
import { Type1Program } from './type1-program.js';

/** One character code a text operator shows, as veraPDF's `Glyph` object sees it. */
export interface ShownGlyph {
  code: number;
  /** The glyph name the font's encoding gives (veraPDF's `name`); `.notdef` is refused by 6.2.11.8. */
  name: string | undefined;
  /** The font program defines the glyph (veraPDF's `isGlyphPresent`); `undefined` when not judged. */
  present: boolean | undefined;
  /** The glyph id in the program, when the lookup goes through one (CIDToGIDMap). */
  glyph?: number | undefined;
  /** The advance width in the program, thousandths of an em; `undefined` when not judged. */
  programWidth: number | undefined;
  /** The width the font dictionary gives (`Widths`/`MissingWidth`, or `W`/`DW`). */
  dictionaryWidth: number | undefined;
}

const BASE_ENCODINGS: Record<string, readonly string[]> = {
  WinAnsiEncoding: WIN_ANSI_ENCODING,
  MacRomanEncoding: MAC_ROMAN_ENCODING,
  MacExpertEncoding: MAC_EXPERT_ENCODING,
  StandardEncoding: STANDARD_ENCODING,
};

/**
 * The glyph name a simple font's `Encoding` gives a code, as veraPDF's `Encoding.getName` does: the
 * `Differences` entry, else the named base encoding (`WinAnsiEncoding`, `MacRomanEncoding` or
 * `MacExpertEncoding`; `.notdef` where it assigns nothing), else `null`: the font program's own
 * encoding decides (`StandardEncoding`, another name, or none).
 */
export function encodingGlyphName(font: PDFDict, code: number): string | null {
  const encoding = entry(font, 'Encoding');
  const named = nameValue(encoding);
  if (named !== undefined) return baseGlyphName(named, code);
  if (!(encoding instanceof PDFDict)) return null;
  const difference = differencesOf(encoding).get(code);
  if (difference !== undefined) return difference;
  return baseGlyphName(nameEntry(encoding, 'BaseEncoding'), code);
}

function baseGlyphName(base: string | undefined, code: number): string | null {
  const table = base === undefined || base === 'StandardEncoding' ? undefined : BASE_ENCODINGS[base];
  return table ? (table[code] ?? '.notdef') : null;
}

const differenceCache = new WeakMap<PDFDict, Map<number, string>>();

/** The glyph names an encoding dictionary's `Differences` array lists. */
export function differenceNames(encoding: PDFDict): Set<string> {
  return new Set(differencesOf(encoding).values());
}

/** The code → glyph name pairs of an encoding dictionary's `Differences` array. */
export function encodingDifferences(encoding: PDFDict): ReadonlyMap<number, string> {
  return differencesOf(encoding);
}

function differencesOf(encoding: PDFDict): Map<number, string> {
  let map = differenceCache.get(encoding);
  if (!map) {
    map = new Map();
    const items = entry(encoding, 'Differences');
    let code = -1;
    for (const item of items instanceof PDFArray ? items.asArray() : []) {
      const value = encoding.context.lookup(item);
      if (value instanceof PDFNumber) code = value.asNumber();
      else if (value instanceof PDFName && code >= 0) map.set(code++, value.decodeText());
    }
    differenceCache.set(encoding, map);
  }
  return map;
}

/** A font program this module reads: Type 1 (`FontFile`) or CFF (`FontFile3` Type1C / CIDFontType0C). */
export type GlyphProgram = { kind: 'type1'; program: Type1Program } | { kind: 'cff'; program: CffProgram };

const programs = new WeakMap<PDFRawStream, GlyphProgram | null>();

/** The parsed Type 1 or CFF program of a font dictionary, if it has one this module reads. */
export function glyphProgram(font: PDFDict): GlyphProgram | undefined {
  const descriptor = dictEntry(font, 'FontDescriptor');
  if (!descriptor) return undefined;
  const type1 = entry(descriptor, 'FontFile');
  const file3 = entry(descriptor, 'FontFile3');
  const stream = type1 instanceof PDFRawStream ? type1 : file3 instanceof PDFRawStream ? file3 : undefined;
  if (!stream || entry(descriptor, 'FontFile2')) return undefined;
  const subtype = nameEntry(stream.dict, 'Subtype');
  if (stream === file3 && subtype !== 'Type1C' && subtype !== 'CIDFontType0C') return undefined;
  let program = programs.get(stream);
  if (program === undefined) {
    const bytes = decodeStream(stream);
    if (stream === type1) {
      const parsed = bytes && Type1Program.parse(bytes);
      program = parsed ? { kind: 'type1', program: parsed } : null;
    } else {
      const parsed = bytes && CffProgram.parse(bytes);
      program = parsed ? { kind: 'cff', program: parsed } : null;
    }
    programs.set(stream, program);
  }
  return program ?? undefined;
}

/** The glyph names a Type 1 or name-keyed CFF program holds (for the CharSet rule). */
export function programGlyphNames(program: GlyphProgram): string[] | undefined {
  if (program.kind === 'type1') return [...program.program.widths.keys()];
  return program.program.cidKeyed ? undefined : program.program.glyphNames;
}

/** A glyph of a name-keyed program: present when it has a charstring of that name (`.notdef` never counts, as in veraPDF). */
function widthOfName(program: GlyphProgram, name: string): { present: boolean; width: number | undefined } {
  if (program.kind === 'type1') {
    const { widths } = program.program;
    return { present: name !== '.notdef' && widths.has(name), width: widths.get(name) };
  }
  const glyph = program.program.glyphId(name);
  return {
    present: name !== '.notdef' && glyph !== undefined,
    width: glyph === undefined ? undefined : program.program.widths[glyph],
  };
}

function builtInName(program: GlyphProgram, code: number): string | undefined {
  if (program.kind === 'type1') return program.program.encoding.get(code);
  const glyph = program.program.encoding.get(code);
  return glyph === undefined ? undefined : program.program.glyphNames[glyph];
}

/**
 * A simple font's width for a code, as veraPDF's `PDFont.getWidth` and `GFGlyph` read it: `Widths`
 * inside `FirstChar`…`LastChar`, else `MissingWidth`, else 0 (ISO 32000-1 9.6.2.1: codes outside the
 * range take `MissingWidth`, whose default is 0).
 */
export function simpleDictionaryWidth(font: PDFDict, code: number): number {
  const widths = entry(font, 'Widths');
  const first = numberEntry(font, 'FirstChar');
  const last = numberEntry(font, 'LastChar');
  if (widths instanceof PDFArray && widths.size() > 0 && first !== undefined && last !== undefined) {
    if (code >= first && code <= last) {
      const width = font.context.lookup(widths.get(code - first));
      return width instanceof PDFNumber ? width.asNumber() : 0;
    }
  }
  const descriptor = dictEntry(font, 'FontDescriptor');
  return (descriptor && numberEntry(descriptor, 'MissingWidth')) ?? 0;
}

/**
 * The glyphs a simple Type 1 font (embedded `FontFile` or `FontFile3 /Type1C`) shows for `codes`,
 * as veraPDF's `PDType1Font` maps them: the PDF `Encoding` names the glyph, else the program's
 * built-in encoding does; the glyph is present when the program has a charstring of that name
 * (code 0 always counts as present, as in veraPDF). A code outside `FirstChar`…`LastChar` is
 * `MissingWidth` (else 0) wide in the dictionary ({@link simpleDictionaryWidth}).
 */
export function type1Glyphs(font: PDFDict, program: GlyphProgram, codes: Iterable<number>): ShownGlyph[] {
  const glyphs: ShownGlyph[] = [];
  for (const code of codes) {
    const encoded = encodingGlyphName(font, code);
    const name = encoded ?? builtInName(program, code);
    const found = name === undefined ? { present: false, width: undefined } : widthOfName(program, name);
    const programWidth = found.present ? found.width : undefined;
    glyphs.push({
      code,
      name: encoded ?? undefined,
      present: code === 0 || found.present,
      programWidth,
      dictionaryWidth: simpleDictionaryWidth(font, code),
    });
  }
  return glyphs;
}

/** A code a Type 0 font shows and the CID its CMap gives it (`undefined`: the CMap does not map it). */
export interface CidCode {
  code: number;
  cid: number | undefined;
}

/**
 * The glyphs a CIDFontType0 over an embedded CFF program shows: each code's CID is found in a
 * CID-keyed program's charset (or, in a name-keyed program, used as the glyph id). Code 0, an
 * unmapped code, CID 0 or a CID the program lacks is `.notdef` (veraPDF's `GFCIDGlyph`).
 */
export function cidCffGlyphs(
  program: CffProgram,
  codes: Iterable<CidCode>,
  widthOf: (cid: number) => number,
): ShownGlyph[] {
  const glyphs: ShownGlyph[] = [];
  for (const { code, cid } of codes) {
    const glyph =
      cid === undefined
        ? undefined
        : program.cidKeyed
          ? program.glyphId(cid)
          : cid < program.widths.length
            ? cid
            : undefined;
    const present = cid !== undefined && cid !== 0 && glyph !== undefined;
    glyphs.push({
      code,
      name: present && code !== 0 ? undefined : '.notdef',
      present,
      programWidth: present ? program.widths[glyph as number] : undefined,
      dictionaryWidth: cid === undefined ? undefined : widthOf(cid),
    });
  }
  return glyphs;
}

/** The distinct one-byte codes of a simple font's strings. */
export function singleByteCodes(strings: Uint8Array[]): Set<number> {
  const codes = new Set<number>();
  for (const bytes of strings) for (const code of bytes) codes.add(code);
  return codes;
}

/** The distinct two-byte codes of a Type 0 font's strings under an Identity CMap (each its own CID). */
export function identityCodes(strings: Uint8Array[]): CidCode[] {
  const codes = new Set<number>();
  for (const bytes of strings)
    for (let index = 0; index + 1 < bytes.length; index += 2)
      codes.add(((bytes[index] as number) << 8) | (bytes[index + 1] as number));
  return [...codes].map((code) => ({ code, cid: code }));
}
