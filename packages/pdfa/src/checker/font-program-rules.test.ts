import { readFile } from 'node:fs/promises';
import { type PDFContext, PDFDict, PDFName, PDFNumber, type PDFRef, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { basePdf } from '../../test/conforming-pdf.js';
import { glyphlessFontProgram } from '../writer/glyphless-font.js';
import { glyphlessType0, show, simpleTrueTypeFont } from './__fixtures__/font-pdfs.js';
import { trueTypeProgram } from './__fixtures__/font-programs.js';
import { checkPdfA } from './check-pdfa.js';
import { readCMapProgram } from './rules/cmaps.js';
import { readJpeg2000Header } from './rules/jpeg2000.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))];
}

/** Big-endian bytes of 16-bit values. */
function u16(...values: number[]): number[] {
  return values.flatMap((value) => [(value >> 8) & 0xff, value & 0xff]);
}
function u32(...values: number[]): number[] {
  return values.flatMap((value) => [...u16(value >>> 16), ...u16(value & 0xffff)]);
}

/** The glyphless program with its `cmap` table replaced (the directory rebuilt, checksums left 0). */
function withCmap(cmap: number[]): Uint8Array {
  const program = glyphlessFontProgram();
  const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
  const tables: [string, Uint8Array][] = [];
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...program.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const table =
      tag === 'cmap' ? Uint8Array.from(cmap) : program.slice(offset, offset + view.getUint32(record + 12));
    tables.push([tag, table]);
  }
  const head = [...u32(0x00010000), ...u16(tables.length, 0, 0, 0)];
  const bodies: number[] = [];
  let offset = 12 + tables.length * 16;
  for (const [tag, table] of tables) {
    const padded = [...table, ...new Array((4 - (table.length % 4)) % 4).fill(0)];
    head.push(...Array.from(tag, (character) => character.charCodeAt(0)), ...u32(0, offset, table.length));
    bodies.push(...padded);
    offset += padded.length;
  }
  return Uint8Array.from([...head, ...bodies]);
}

/** A format 4 subtable mapping `first`…`last` to glyphs 1, 2, … (one segment and the final one). */
function format4(first: number, last: number): number[] {
  return u16(4, 32, 0, 4, 4, 1, 0, last, 0xffff, 0, first, 0xffff, (1 - first) & 0xffff, 1, 0, 0);
}
/** A format 6 subtable mapping `first`…`first + count − 1` all to glyph 1. */
function format6ToGlyph1(first: number, count: number): number[] {
  return u16(6, 10 + count * 2, 0, first, count, ...new Array(count).fill(1));
}
const SYMBOL_CMAP = [...u16(0, 1, 3, 0), ...u32(12), ...format6ToGlyph1(0xf020, 95)];
const NO_CMAP = u16(0, 0);
const TWO_CMAPS_NO_SYMBOL = [
  ...u16(0, 2, 1, 0),
  ...u32(20),
  ...u16(3, 1),
  ...u32(20),
  ...format4(0x20, 0x21),
];

/** A simple symbolic TrueType font over `program`, codes 32–126 all `width` wide. */
/** A simple TrueType font over `program`, every code 32–126 `width` wide; WinAnsiEncoding unless symbolic. */
function simpleTrueType(context: PDFContext, program: Uint8Array, width: number, symbolic = true): PDFRef {
  return simpleTrueTypeFont(context, {
    program,
    firstChar: 32,
    widths: new Array(95).fill(width),
    encoding: symbolic ? undefined : 'WinAnsiEncoding',
    descriptorEntries: {
      Flags: symbolic ? 4 : 32,
      FontBBox: [0, -236, 500, 928],
      Ascent: 928,
      Descent: -236,
    },
  });
}

