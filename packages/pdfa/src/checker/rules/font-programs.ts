import { type PDFDict, PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { simpleDictionaryWidth, singleByteCodes } from '../embedded-glyphs.js';
import { decodeStream, entry, nameEntry, nameValue } from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';
import type { TrueTypeProgram } from '../truetype-program.js';
import { isSymbolic, usedFonts } from './fonts.js';
import { cidWidths, fontGlyphs, trueTypeProgram } from './shown-glyphs.js';

/** Widths may differ by this much (thousandths of an em) for rounding, as veraPDF allows. */
const WIDTH_TOLERANCE = 1;

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

/** CIDFontType2 under an Identity CMap: each two-byte code is a CID, mapped to a glyph by CIDToGIDMap. */
function cidFontGlyphs(font: PDFDict, cidFont: PDFDict, strings: Uint8Array[]) {
  const encoding = nameEntry(font, 'Encoding');
  if (encoding !== 'Identity-H' && encoding !== 'Identity-V') return undefined;
  const map = entry(cidFont, 'CIDToGIDMap');
  const mapBytes = map instanceof PDFRawStream ? decodeStream(map) : undefined;
  if (map instanceof PDFRawStream && !mapBytes) return undefined;
  const widthOf = cidWidths(cidFont);
  const glyphs = new Map<number, { glyph: number; width: number }>();
  for (const bytes of strings) {
    for (let index = 0; index + 1 < bytes.length; index += 2) {
      const cid = ((bytes[index] as number) << 8) | (bytes[index + 1] as number);
      if (glyphs.has(cid)) continue;
      const glyph = mapBytes
        ? cid * 2 + 1 < mapBytes.length
          ? ((mapBytes[cid * 2] as number) << 8) | (mapBytes[cid * 2 + 1] as number)
          : 0
        : cid;
      glyphs.set(cid, { glyph, width: widthOf(cid) });
    }
  }
  return glyphs;
}

/**
 * Simple TrueType font: code → glyph through the program's cmap as ISO 32000-1 9.6.6.4 says, for
 * the cases that need no glyph names: symbolic fonts through (3,0) (codes, or 0xF000 + code) or
 * (1,0); non-symbolic fonts with WinAnsiEncoding through (3,1), or without Encoding or with
 * MacRomanEncoding through (1,0). Other cases (Differences) are not judged.
 */
function simpleGlyphs(font: PDFDict, program: TrueTypeProgram, strings: Uint8Array[]) {
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
  if (!glyphOf) return undefined;
  const glyphs = new Map<number, { glyph: number; width: number }>();
  for (const code of singleByteCodes(strings)) {
    const glyph = glyphOf(code);
    const width = simpleDictionaryWidth(font, code);
    // outside FirstChar…LastChar without MissingWidth, veraPDF takes the program's width
    if (glyph !== undefined && width !== undefined) glyphs.set(code, { glyph, width });
  }
  return glyphs;
}

/** One code whose widths differ: `glyph` names the glyph (`glyph 12`, `A`) when known. */
interface WrongWidth {
  code: number;
  glyph: string | undefined;
  dictionary: number;
  program: number;
}

function widthFinding(wrong: WrongWidth[], object: string): RuleFinding[] {
  if (wrong.length === 0) return [];
  const describe = (inDictionary: string, inProgram: string, code: string) =>
    wrong
      .slice(0, 3)
      .map(
        (item) =>
          `${code} ${item.code}${item.glyph ? ` (${item.glyph})` : ''}: ${item.dictionary} ${inDictionary}, ${Math.round(item.program * 100) / 100} ${inProgram}`,
      )
      .join('; ') + (wrong.length > 3 ? ` (+${wrong.length - 3})` : '');
  return [
    {
      message: `Glyph widths differ from the font program: ${describe('in the dictionary', 'in the font program', 'code')}.`,
      messageVi: `Độ rộng glyph khác với chương trình phông: ${describe('trong từ điển', 'trong chương trình phông', 'mã')}.`,
      object,
    },
  ];
}

/** TrueType programs: codes mapped to glyph ids through CIDToGIDMap or the program's cmap. */
function trueTypeWidthFindings(context: CheckContext): RuleFinding[] {
  return usedFonts(context).flatMap(({ font, descendant, usage, label }) => {
    if (usage.renderedStrings.length === 0) return [];
    const glyphFont = nameEntry(font, 'Subtype') === 'Type0' ? descendant : font;
    if (!glyphFont) return [];
    const subtype = nameEntry(glyphFont, 'Subtype');
    const program = trueTypeProgram(glyphFont);
    if (!program) return [];
    const glyphs =
      subtype === 'CIDFontType2'
        ? cidFontGlyphs(font, glyphFont, usage.renderedStrings)
        : subtype === 'TrueType'
          ? simpleGlyphs(glyphFont, program, usage.renderedStrings)
          : undefined;
    const wrong: WrongWidth[] = [];
    for (const [code, { glyph, width }] of glyphs ?? []) {
      const programWidth = glyph === 0 ? undefined : program.advanceWidth(glyph);
      if (programWidth !== undefined && Math.abs(programWidth - width) > WIDTH_TOLERANCE) {
        wrong.push({ code, glyph: `glyph ${glyph}`, dictionary: width, program: programWidth });
      }
    }
    return widthFinding(wrong, context.label(glyphFont, label));
  });
}

/** Type 1 and CFF programs: the glyphs as veraPDF maps them (names through the encodings, CIDs through the charset). */
function glyphWidthFindings(context: CheckContext): RuleFinding[] {
  return fontGlyphs(context).flatMap(({ rendered, program, label }) => {
    if (program === 'truetype') return [];
    const wrong = rendered.flatMap(({ code, name, programWidth, dictionaryWidth }) =>
      programWidth !== undefined &&
      dictionaryWidth !== undefined &&
      Math.abs(programWidth - dictionaryWidth) > WIDTH_TOLERANCE
        ? [{ code, glyph: name, dictionary: dictionaryWidth, program: programWidth }]
        : [],
    );
    return widthFinding(wrong, label);
  });
}

/** Simple TrueType fonts with an embedded program, with their program. */
function trueTypePrograms(context: CheckContext) {
  return usedFonts(context).flatMap(({ font, usage, label }) => {
    if (nameEntry(font, 'Subtype') !== 'TrueType') return [];
    const program = trueTypeProgram(font);
    return program ? [{ font, usage, program, label }] : [];
  });
}

/** ISO 19005-2 6.2.11.5 (glyph widths) and 6.2.11.6 (TrueType cmap subtables), read from the font programs. */
export const FONT_PROGRAM_RULES: PdfARule[] = [
  defineRule(
    '6.2.11.5',
    1,
    'Glyph widths in the font dictionary match the embedded font program (TrueType, OpenType, Type 1 and CFF programs; text in rendering mode 3 exempt).',
    (context) => [...trueTypeWidthFindings(context), ...glyphWidthFindings(context)],
  ),
  defineRule(
    '6.2.11.6',
    1,
    'A non-symbolic TrueType font used for rendering has at least one cmap subtable.',
    (context) =>
      trueTypePrograms(context).flatMap(({ font, usage, program, label }) =>
        !isSymbolic(font) && usage.renderedStrings.length > 0 && program.cmaps.length === 0
          ? [{ message: 'The non-symbolic TrueType font program has no cmap subtable.', object: label }]
          : [],
      ),
  ),
  defineRule(
    '6.2.11.6',
    4,
    'A symbolic TrueType font program has exactly one cmap subtable or a (3,0) one.',
    (context) =>
      trueTypePrograms(context).flatMap(({ font, program, label }) => {
        if (!isSymbolic(font)) return [];
        const { cmaps } = program;
        return cmaps.length === 1 || cmaps.some((cmap) => cmap.platform === 3 && cmap.encoding === 0)
          ? []
          : [
              {
                message: `The symbolic TrueType font program has ${cmaps.length} cmap subtables and no (3,0) one.`,
                object: label,
              },
            ];
      }),
  ),
];
