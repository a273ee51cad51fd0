import { PDFDict } from 'pdf-lib';
import { ADOBE_GLYPH_LIST } from '../adobe-glyph-names.js';
import type { CheckContext } from '../check-context.js';
import { differenceNames, simpleDictionaryWidth, singleByteCodes } from '../embedded-glyphs.js';
import { entry, hasKey, nameEntry, nameValue } from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';
import { trueTypeGlyphLookup } from '../truetype-lookup.js';
import type { TrueTypeProgram } from '../truetype-program.js';
import { isSymbolic, usedFonts } from './fonts.js';
import { fontGlyphs, trueTypeProgram } from './shown-glyphs.js';

/** Widths may differ by this much (thousandths of an em) for rounding, as veraPDF allows. */
const WIDTH_TOLERANCE = 1;

/** Simple TrueType font: each code's glyph through the program's cmap ({@link trueTypeGlyphLookup}) and its width. */
function simpleGlyphs(font: PDFDict, program: TrueTypeProgram, strings: Uint8Array[]) {
  const glyphOf = trueTypeGlyphLookup(font, program)?.glyphOf;
  if (!glyphOf) return undefined;
  const glyphs = new Map<number, { glyph: number; width: number }>();
  for (const code of singleByteCodes(strings)) {
    const glyph = glyphOf(code);
    if (glyph !== undefined) glyphs.set(code, { glyph, width: simpleDictionaryWidth(font, code) });
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

function widthFinding(wrong: WrongWidth[], object: string, type3 = false): RuleFinding[] {
  if (wrong.length === 0) return [];
  const describe = (inDictionary: string, inProgram: string, code: string) =>
    wrong
      .slice(0, 3)
      .map(
        (item) =>
          `${code} ${item.code}${item.glyph ? ` (${item.glyph})` : ''}: ${item.dictionary} ${inDictionary}, ${Math.round(item.program * 100) / 100} ${inProgram}`,
      )
      .join('; ') + (wrong.length > 3 ? ` (+${wrong.length - 3})` : '');
  if (type3)
    return [
      {
        message: `Glyph widths in Widths differ from those the Type 3 glyph procedures declare with d0/d1: ${describe('in Widths', 'in the glyph procedure', 'code')}.`,
        messageVi: `Độ rộng glyph trong Widths khác với độ rộng mà thủ tục glyph của phông Type 3 khai báo bằng d0/d1: ${describe('trong Widths', 'trong thủ tục glyph', 'mã')}.`,
        object,
      },
    ];
  return [
    {
      message: `Glyph widths differ from the font program: ${describe('in the dictionary', 'in the font program', 'code')}.`,
      messageVi: `Độ rộng glyph khác với chương trình phông: ${describe('trong từ điển', 'trong chương trình phông', 'mã')}.`,
      object,
    },
  ];
}

/** Simple TrueType programs: codes mapped to glyph ids through the program's cmap. */
function trueTypeWidthFindings(context: CheckContext): RuleFinding[] {
  return usedFonts(context).flatMap(({ font, usage, label }) => {
    if (usage.renderedStrings.length === 0 || nameEntry(font, 'Subtype') !== 'TrueType') return [];
    const program = trueTypeProgram(font);
    if (!program) return [];
    const glyphs = simpleGlyphs(font, program, usage.renderedStrings);
    const wrong: WrongWidth[] = [];
    for (const [code, { glyph, width }] of glyphs ?? []) {
      const programWidth = glyph === 0 ? undefined : program.advanceWidth(glyph);
      if (programWidth !== undefined && Math.abs(programWidth - width) > WIDTH_TOLERANCE) {
        wrong.push({ code, glyph: `glyph ${glyph}`, dictionary: width, program: programWidth });
      }
    }
    return widthFinding(wrong, context.label(font, label));
  });
}

/**
 * Type 1, CFF and CIDFontType2 programs and Type 3 glyph procedures: the glyphs as veraPDF maps
 * them (names through the encodings, CIDs through the CMap, then the charset, CIDToGIDMap or
 * `CharProcs`).
 */
function glyphWidthFindings(context: CheckContext): RuleFinding[] {
  return fontGlyphs(context).flatMap(({ rendered, label, program }) => {
    const wrong = rendered.flatMap(({ code, name, glyph, programWidth, dictionaryWidth }) =>
      programWidth !== undefined &&
      dictionaryWidth !== undefined &&
      Math.abs(programWidth - dictionaryWidth) > WIDTH_TOLERANCE
        ? [
            {
              code,
              glyph: name ?? (glyph === undefined ? undefined : `glyph ${glyph}`),
              dictionary: dictionaryWidth,
              program: programWidth,
            },
          ]
        : [],
    );
    return widthFinding(wrong, label, program === 'type3');
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
    'Glyph widths in the font dictionary match the embedded font program (TrueType, OpenType, Type 1 and CFF programs, Type 3 glyph procedures; text in rendering mode 3 exempt).',
    (context) => [...trueTypeWidthFindings(context), ...glyphWidthFindings(context)],
  ),
  defineRule(
    '6.2.11.6',
    1,
    'A non-symbolic TrueType font used for rendering has a non-symbolic cmap subtable.',
    (context) =>
      trueTypePrograms(context).flatMap(({ font, usage, program, label }) => {
        if (isSymbolic(font) || usage.renderedStrings.length === 0) return [];
        // veraPDF's test: nrCmaps > 1 || (nrCmaps > 0 && cmap30Present == false)
        const cmaps = program.cmaps;
        if (cmaps.length === 0)
          return [
            {
              message: 'The non-symbolic TrueType font program has no cmap subtable.',
              messageVi: 'Chương trình phông TrueType không ký hiệu không có bảng cmap nào.',
              object: label,
            },
          ];
        const onlySymbol = cmaps.length === 1 && cmaps[0]?.platform === 3 && cmaps[0].encoding === 0;
        return onlySymbol
          ? [
              {
                message:
                  'The non-symbolic TrueType font program has only a (3,0) Microsoft Symbol cmap subtable; add a (3,1) or (1,0) one.',
                messageVi:
                  'Chương trình phông TrueType không ký hiệu chỉ có bảng cmap (3,0) Microsoft Symbol; hãy thêm bảng (3,1) hoặc (1,0).',
                object: label,
              },
            ]
          : [];
      }),
  ),
  defineRule(
    '6.2.11.6',
    2,
    'Non-symbolic TrueType fonts use MacRomanEncoding or WinAnsiEncoding, or Differences over a program with a (3,1) cmap.',
    (context) =>
      usedFonts(context).flatMap(({ font, label }) => {
        if (nameEntry(font, 'Subtype') !== 'TrueType' || isSymbolic(font)) return [];
        const encoding = entry(font, 'Encoding');
        const name =
          nameValue(encoding) ??
          (encoding instanceof PDFDict ? nameEntry(encoding, 'BaseEncoding') : undefined);
        if (name === 'MacRomanEncoding' || name === 'WinAnsiEncoding') return [];
        if (encoding instanceof PDFDict && hasKey(encoding, 'Differences')) {
          // glyph names are looked up as Unicode: Adobe Glyph List names, and a (3,1) cmap
          const program = trueTypeProgram(font);
          const unicode = program?.cmaps.some((cmap) => cmap.platform === 3 && cmap.encoding === 1);
          const unlisted = [...differenceNames(encoding)].filter(
            (name) => name !== '.notdef' && !ADOBE_GLYPH_LIST.has(name),
          );
          if (!program || (unicode && unlisted.length === 0)) return [];
          return [
            unlisted.length > 0
              ? {
                  message: `The Differences of the non-symbolic TrueType font name glyphs outside the Adobe Glyph List: ${unlisted.slice(0, 5).join(', ')}.`,
                  messageVi: `Differences của phông TrueType không ký hiệu dùng tên glyph ngoài Adobe Glyph List: ${unlisted.slice(0, 5).join(', ')}.`,
                  object: label,
                }
              : {
                  message:
                    'The non-symbolic TrueType font has Differences but its program has no (3,1) cmap subtable.',
                  messageVi:
                    'Phông TrueType không ký hiệu có Differences nhưng chương trình phông không có bảng cmap (3,1).',
                  object: label,
                },
          ];
        }
        return [
          {
            message: 'The non-symbolic TrueType font has no MacRoman or WinAnsi encoding.',
            messageVi: 'Phông TrueType không ký hiệu không dùng bảng mã MacRoman hoặc WinAnsi.',
            object: label,
          },
        ];
      }),
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