describe('6.2.11.5-1 glyph widths vs the font program', () => {
  it('passes when DW equals the program’s advance, fails when it does not, and exempts invisible text', async () => {
    const visible = (dw: number, mode = 0) =>
      basePdf({
        edit: (document) =>
          show(
            document,
            glyphlessType0(document.context, (cidFont) => cidFont.set(PDFName.of('DW'), PDFNumber.of(dw))),
            '00410042',
            mode,
          ),
      });
    expect(await failedRules(await visible(500))).toEqual([]);
    expect(await failedRules(await visible(600))).toEqual(['6.2.11.5-1']);
    expect(await failedRules(await visible(600, 3))).toEqual([]);
    // a W array entry overrides DW for its CIDs
    const withW = await basePdf({
      edit: (document) =>
        show(
          document,
          glyphlessType0(document.context, (cidFont) =>
            cidFont.set(PDFName.of('W'), document.context.obj([0x41, [502]])),
          ),
          '00410042',
          0,
        ),
    });
    const failure = (await checkPdfA(withW)).failures.find((item) => item.rule === '6.2.11.5-1');
    expect(failure?.message).toContain('code 65 (glyph 1): 502 in the dictionary, 500 in the font program');
  });

  it('reads simple TrueType fonts through their (3,0) cmap', async () => {
    const simple = (width: number) =>
      basePdf({
        edit: (document) =>
          show(document, simpleTrueType(document.context, withCmap(SYMBOL_CMAP), width), '4142', 0),
      });
    expect(await failedRules(await simple(500))).toEqual([]);
    expect(await failedRules(await simple(700))).toEqual(['6.2.11.5-1']);
  });
});

describe('6.2.11.3.2-1 CIDToGIDMap', () => {
  it('accepts a stream or /Identity, fails a missing map or another name', async () => {
    const withMap = (map: string | undefined) =>
      basePdf({
        edit: (document) => {
          const font = glyphlessType0(document.context, (cidFont) => {
            if (map === undefined) cidFont.delete(PDFName.of('CIDToGIDMap'));
            else if (map !== 'stream') cidFont.set(PDFName.of('CIDToGIDMap'), PDFName.of(map));
          });
          show(document, font, '0001', 3);
        },
      });
    expect(await failedRules(await withMap('stream'))).toEqual([]);
    expect(await failedRules(await withMap('Identity'))).toEqual([]);
    expect(await failedRules(await withMap(undefined))).toEqual(['6.2.11.3.2-1']);
    expect(await failedRules(await withMap('Identity-H'))).toEqual(['6.2.11.3.2-1']);
  });
});

describe('6.2.11.8-1 .notdef in simple TrueType fonts', () => {
  it('fails a code WinAnsiEncoding leaves unassigned, and code 0 of a symbolic font, in any mode', async () => {
    const shown = (symbolic: boolean, hex: string) =>
      basePdf({
        edit: (document) => {
          const cmap = symbolic ? SYMBOL_CMAP : [...u16(0, 1, 3, 1), ...u32(12), ...format4(0x20, 0x7e)];
          show(document, simpleTrueType(document.context, withCmap(cmap), 500, symbolic), hex, 3);
        },
      });
    expect(await failedRules(await shown(false, '01'))).toEqual(['6.2.11.8-1']);
    expect(await failedRules(await shown(false, '4142'))).toEqual([]);
    expect(await failedRules(await shown(true, '0041'))).toEqual(['6.2.11.8-1']);
    expect(await failedRules(await shown(true, '4142'))).toEqual([]);
  });
});

describe('6.2.11.4.1-2 glyphs of simple TrueType fonts', () => {
  it('fails a visible code the cmap maps to no glyph (program without post names), not an invisible one', async () => {
    const symbolic = (hex: string, mode: number) =>
      basePdf({
        edit: (document) =>
          show(document, simpleTrueType(document.context, withCmap(SYMBOL_CMAP), 500), hex, mode),
      });
    expect(await failedRules(await symbolic('4142', 0))).toEqual([]);
    expect(await failedRules(await symbolic('10', 0))).toEqual(['6.2.11.4.1-2']);
    expect(await failedRules(await symbolic('10', 3))).toEqual([]);
    const winAnsi = (hex: string) =>
      basePdf({
        edit: (document) => {
          // (3,1) maps only U+0041 (A), to glyph 1
          const cmap = [...u16(0, 1, 3, 1), ...u32(12), ...format4(0x41, 0x41)];
          show(document, simpleTrueType(document.context, withCmap(cmap), 500, false), hex, 0);
        },
      });
    expect(await failedRules(await winAnsi('41'))).toEqual([]);
    expect(await failedRules(await winAnsi('e9'))).toEqual(['6.2.11.4.1-2']);
  });
});

