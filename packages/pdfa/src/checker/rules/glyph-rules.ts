import { type PDFDict, PDFRawStream } from 'pdf-lib';
import type { CheckContext } from '../check-context.js';
import { glyphProgram, programGlyphNames } from '../embedded-glyphs.js';
import { decodeStream, dictEntry, entry, nameEntry, textEntry } from '../pdf-values.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';
import { usedFonts } from './fonts.js';
import { fontGlyphs, trueTypeProgram } from './shown-glyphs.js';

/** veraPDF reads at most this many bytes of a CIDSet (`GFPDCIDFont.maxSize`). */
const MAX_CIDSET_BYTES = 16384;
const SUBSET_NAME = /^[A-Z]{6}\+/;

function list(values: (string | number)[]): string {
  return `${values.slice(0, 5).join(', ')}${values.length > 5 ? ` (and ${values.length - 5} more)` : ''}`;
}

/** The CIDs a CIDFont's program holds, and a test for one CID, as veraPDF's `getCIDList`/`containsCID`. */
function programCids(cidFont: PDFDict): { cids: number[]; contains: (cid: number) => boolean } | undefined {
  if (nameEntry(cidFont, 'Subtype') === 'CIDFontType2') {
    const count = trueTypeProgram(cidFont)?.glyphCount;
    if (count === undefined) return undefined;
    const map = entry(cidFont, 'CIDToGIDMap');
    if (!(map instanceof PDFRawStream)) {
      return {
        cids: Array.from({ length: Math.max(0, count - 1) }, (_, index) => index + 1),
        contains: (cid) => cid < count,
      };
    }
    const bytes = decodeStream(map);
    if (!bytes) return undefined;
    const size = Math.ceil(bytes.length / 2);
    const glyph = (cid: number) => ((bytes[cid * 2] ?? 0) << 8) | (bytes[cid * 2 + 1] ?? 0);
    const contains = (cid: number) => cid < size && glyph(cid) < count;
    // a CID the map sends to glyph 0 may be listed (veraPDF's containsCID) but is not required
    // (older veraPDF releases did not count it): only what both readings refuse is refused
    const cids: number[] = [];
    for (let cid = 1; cid < size; cid++) if (glyph(cid) !== 0 && contains(cid)) cids.push(cid);
    return { cids, contains };
  }
  const program = glyphProgram(cidFont);
  if (program?.kind !== 'cff' || !program.program.cidKeyed) return undefined;
  const cids = program.program.glyphNames.map(Number).filter((cid) => cid !== 0);
  const set = new Set(cids);
  return { cids, contains: (cid) => set.has(cid) };
}

function cidSetFindings(context: CheckContext): RuleFinding[] {
  return usedFonts(context).flatMap(({ descendant, label }) => {
    const descriptor = descendant && dictEntry(descendant, 'FontDescriptor');
    const cidSet = descriptor && entry(descriptor, 'CIDSet');
    if (
      !descendant ||
      !(cidSet instanceof PDFRawStream) ||
      !SUBSET_NAME.test(nameEntry(descendant, 'BaseFont') ?? '')
    )
      return [];
    const program = programCids(descendant);
    const bits = decodeStream(cidSet)?.subarray(0, MAX_CIDSET_BYTES);
    if (!program || !bits) return [];
    const listed = (cid: number) => (((bits[cid >> 3] ?? 0) >> (7 - (cid & 7))) & 1) === 1;
    const missing = program.cids.filter((cid) => !listed(cid));
    const extra: number[] = [];
    for (let cid = 1; cid < bits.length * 8; cid++)
      if (listed(cid) && !program.contains(cid)) extra.push(cid);
    if (missing.length === 0 && extra.length === 0) return [];
    const object = context.label(descendant, label);
    return [
      missing.length > 0
        ? {
            message: `The CIDSet does not list CIDs ${list(missing)}, which the embedded font program holds.`,
            messageVi: `CIDSet không liệt kê các CID ${list(missing)} có trong chương trình phông nhúng.`,
            object,
          }
        : {
            message: `The CIDSet lists CIDs ${list(extra)}, which the embedded font program does not hold.`,
            messageVi: `CIDSet liệt kê các CID ${list(extra)} không có trong chương trình phông nhúng.`,
            object,
          },
    ];
  });
}

