import { PDFArray, type PDFDict, PDFNumber, PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { type CMapCodes, cmapCodes, readCMapCodes } from '../cmap-codes.js';
import type { FontUsage } from '../content-analysis.js';
import { tokenizeContent } from '../content-tokens.js';
import {
  type CidCode,
  cidCffGlyphs,
  encodingGlyphName,
  glyphProgram,
  identityCodes,
  type ShownGlyph,
  simpleDictionaryWidth,
  singleByteCodes,
  type1Glyphs,
} from '../embedded-glyphs.js';
import {
  arrayEntry,
  decodeStream,
  dictEntry,
  entry,
  nameEntry,
  nameValue,
  numberEntry,
} from '../pdf-values.js';
import { readPredefinedCMap } from '../predefined-cmaps.js';
import { trueTypeGlyphLookup, trueTypeGlyphPresent } from '../truetype-lookup.js';
import { TrueTypeProgram } from '../truetype-program.js';
import { fontFile, usedFonts } from './fonts.js';

const programs = new WeakMap<PDFRawStream, TrueTypeProgram | null>();

/** The parsed TrueType/OpenType program of a font dictionary (FontFile2, or FontFile3 /OpenType). */
export function trueTypeProgram(dict: PDFDict): TrueTypeProgram | undefined {
  const file = fontFile(dict);
  const descriptor = dictEntry(dict, 'FontDescriptor');
  if (!file || !descriptor) return undefined;
  const isTrueType =
    entry(descriptor, 'FontFile2') === file ||
    (entry(descriptor, 'FontFile3') === file && nameEntry(file.dict, 'Subtype') === 'OpenType');
  if (!isTrueType) return undefined;
  let program = programs.get(file);
  if (program === undefined) {
    const bytes = decodeStream(file);
    program = (bytes && TrueTypeProgram.parse(bytes)) ?? null;
    programs.set(file, program);
  }
  return program ?? undefined;
}

/** A CIDFont's width for a CID from `W` and `DW` (ISO 32000-1 9.7.4.3). */
export function cidWidths(cidFont: PDFDict): (cid: number) => number {
  const widths = new Map<number, number>();
  const items = arrayEntry(cidFont, 'W') ?? [];
  const number = (value: unknown) => (value instanceof PDFNumber ? value.asNumber() : undefined);
  for (let index = 0; index < items.length; ) {
    const first = number(items[index]);
    const next = items[index + 1];
    if (first === undefined) break;
    if (next instanceof PDFArray) {
      for (let offset = 0; offset < next.size(); offset++) {
        const width = number(next.lookup(offset));
        if (width !== undefined) widths.set(first + offset, width);
      }
      index += 2;
    } else {
      const last = number(next);
      const width = number(items[index + 2]);
      if (last === undefined || width === undefined) break;
      for (let cid = first; cid <= last && cid - first < 65536; cid++) widths.set(cid, width);
      index += 3;
    }
  }
  const fallback = numberEntry(cidFont, 'DW') ?? 1000;
  return (cid) => widths.get(cid) ?? fallback;
}

/** The glyphs one used font shows, in all rendering modes and in the visible ones (not mode 3). */
export interface FontGlyphs {
  label: string;
  usage: FontUsage;
  all: ShownGlyph[];
  rendered: ShownGlyph[];
  /** The program the glyphs were read from: widths of TrueType programs are compared elsewhere. */
  program: 'truetype' | 'type1' | 'cff' | 'type3' | undefined;
}

/** CIDFontType2: CID → glyph id through `CIDToGIDMap`, present when inside the map and below `maxp`. */
function cidTrueTypeGlyphs(cidFont: PDFDict, codes: CidCode[]): ShownGlyph[] | undefined {
  const widthOf = cidWidths(cidFont);
  const program = trueTypeProgram(cidFont);
  const count = program?.glyphCount;
  const map = entry(cidFont, 'CIDToGIDMap');
  const mapBytes = map instanceof PDFRawStream ? decodeStream(map) : undefined;
  if (count === undefined || (map instanceof PDFRawStream && !mapBytes)) return undefined;
  return codes.map(({ code, cid }) => {
    const mapped = cid !== undefined && (!mapBytes || cid * 2 + 1 < mapBytes.length);
    const glyph =
      cid === undefined ? 0 : mapBytes ? ((mapBytes[cid * 2] ?? 0) << 8) | (mapBytes[cid * 2 + 1] ?? 0) : cid;
    const present = cid !== 0 && mapped && glyph < count;
    return {
      code,
      name: present && code !== 0 ? undefined : '.notdef',
      present,
      glyph,
      // glyph 0 (.notdef) is not compared
      programWidth: present && glyph !== 0 ? program?.advanceWidth(glyph) : undefined,
      dictionaryWidth: cid === undefined ? undefined : widthOf(cid),
    };
  });
}

const embeddedCMaps = new WeakMap<PDFRawStream, CMapCodes | null>();

/** The codes (with CIDs) a Type 0 font's strings hold: Identity-H/-V, a predefined CMap or an embedded one. */
function type0Codes(font: PDFDict, strings: Uint8Array[]): CidCode[] | undefined {
  const encoding = entry(font, 'Encoding');
  const name = nameValue(encoding);
  if (name === 'Identity-H' || name === 'Identity-V') return identityCodes(strings);
  let reader: CMapCodes | undefined;
  if (name !== undefined) {
    const table = readPredefinedCMap(name);
    reader = table && cmapCodes(table);
  } else if (encoding instanceof PDFRawStream) {
    let cached = embeddedCMaps.get(encoding);
    if (cached === undefined) {
      const bytes = decodeStream(encoding);
      cached = (bytes && readCMapCodes(Buffer.from(bytes).toString('latin1'))) ?? null;
      embeddedCMaps.set(encoding, cached);
    }
    reader = cached ?? undefined;
  }
  if (!reader) return undefined;
  const seen = new Map<number, CidCode>();
  for (const bytes of strings) for (const code of reader.codes(bytes)) seen.set(code.code, code);
  return [...seen.values()];
}

/**
 * A simple TrueType font: the encoding's glyph name (code 0 without one is `.notdef`) and, where the
 * cmap lookup of ISO 32000-1 9.6.6.4 settles it, whether the program has the glyph.
 */
function simpleTrueTypeGlyphs(font: PDFDict, codes: Iterable<number>): ShownGlyph[] {
  const program = trueTypeProgram(font);
  const lookup = program && trueTypeGlyphLookup(font, program);
  return [...codes].map((code) => ({
    code,
    name: encodingGlyphName(font, code) ?? (code === 0 ? '.notdef' : undefined),
    present: program ? trueTypeGlyphPresent(program, lookup, code) : undefined,
    programWidth: undefined,
    dictionaryWidth: undefined,
  }));
}

const procedureWidths = new WeakMap<PDFRawStream, number | null>();

/**
 * The width a Type 3 glyph procedure declares, as veraPDF's `Type3CharProcParser` reads it: the
 * first operand of a leading `wx wy d0` or `wx wy llx lly urx ury d1`, in glyph space (compared
 * with `Widths` unscaled: both are in the font's glyph space, whatever its `FontMatrix`).
 * `undefined` when the procedure does not start so (veraPDF's width −1).
 */
function procedureWidth(procedure: PDFRawStream): number | undefined {
  let width = procedureWidths.get(procedure);
  if (width === undefined) {
    width = null;
    const bytes = decodeStream(procedure);
    const first = bytes ? tokenizeContent(bytes).next() : undefined;
    if (first && !first.done) {
      const { operator, operands } = first.value;
      const count = operator === 'd0' ? 2 : operator === 'd1' ? 6 : 0;
      if (operands.length === count && typeof operands[0] === 'number') width = operands[0];
    }
    procedureWidths.set(procedure, width);
  }
  return width ?? undefined;
}

/**
 * A Type 3 font (veraPDF's `PDType3Font.containsCharString`): the encoding's glyph name, present when
 * `CharProcs` has a glyph procedure of that name. A code the encoding names nothing (not in
 * `Differences`, no `BaseEncoding` table) has no glyph, and code 0 has no exemption (veraPDF's
 * `GFGlyph.initForType3`). Widths as `GFGlyph` takes them: the program's is the procedure's
 * `d0`/`d1` width, else `MissingWidth`, else 0; the dictionary's is `Widths` inside
 * `FirstChar`…`LastChar`, else `MissingWidth`, else 0.
 */
function type3Glyphs(font: PDFDict, codes: Iterable<number>): ShownGlyph[] {
  const procedures = dictEntry(font, 'CharProcs');
  const descriptor = dictEntry(font, 'FontDescriptor');
  const fallback = (descriptor && numberEntry(descriptor, 'MissingWidth')) ?? 0;
  return [...codes].map((code) => {
    const name = encodingGlyphName(font, code);
    const procedure = name === null || !procedures ? undefined : entry(procedures, name);
    const declared = procedure instanceof PDFRawStream ? procedureWidth(procedure) : undefined;
    return {
      code,
      name: name ?? undefined,
      present: procedure instanceof PDFRawStream,
      programWidth: declared ?? fallback,
      dictionaryWidth: simpleDictionaryWidth(font, code),
    };
  });
}

function glyphsOf(
  font: PDFDict,
  descendant: PDFDict | undefined,
  strings: Uint8Array[],
): { glyphs: ShownGlyph[]; program: FontGlyphs['program'] } | undefined {
  const subtype = nameEntry(font, 'Subtype');
  if (subtype === 'Type0') {
    const cids = descendant && type0Codes(font, strings);
    if (!descendant || !cids) return undefined;
    if (nameEntry(descendant, 'Subtype') === 'CIDFontType2') {
      const glyphs = cidTrueTypeGlyphs(descendant, cids);
      return glyphs && { glyphs, program: 'truetype' };
    }
    const program = glyphProgram(descendant);
    if (program?.kind !== 'cff') return undefined;
    return { glyphs: cidCffGlyphs(program.program, cids, cidWidths(descendant)), program: 'cff' };
  }
  if (subtype === 'TrueType')
    return { glyphs: simpleTrueTypeGlyphs(font, singleByteCodes(strings)), program: 'truetype' };
  if (subtype === 'Type3') return { glyphs: type3Glyphs(font, singleByteCodes(strings)), program: 'type3' };
  if (subtype !== 'Type1' && subtype !== 'MMType1') return undefined;
  const program = glyphProgram(font);
  return program && { glyphs: type1Glyphs(font, program, singleByteCodes(strings)), program: program.kind };
}

const cache = new WeakMap<CheckContext, FontGlyphs[]>();

/**
 * The glyphs every used font shows, read from its embedded program as veraPDF's `Glyph` objects
 * are: simple Type 1 fonts (`FontFile`, `FontFile3 /Type1C`), CIDFontType0 over CFF and CIDFontType2
 * under Identity CMaps, and the encoding names of simple TrueType fonts. Computed once per check.
 */
export function fontGlyphs(context: CheckContext): FontGlyphs[] {
  let result = cache.get(context);
  if (!result) {
    result = usedFonts(context).flatMap(({ font, descendant, usage, label }) => {
      const all = glyphsOf(font, descendant, usage.strings);
      if (!all) return [];
      const rendered =
        usage.renderedStrings.length > 0 ? glyphsOf(font, descendant, usage.renderedStrings) : undefined;
      const glyphFont = descendant && nameEntry(font, 'Subtype') === 'Type0' ? descendant : font;
      return [
        {
          label: context.label(glyphFont, label),
          usage,
          all: all.glyphs,
          rendered: rendered?.glyphs ?? [],
          program: all.program,
        },
      ];
    });
    cache.set(context, result);
  }
  return result;
}