describe('simple TrueType fonts with Differences: glyph names followed to glyphs (veraPDF TrueTypeFontProgram)', () => {
  // glyphs: 0 .notdef, 1 A (600), 2 B (700), 3 Ohorn (650), 4 g.alt (800, a post name only), 5 Aacute (550, (1,0) only)
  const program = trueTypeProgram({
    widths: [0, 600, 700, 650, 800, 550],
    unicode: { 65: 1, 66: 2, 416: 3 },
    mac: { 231: 5 },
    postNames: ['.notdef', 'A', 'B', 'Ohorn', 'g.alt', 'Aacute'],
  });
  /** Shows `hex` with a non-symbolic TrueType font whose Encoding is `encoding`, Widths from code 0x41. */
  const withDifferences = (encoding: Record<string, unknown>, widths: number[], hex = '41', mode = 0) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const font = simpleTrueTypeFont(context, {
          program,
          firstChar: 0x41,
          widths,
          encoding: context.obj({ Type: 'Encoding', ...encoding } as never),
        });
        show(document, font, hex, mode);
      },
    }).then(failedRules);
  const names = (...glyphs: string[]) => ({ Differences: [0x41, ...glyphs.map((name) => PDFName.of(name))] });

  it('follows a name through the (3,1) cmap by its Adobe Glyph List code point', async () => {
    expect(await withDifferences(names('B', 'A'), [700, 600], '4142')).toEqual([]);
    expect(await withDifferences(names('Ohorn'), [650])).toEqual([]);
    expect(await withDifferences(names('B', 'A'), [600, 700], '4142')).toEqual(['6.2.11.5-1']);
    expect(await withDifferences(names('Ohorn'), [600])).toEqual(['6.2.11.5-1']);
  });

  it('falls back to the (1,0) cmap by Mac OS Roman code, then to the post table’s names', async () => {
    expect(await withDifferences(names('Aacute'), [550])).toEqual([]);
    expect(await withDifferences(names('Aacute'), [600])).toEqual(['6.2.11.5-1']);
    // g.alt is in no cmap: found by its post name (6.2.11.6-2 still refuses a name outside the list)
    expect(await withDifferences(names('g.alt'), [800])).toEqual(['6.2.11.6-2']);
    expect((await withDifferences(names('g.alt'), [600])).sort()).toEqual(['6.2.11.5-1', '6.2.11.6-2']);
  });

  it('fails 6.2.11.4.1-2 for a name the program has no glyph for, not in rendering mode 3', async () => {
    expect(await withDifferences(names('C'), [600])).toEqual(['6.2.11.4.1-2']);
    expect(await withDifferences(names('C'), [600], '41', 3)).toEqual([]);
  });

  it('names the other codes by the base encoding (StandardEncoding without BaseEncoding)', async () => {
    // 0x42 is B in StandardEncoding; in WinAnsiEncoding 0xC1 is Aacute
    expect(await withDifferences(names('A'), [600, 700], '4142')).toEqual([]);
    expect(await withDifferences(names('A'), [600, 600], '4142')).toEqual(['6.2.11.5-1']);
    expect(
      await withDifferences(
        { BaseEncoding: 'WinAnsiEncoding', ...names('A') },
        [600, ...new Array(0x7f).fill(0), 550],
        '41C1',
      ),
    ).toEqual([]);
    // 0x80 is unassigned in StandardEncoding: no glyph, though the name is the program's (no .notdef)
    expect(await withDifferences(names('A'), [600, ...new Array(0x3e).fill(0)], '80')).toEqual([
      '6.2.11.4.1-2',
    ]);
  });

  it('takes StandardEncoding’s glyph where Differences name .notdef, which 6.2.11.8-1 refuses in any mode', async () => {
    expect(await withDifferences(names('.notdef'), [600])).toEqual(['6.2.11.8-1']);
    expect(await withDifferences(names('.notdef'), [600], '41', 3)).toEqual(['6.2.11.8-1']);
  });
});