function charSetFindings(context: CheckContext): RuleFinding[] {
  return usedFonts(context).flatMap(({ font, label }) => {
    const descriptor = dictEntry(font, 'FontDescriptor');
    const charSet = descriptor && textEntry(descriptor, 'CharSet');
    const subtype = nameEntry(font, 'Subtype');
    if (charSet === undefined || (subtype !== 'Type1' && subtype !== 'MMType1')) return [];
    if (!SUBSET_NAME.test(nameEntry(font, 'BaseFont') ?? '')) return [];
    const program = glyphProgram(font);
    const names = program && programGlyphNames(program);
    if (!names) return [];
    const inProgram = new Set(names);
    const declared = new Set(
      charSet
        .split('/')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    );
    const missing = [...inProgram].filter((name) => name !== '.notdef' && !declared.has(name));
    const extra = [...declared].filter((name) => name !== '.notdef' && !inProgram.has(name));
    const sizeOk = declared.size === inProgram.size || declared.size === inProgram.size - 1;
    if (sizeOk && missing.length === 0 && extra.length === 0) return [];
    return [
      missing.length > 0 || !sizeOk
        ? {
            message: `The CharSet does not list glyphs ${list(missing)} of the embedded font program (${declared.size} names for ${inProgram.size} glyphs).`,
            messageVi: `CharSet không liệt kê các glyph ${list(missing)} của chương trình phông nhúng (${declared.size} tên cho ${inProgram.size} glyph).`,
            object: label,
          }
        : {
            message: `The CharSet lists glyphs ${list(extra)}, which the embedded font program does not hold.`,
            messageVi: `CharSet liệt kê các glyph ${list(extra)} không có trong chương trình phông nhúng.`,
            object: label,
          },
    ];
  });
}

/** ISO 19005-2 6.2.11.4 (glyphs present, CharSet, CIDSet) and 6.2.11.8 (.notdef), read from the font programs. */
export const GLYPH_RULES: PdfARule[] = [
  defineRule(
    '6.2.11.4.1',
    2,
    'Embedded fonts define every glyph shown for rendering (Type 1, CFF and CIDFontType2 programs; text in rendering mode 3 exempt).',
    (context) =>
      fontGlyphs(context).flatMap(({ rendered, label, program }) => {
        // code 0 counts as present (veraPDF's GFGlyph), except in Type 3 fonts (initForType3)
        const missing = rendered.filter(
          (glyph) => glyph.present === false && (glyph.code !== 0 || program === 'type3'),
        );
        if (missing.length === 0) return [];
        const codes = list(
          missing.map((glyph) => (glyph.name ? `${glyph.code} (${glyph.name})` : glyph.code)),
        );
        return [
          {
            message: `Codes ${codes} show glyphs the embedded font program does not define.`,
            messageVi: `Các mã ${codes} hiển thị glyph không có trong chương trình phông nhúng.`,
            object: label,
          },
        ];
      }),
  ),
  defineRule(
    '6.2.11.4.2',
    1,
    'The CharSet of an embedded Type 1 subset font lists exactly the glyphs of its program.',
    charSetFindings,
  ),
  defineRule(
    '6.2.11.4.2',
    2,
    'The CIDSet of an embedded CIDFont subset identifies exactly the CIDs of its program.',
    cidSetFindings,
  ),
  defineRule('6.2.11.8', 1, 'No text shows the .notdef glyph, whatever the rendering mode.', (context) =>
    fontGlyphs(context).flatMap(({ all, label, usage }) => {
      const notdef = all.filter((glyph) => glyph.name === '.notdef');
      if (notdef.length === 0) return [];
      const codes = list(notdef.map((glyph) => glyph.code));
      return [
        {
          message: `Text in ${usage.object} shows the .notdef glyph (codes ${codes}), whatever its rendering mode.`,
          messageVi: `Văn bản trong ${usage.object} hiển thị glyph .notdef (mã ${codes}), dù ở chế độ hiển thị nào.`,
          object: label,
        },
      ];
    }),
  ),
];
