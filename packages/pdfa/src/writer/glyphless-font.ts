import { deflateSync } from 'node:zlib';
import { type PDFContext, PDFName, PDFNumber, type PDFRef, PDFString } from 'pdf-lib';

/** The font's name: tesseract's, which OCR tools (OCRmyPDF among them) recognise as an OCR text layer. */
export const GLYPHLESS_FONT_NAME = 'GlyphLessFont';
/** Font units per em of the glyphless font. */
const UNITS_PER_EM = 1000;
/** Advance width of every glyph, in font units (= PDF glyph-space thousandths, since the em is 1000). */
export const GLYPHLESS_ADVANCE = 500;
/**
 * Ascent and descent in font units: those of DejaVu Sans (and close to most text fonts'), so that
 * from ascent to descent spans a text row and the font size is 0.86 of the row height, as with a
 * real font. Viewers' text-extraction heuristics (pdf.js's line and word breaks) scale with the
 * font size and are tuned to such proportions.
 */
export const GLYPHLESS_ASCENT = 928;
export const GLYPHLESS_DESCENT = -236;
/** The glyph every character is drawn with: glyph 1, empty (glyph 0 is `.notdef`, never shown). */
const BLANK_GLYPH = 1;

/** A big-endian byte writer for the few fixed-layout tables of a TrueType font. */
class Bytes {
  private readonly parts: number[] = [];
  u8(...values: number[]): this {
    for (const value of values) this.parts.push(value & 0xff);
    return this;
  }
  u16(...values: number[]): this {
    for (const value of values) this.u8(value >> 8, value);
    return this;
  }
  u32(...values: number[]): this {
    for (const value of values) this.u16(value >>> 16, value & 0xffff);
    return this;
  }
  ascii(text: string): this {
    for (const character of text) this.u8(character.charCodeAt(0));
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let index = 0; index < bytes.length; index += 4) {
    const word =
      ((bytes[index] ?? 0) << 24) |
      ((bytes[index + 1] ?? 0) << 16) |
      ((bytes[index + 2] ?? 0) << 8) |
      (bytes[index + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** `name` table (format 0, Windows Unicode English): family, subfamily, full and PostScript names. */
function nameTable(): Uint8Array {
  const names: [number, string][] = [
    [1, GLYPHLESS_FONT_NAME],
    [2, 'Regular'],
    [4, GLYPHLESS_FONT_NAME],
    [6, GLYPHLESS_FONT_NAME],
  ];
  const table = new Bytes().u16(0, names.length, 6 + names.length * 12);
  const strings = new Bytes();
  let offset = 0;
  for (const [id, text] of names) {
    table.u16(3, 1, 0x409, id, text.length * 2, offset);
    for (const character of text) strings.u16(character.charCodeAt(0));
    offset += text.length * 2;
  }
  return new Uint8Array([...table.done(), ...strings.done()]);
}

/** glyph 0 (`.notdef`): a rectangle, so the glyf table is not empty; glyph 1: no outline. */
function notdefGlyph(): Uint8Array {
  return new Bytes()
    .u16(1, 50, 0, 450, 700) // one contour; xMin, yMin, xMax, yMax
    .u16(3, 0) // last point index; no instructions
    .u8(1, 1, 1, 1) // four on-curve points, two-byte deltas
    .u16(50, 0, 400, 0) // x deltas
    .u16(0, 700, 0, -700 & 0xffff) // y deltas
    .u16(0) // pad to a multiple of four
    .done();
}

let program: Uint8Array | undefined;

/**
 * A complete TrueType font of two glyphs, both `GLYPHLESS_ADVANCE` wide: `.notdef` and an empty
 * glyph 1 that every character of the invisible text layer is drawn with (the idea of tesseract's
 * "GlyphLessFont"). Written here table by table (head, hhea, maxp, OS/2, hmtx, cmap, loca, glyf,
 * name, post): 660 bytes, 374 deflated. Free of any licence (no outline is copied from anywhere);
 * `fsType` 0, so embedding is unrestricted.
 */
export function glyphlessFontProgram(): Uint8Array {
  if (program) return program;
  const glyph0 = notdefGlyph();
  const tables: Record<string, Uint8Array> = {
    'OS/2': new Bytes()
      .u16(4, GLYPHLESS_ADVANCE, 400, 5, 0) // version 4, xAvgCharWidth, weight, width, fsType 0 (installable)
      .u16(650, 700, 0, 140, 650, 700, 0, 480, 50, 250, 0) // sub/superscript, strikeout, family class
      .u8(0, 0, 0, 0, 0, 0, 0, 0, 0, 0) // PANOSE
      .u32(0, 0, 0, 0) // Unicode ranges
      .ascii('NONE')
      .u16(0x40, 0x20, 0xfffd) // fsSelection REGULAR, first and last character
      .u16(GLYPHLESS_ASCENT, GLYPHLESS_DESCENT & 0xffff, 0, GLYPHLESS_ASCENT, -GLYPHLESS_DESCENT)
      .u32(1, 0) // code page ranges: Latin 1
      .u16(500, 700, 0, 0x20, 1) // x-height, cap height, default char, break char, max context
      .done(),
    // (3,1) format 4 with only the final segment: the font maps no character itself; the PDF's
    // CIDToGIDMap sends every CID to glyph 1.
    cmap: new Bytes().u16(0, 1, 3, 1).u32(12).u16(4, 24, 0, 2, 2, 0, 0, 0xffff, 0, 0xffff, 1, 0).done(),
    glyf: glyph0,
    head: new Bytes()
      .u32(0x00010000, 0x00010000, 0, 0x5f0f3cf5) // version, revision, checkSumAdjustment (set below), magic
      .u16(0x0009, UNITS_PER_EM) // flags: baseline at y=0, integer ppem
      .u32(0, 0xe2e0c900, 0, 0xe2e0c900) // created and modified: a constant (2024), for reproducible bytes
      .u16(50, 0, 450, 700) // bounding box of all glyphs
      .u16(0, 8, 2, 0, 0) // macStyle, lowest ppem, direction hint, short loca, glyph data format
      .done(),
    hhea: new Bytes()
      .u32(0x00010000)
      .u16(GLYPHLESS_ASCENT, GLYPHLESS_DESCENT & 0xffff, 0, GLYPHLESS_ADVANCE, 50, 50, 450, 1, 0, 0)
      .u16(0, 0, 0, 0, 0, 2) // reserved, metric data format, numberOfHMetrics
      .done(),
    hmtx: new Bytes().u16(GLYPHLESS_ADVANCE, 50, GLYPHLESS_ADVANCE, 0).done(), // lsb = xMin
    loca: new Bytes().u16(0, glyph0.length / 2, glyph0.length / 2).done(),
    maxp: new Bytes().u32(0x00010000).u16(2, 4, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0).done(),
    name: nameTable(),
    post: new Bytes()
      .u32(0x00030000, 0)
      .u16(-100 & 0xffff, 50)
      .u32(1, 0, 0, 0, 0)
      .done(),
  };
  const tags = Object.keys(tables).sort();
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= tags.length) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const directory = new Bytes()
    .u32(0x00010000)
    .u16(tags.length, searchRange, entrySelector, tags.length * 16 - searchRange);
  let offset = 12 + tags.length * 16;
  const bodies: Uint8Array[] = [];
  for (const tag of tags) {
    const table = tables[tag] as Uint8Array;
    directory.ascii(tag).u32(checksum(table), offset, table.length);
    const padded = new Uint8Array(Math.ceil(table.length / 4) * 4);
    padded.set(table);
    bodies.push(padded);
    offset += padded.length;
  }
  const font = new Uint8Array(offset);
  font.set(directory.done(), 0);
  let position = 12 + tags.length * 16;
  const headOffset: Record<string, number> = {};
  for (const [index, body] of bodies.entries()) {
    headOffset[tags[index] as string] = position;
    font.set(body, position);
    position += body.length;
  }
  const adjustment = (0xb1b0afba - checksum(font)) >>> 0;
  new DataView(font.buffer).setUint32((headOffset.head as number) + 8, adjustment);
  program = font;
  return font;
}

/**
 * The UTF-16 code units a string is shown with in the glyphless font: its NFC form, each BMP
 * character as one two-byte code (code = CID = the character's UTF-16 value). Characters outside
 * the BMP and control characters are left out (no OCR engine reads them from a page).
 */
export function glyphlessCodes(text: string): number[] {
  const codes: number[] = [];
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0) as number;
    if (code >= 0x20 && code <= 0xffff && (code < 0xd800 || code > 0xdfff) && code !== 0xfeff) {
      codes.push(code);
    }
  }
  return codes;
}

/** A `<…>` hex string of two-byte codes. */
export function hexCodes(codes: readonly number[]): string {
  let hex = '<';
  for (const code of codes) hex += code.toString(16).toUpperCase().padStart(4, '0');
  return `${hex}>`;
}

/**
 * A ToUnicode CMap that maps each two-byte code to the same UTF-16 value, written as one
 * `bfrange` per high byte in use (a range may vary only in its last byte), leaving out the codes
 * below U+0020 and U+FEFF, U+FFFE, U+FFFF, which are never shown.
 */
export function identityToUnicode(highBytes: ReadonlySet<number>): string {
  const ranges = [...highBytes]
    .sort((left, right) => left - right)
    .map((high) => {
      // never map a code to U+0000, U+FEFF, U+FFFE or U+FFFF (ISO 19005-2 6.2.11.7.2)
      const first = high === 0 ? 0x20 : high << 8;
      const last = high === 0xfe ? 0xfefe : high === 0xff ? 0xfffd : (high << 8) | 0xff;
      const hex = (code: number) => `<${code.toString(16).toUpperCase().padStart(4, '0')}>`;
      return `${hex(first)} ${hex(last)} ${hex(first)}`;
    });
  const blocks: string[] = [];
  for (let index = 0; index < ranges.length; index += 100) {
    const chunk = ranges.slice(index, index + 100);
    blocks.push(`${chunk.length} beginbfrange\n${chunk.join('\n')}\nendbfrange`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMapResource defineresource pop
end
end`;
}

/**
 * Registers the glyphless font's objects at `fontRef`: a Type 0 font (Identity-H) over a
 * CIDFontType2 whose CIDToGIDMap sends every CID to glyph 1 and whose default width `DW` is the
 * program's advance width (so the dictionary and the font program agree, ISO 19005-2 6.2.11.5),
 * the embedded program (6.2.11.4.1), and a ToUnicode map covering the codes used (`highBytes`:
 * the high bytes of every code shown), so text extracts as the Unicode it was written from.
 */
export function registerGlyphlessFont(
  context: PDFContext,
  fontRef: PDFRef,
  highBytes: ReadonlySet<number>,
): void {
  const fontProgram = glyphlessFontProgram();
  const fontFile = context.flateStream(fontProgram, { Length1: fontProgram.length });
  // Two bytes per CID, all 0x0001: 128 KiB that deflate to a few hundred bytes.
  const gidMap = new Uint8Array(0x20000);
  for (let index = 1; index < gidMap.length; index += 2) gidMap[index] = BLANK_GLYPH;
  const cidToGid = context.stream(deflateSync(gidMap, { level: 9 }), { Filter: 'FlateDecode' });
  const toUnicode = context.flateStream(new TextEncoder().encode(identityToUnicode(highBytes)));
  const name = PDFName.of(GLYPHLESS_FONT_NAME);
  const descriptor = context.obj({
    Type: 'FontDescriptor',
    FontName: name,
    Flags: 4, // symbolic: the glyphs are not from the standard Latin set
    FontBBox: [0, GLYPHLESS_DESCENT, GLYPHLESS_ADVANCE, GLYPHLESS_ASCENT],
    ItalicAngle: 0,
    Ascent: GLYPHLESS_ASCENT,
    Descent: GLYPHLESS_DESCENT,
    CapHeight: 700,
    StemV: 80,
    FontFile2: context.register(fontFile),
  });
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: name,
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: context.register(descriptor),
    DW: PDFNumber.of(GLYPHLESS_ADVANCE),
    CIDToGIDMap: context.register(cidToGid),
  });
  context.assign(
    fontRef,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [context.register(cidFont)],
      ToUnicode: context.register(toUnicode),
    }),
  );
}