describe('6.2.11.6 TrueType cmap subtables', () => {
  it('fails 6.2.11.6-1 for a non-symbolic TrueType program without cmap', async () => {
    const pdf = await basePdf({
      edit: (document) =>
        show(document, simpleTrueType(document.context, withCmap(NO_CMAP), 500, false), '4142', 0),
    });
    expect(await failedRules(pdf)).toContain('6.2.11.6-1');
  });

  it('fails 6.2.11.6-1 for a non-symbolic TrueType program whose one cmap subtable is (3,0), as veraPDF’s current test', async () => {
    const nonSymbolic = (cmap: number[]) =>
      basePdf({
        edit: (document) =>
          show(document, simpleTrueType(document.context, withCmap(cmap), 500, false), '4142', 0),
      })
        .then(failedRules)
        .then((rules) => rules.filter((rule) => rule === '6.2.11.6-1'));
    expect(await nonSymbolic(SYMBOL_CMAP)).toEqual(['6.2.11.6-1']);
    // (3,0) beside another subtable, or one (3,1) subtable, is enough
    const symbolAndUnicode = [
      ...u16(0, 2, 3, 0),
      ...u32(20),
      ...u16(3, 1),
      ...u32(20),
      ...format4(0x20, 0x7e),
    ];
    expect(await nonSymbolic(symbolAndUnicode)).toEqual([]);
    expect(await nonSymbolic([...u16(0, 1, 3, 1), ...u32(12), ...format4(0x20, 0x7e)])).toEqual([]);
  });

  it('fails 6.2.11.6-2 for Differences over a program without a (3,1) cmap, or naming glyphs outside the Adobe Glyph List', async () => {
    const differences = (cmap: number[], name = 'A') =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const font = simpleTrueType(context, withCmap(cmap), 500, false);
          context
            .lookup(font, PDFDict)
            .set(PDFName.of('Encoding'), context.obj({ Differences: [65, PDFName.of(name)] }));
          show(document, font, '41', 3);
        },
      });
    expect(
      await failedRules(await differences([...u16(0, 1, 3, 1), ...u32(12), ...format4(0x41, 0x41)])),
    ).toEqual([]);
    expect(
      await failedRules(await differences([...u16(0, 1, 1, 0), ...u32(12), ...format4(0x41, 0x41)])),
    ).toEqual(['6.2.11.6-2']);
    const unicodeCmap = [...u16(0, 1, 3, 1), ...u32(12), ...format4(0x41, 0x41)];
    // Vietnamese letters are in the list; uniXXXX names and made-up names are not
    expect(await failedRules(await differences(unicodeCmap, 'Ohorn'))).toEqual([]);
    expect(await failedRules(await differences(unicodeCmap, 'uni1EDA'))).toEqual(['6.2.11.6-2']);
    expect(await failedRules(await differences(unicodeCmap, 'glyph65'))).toEqual(['6.2.11.6-2']);
  });

  it('fails 6.2.11.6-4 for a symbolic TrueType program with two cmaps and no (3,0)', async () => {
    const pdf = await basePdf({
      edit: (document) =>
        show(document, simpleTrueType(document.context, withCmap(TWO_CMAPS_NO_SYMBOL), 500), '20', 0),
    });
    expect(await failedRules(pdf)).toEqual(['6.2.11.6-4']);
  });
});

describe('embedded CMaps: 6.1.13-10, 6.2.11.3.3-2, 6.2.11.3.3-3', () => {
  const cmapProgram = (body: string) => `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def
/CMapName /Test-H def /CMapType 1 def ${body}
1 begincodespacerange <0000> <FFFF> endcodespacerange
endcmap CMapName currentdict /CMap defineresource pop end end`;
  const withCMap = (body: string, dict: Record<string, unknown> = {}) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const ref = glyphlessType0(context);
        const cmap = context.flateStream(new TextEncoder().encode(cmapProgram(body)), {
          Type: 'CMap',
          CMapName: 'Test-H',
          CIDSystemInfo: {
            Registry: PDFString.of('Adobe'),
            Ordering: PDFString.of('Identity'),
            Supplement: 0,
          },
          ...dict,
        });
        context.lookup(ref, PDFDict).set(PDFName.of('Encoding'), context.register(cmap));
        show(document, ref, '0041', 3);
      },
    });

  it('passes a well-formed embedded CMap', async () => {
    expect(await failedRules(await withCMap('1 begincidrange <0000> <FFFF> 0 endcidrange'))).toEqual([]);
  });

  it('fails 6.1.13-10 for a CID above 65535', async () => {
    expect(await failedRules(await withCMap('1 begincidrange <0000> <FFFF> 1 endcidrange'))).toEqual([
      '6.1.13-10',
    ]);
    expect(readCMapProgram('2 begincidchar <41> 70000 <42> 3 endcidchar').maxCid).toBe(70000);
  });

  it('fails 6.2.11.3.3-2 when the program’s WMode differs from the dictionary’s', async () => {
    const body = '/WMode 1 def 1 begincidrange <0000> <FFFF> 0 endcidrange';
    expect(await failedRules(await withCMap(body))).toEqual(['6.2.11.3.3-2']);
    expect(await failedRules(await withCMap(body, { WMode: 1 }))).toEqual([]);
  });

  it('fails 6.2.11.3.3-3 when the CMap uses a non-predefined CMap', async () => {
    const body = '/Custom-H usecmap 1 begincidrange <0000> <FFFF> 0 endcidrange';
    expect(await failedRules(await withCMap(body))).toEqual(['6.2.11.3.3-3']);
    const predefined = '/Identity-H usecmap 1 begincidrange <0000> <FFFF> 0 endcidrange';
    expect(await failedRules(await withCMap(predefined, { UseCMap: PDFName.of('Identity-H') }))).toEqual([]);
  });
});

describe('6.2.8.3 JPEG 2000 images', () => {
  const box = (type: string, content: number[]) => [
    ...u32(8 + content.length),
    ...Array.from(type, (character) => character.charCodeAt(0)),
    ...content,
  ];
  /** A JP2 file's boxes (signature, ftyp, jp2h, a codestream that is only SOC + EOC). */
  const jp2 = (options: { channels?: number; bpc?: number; bpcc?: boolean; colr?: number[][] }) =>
    Uint8Array.from([
      ...box('jP  ', [0x0d, 0x0a, 0x87, 0x0a]),
      ...box('ftyp', [
        ...Array.from('jp2 ', (c) => c.charCodeAt(0)),
        ...u32(0),
        ...Array.from('jp2 ', (c) => c.charCodeAt(0)),
      ]),
      ...box('jp2h', [
        ...box('ihdr', [...u32(8, 8), ...u16(options.channels ?? 3), options.bpc ?? 7, 7, 0, 0]),
        ...(options.bpcc ? box('bpcc', [7, 7, 15]) : []),
        ...(options.colr ?? [[1, 0, 0, ...u32(16)]]).flatMap((colr) => box('colr', colr)),
      ]),
      ...box('jp2c', [0xff, 0x4f, 0xff, 0xd9]),
    ]);
  const withImage = (bytes: Uint8Array, width = 8, height = 8) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const image = context.register(
          context.stream(bytes, {
            Type: 'XObject',
            Subtype: 'Image',
            Width: width,
            Height: height,
            Filter: 'JPXDecode',
          }),
        );
        const page = document.getPage(0);
        page.node.setXObject(PDFName.of('Jx'), image);
        page.node.addContentStream(
          context.register(
            context.flateStream(new TextEncoder().encode(`q ${width} 0 0 ${height} 50 300 cm /Jx Do Q`)),
          ),
        );
      },
    });

  it('passes a real JP2 (OpenJPEG opj_compress, sRGB) and reads its header', async () => {
    const real = new Uint8Array(await readFile(new URL('./__fixtures__/qd47-crop.opj.jp2', import.meta.url)));
    expect(readJpeg2000Header(real)).toEqual({
      channels: 3,
      bitDepth: 8,
      bpccBox: false,
      colours: [{ method: 1, approximation: 0, enumerated: 16 }],
    });
    expect(await failedRules(await withImage(real, 240, 120))).toEqual([]);
    expect(await failedRules(await withImage(jp2({})))).toEqual([]);
  });

  it.each([
    ['6.2.8.3-1', jp2({ channels: 2 })],
    [
      '6.2.8.3-2',
      jp2({
        colr: [
          [1, 0, 0, ...u32(16)],
          [1, 0, 0, ...u32(17)],
        ],
      }),
    ],
    ['6.2.8.3-3', jp2({ colr: [[4, 0, 1]] })],
    ['6.2.8.3-4', jp2({ colr: [[1, 0, 0, ...u32(19)]] })],
    ['6.2.8.3-5', jp2({ bpc: 0xff, bpcc: true })],
    ['6.2.8.3-5', jp2({ bpc: 38 })],
  ])('fails %s', async (rule, bytes) => {
    expect(await failedRules(await withImage(bytes))).toEqual([rule]);
  });
});

describe('simple TrueType fonts looked up by code (symbolic, or no Encoding), as veraPDF TrueTypeFontProgram.containsCode', () => {
  /** A (3,0) format 6 subtable mapping `first`…`first + 94` to glyph 1. */
  const symbolOn = (first: number) => [...u16(0, 1, 3, 0), ...u32(12), ...format6ToGlyph1(first, 95)];
  const showSymbolic = (cmap: number[], hex: string, mode = 0) =>
    basePdf({
      edit: (document) => show(document, simpleTrueType(document.context, withCmap(cmap), 500), hex, mode),
    }).then(failedRules);

  it('reads a (3,0) subtable on the page of its first code: 0x00, 0xF0, 0xF1 or 0xF2', async () => {
    expect(await showSymbolic(symbolOn(0x0020), '4142')).toEqual([]);
    expect(await showSymbolic(symbolOn(0xf020), '4142')).toEqual([]);
    // codes 0xF120…: veraPDF looks code 0x41 up as 0xF141 (refused before: only 0x41 and 0xF041 were tried)
    expect(await showSymbolic(symbolOn(0xf120), '4142')).toEqual([]);
  });

  it('finds no glyph in a (3,0) subtable on another page, nor for a symbolic font with neither (3,0) nor (1,0)', async () => {
    expect(await showSymbolic(symbolOn(0x2020), '41')).toEqual(['6.2.11.4.1-2']);
    expect(await showSymbolic(symbolOn(0x2020), '41', 3)).toEqual([]);
    // one (3,1) subtable: allowed by 6.2.11.6-4, but a symbolic font's codes are never looked up in it
    const unicodeOnly = [...u16(0, 1, 3, 1), ...u32(12), ...format4(0x20, 0x7e)];
    expect(await showSymbolic(unicodeOnly, '41')).toEqual(['6.2.11.4.1-2']);
  });

  it('does not fall back to the post names for a code the (1,0) subtable leaves unmapped', async () => {
    // glyphs 0 .notdef, 1 A: (1,0) maps only code 0x41; the post table names A too
    const program = trueTypeProgram({ widths: [0, 500], mac: { 65: 1 }, postNames: ['.notdef', 'A'] });
    const shown = (hex: string) =>
      basePdf({
        edit: (document) => show(document, simpleTrueType(document.context, program, 500), hex, 0),
      }).then(failedRules);
    expect(await shown('41')).toEqual([]);
    expect(await shown('42')).toEqual(['6.2.11.4.1-2']);
  });

  it('looks a non-symbolic font without Encoding up by code through (3,0) first', async () => {
    const withoutEncoding = (width: number, hex: string) =>
      basePdf({
        edit: (document) => {
          const font = simpleTrueType(document.context, withCmap(symbolOn(0xf020)), width, false);
          (document.context.lookup(font) as PDFDict).delete(PDFName.of('Encoding'));
          show(document, font, hex, 0);
        },
      }).then(failedRules);
    // 6.2.11.6-2 refuses a non-symbolic font without MacRoman/WinAnsi encoding, and 6.2.11.6-1 one
    // whose only cmap subtable is (3,0), in any case
    const always = ['6.2.11.6-1', '6.2.11.6-2'];
    expect((await withoutEncoding(500, '41')).sort()).toEqual(always);
    expect((await withoutEncoding(700, '41')).sort()).toEqual(['6.2.11.5-1', ...always]);
    expect((await withoutEncoding(500, '10')).sort()).toEqual(['6.2.11.4.1-2', ...always]);
  });
});
