import { PDFArray, type PDFContext, PDFDict, PDFName, type PDFObject, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { basePdf } from '../../test/conforming-pdf.js';
import {
  type CidCffOptions,
  cidCffFont,
  embeddedCMap,
  glyphlessType0,
  type SimpleType1Options,
  show,
  simpleType1Font,
} from './__fixtures__/font-pdfs.js';
import { checkPdfA } from './check-pdfa.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))].sort();
}

/** The rules a page showing `hex` in `mode` with a simple Type 1 font fails. */
async function withType1(
  options: Omit<SimpleType1Options, 'encoding'> & { encoding?: (context: PDFContext) => PDFObject },
  hex = '4142',
  mode = 0,
): Promise<string[]> {
  return failedRules(
    await basePdf({
      edit: (document) => {
        const { context } = document;
        const font = simpleType1Font(context, { ...options, encoding: options.encoding?.(context) });
        show(document, font, hex, mode);
      },
    }),
  );
}

async function withCidCff(options: CidCffOptions, hex: string, mode = 0): Promise<string[]> {
  return failedRules(
    await basePdf({ edit: (document) => show(document, cidCffFont(document.context, options), hex, mode) }),
  );
}

const AB = { type1: { glyphs: { A: 600, B: 700 } } };
const differences = (code: number, name: string) => (context: PDFContext) =>
  context.obj({ Type: 'Encoding', Differences: [code, PDFName.of(name)] });

describe('simple Type 1 fonts (FontFile): 6.2.11.5-1, 6.2.11.4.1-2, 6.2.11.8-1', () => {
  it('accepts Widths equal to the charstrings’ hsbw widths (StandardEncoding built in)', async () => {
    expect(await withType1({ program: AB, firstChar: 65, widths: [600, 700] })).toEqual([]);
  });

  it('fails 6.2.11.5-1 for a width 2 units off, not for 1 unit, not in rendering mode 3', async () => {
    expect(await withType1({ program: AB, firstChar: 65, widths: [600, 702] })).toEqual(['6.2.11.5-1']);
    expect(await withType1({ program: AB, firstChar: 65, widths: [600, 701] })).toEqual([]);
    expect(await withType1({ program: AB, firstChar: 65, widths: [600, 702] }, '4142', 3)).toEqual([]);
  });

  it('scales widths by the FontMatrix', async () => {
    const program = { type1: { glyphs: { A: 1200, B: 1400 }, scale: 0.0005 } };
    expect(await withType1({ program, firstChar: 65, widths: [600, 700] })).toEqual([]);
    expect(await withType1({ program, firstChar: 65, widths: [1200, 1400] })).toEqual(['6.2.11.5-1']);
  });

  it('takes a code outside FirstChar…LastChar at MissingWidth, else 0 (veraPDF PDFont.getWidth)', async () => {
    // B (700 in the program) is outside Widths: 0 without MissingWidth
    expect(await withType1({ program: AB, firstChar: 65, widths: [600] })).toEqual(['6.2.11.5-1']);
    const missingWidth = (width: number) => ({ MissingWidth: width });
    expect(
      await withType1({ program: AB, firstChar: 65, widths: [600], descriptorEntries: missingWidth(250) }),
    ).toEqual(['6.2.11.5-1']);
    expect(
      await withType1({ program: AB, firstChar: 65, widths: [600], descriptorEntries: missingWidth(700) }),
    ).toEqual([]);
  });

  it('fails 6.2.11.4.1-2 when Differences name a glyph the program lacks (visible text only)', async () => {
    const options = { program: AB, firstChar: 65, widths: [600, 700], encoding: differences(66, 'Zeta') };
    expect(await withType1(options)).toEqual(['6.2.11.4.1-2']);
    expect(await withType1(options, '4142', 3)).toEqual([]);
  });

  it('fails 6.2.11.4.1-2 for a code the built-in encoding does not map', async () => {
    const program = { type1: { glyphs: { A: 600, B: 700 }, encoding: { 65: 'A' } } };
    expect(await withType1({ program, firstChar: 65, widths: [600, 700] })).toEqual(['6.2.11.4.1-2']);
  });

  it('fails 6.2.11.8-1 for a code the encoding names .notdef, whatever the rendering mode', async () => {
    const options = { program: AB, firstChar: 65, widths: [600, 0], encoding: differences(66, '.notdef') };
    // veraPDF never counts .notdef as a glyph the program has: visible, it also fails 6.2.11.4.1-2
    expect(await withType1(options)).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
    expect(await withType1(options, '4142', 3)).toEqual(['6.2.11.8-1']);
    // WinAnsiEncoding assigns nothing to code 1
    const winAnsi = { program: AB, firstChar: 1, widths: [0], encoding: () => PDFName.of('WinAnsiEncoding') };
    expect(await withType1(winAnsi, '01', 3)).toEqual(['6.2.11.8-1']);
    expect(await withType1({ ...winAnsi, firstChar: 65, widths: [600, 700] }, '4142', 0)).toEqual([]);
  });
});

describe('simple Type 1 fonts over CFF (FontFile3 /Type1C)', () => {
  const program = {
    cff: {
      glyphs: [
        { name: 'A', width: 600 },
        { name: 'B', width: 500 },
      ],
      nominalWidth: 300,
    },
  };

  it('reads widths from the charstrings (nominalWidthX + operand, or defaultWidthX)', async () => {
    expect(await withType1({ program, firstChar: 65, widths: [600, 500] })).toEqual([]);
    expect(await withType1({ program, firstChar: 65, widths: [600, 510] })).toEqual(['6.2.11.5-1']);
  });

  it('fails 6.2.11.4.1-2 for a code whose StandardEncoding glyph the program lacks', async () => {
    expect(await withType1({ program, firstChar: 65, widths: [600, 500, 500] }, '414243')).toEqual([
      '6.2.11.4.1-2',
    ]);
  });
});

describe('CIDFontType0 over a CID-keyed CFF (FontFile3 /CIDFontType0C), Identity-H', () => {
  const program = {
    cidKeyed: true,
    glyphs: [
      { cid: 5, width: 600 },
      { cid: 7, width: 500 },
    ],
  };

  it('accepts W/DW equal to the program’s widths', async () => {
    expect(await withCidCff({ program, widths: [5, [600]], defaultWidth: 500 }, '00050007')).toEqual([]);
  });

  it('fails 6.2.11.5-1 when W differs', async () => {
    expect(await withCidCff({ program, widths: [5, [650]], defaultWidth: 500 }, '00050007')).toEqual([
      '6.2.11.5-1',
    ]);
  });

  it('fails 6.2.11.4.1-2 and 6.2.11.8-1 for a CID not in the charset (only 6.2.11.8-1 when invisible)', async () => {
    const options = { program, widths: [5, [600]], defaultWidth: 500 };
    expect(await withCidCff(options, '0006')).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
    expect(await withCidCff(options, '0006', 3)).toEqual(['6.2.11.8-1']);
  });

  it('fails 6.2.11.8-1 for CID 0', async () => {
    expect(await withCidCff({ program, widths: [5, [600]], defaultWidth: 500 }, '00000005')).toEqual([
      '6.2.11.8-1',
    ]);
  });
});

describe('6.2.11.4.2-1 CharSet of a Type 1 subset', () => {
  const charSet = (value: string, baseFont?: string, program: SimpleType1Options['program'] = AB) =>
    withType1({
      program,
      firstChar: 65,
      widths: [600, 700],
      baseFont,
      descriptorEntries: { CharSet: PDFString.of(value) },
    });

  it('accepts the program’s glyph names, with or without .notdef', async () => {
    expect(await charSet('/A/B')).toEqual([]);
    expect(await charSet('/.notdef/A/B')).toEqual([]);
  });

  it('fails a CharSet missing a glyph or listing one the program lacks', async () => {
    expect(await charSet('/A')).toEqual(['6.2.11.4.2-1']);
    expect(await charSet('/A/B/C')).toEqual(['6.2.11.4.2-1']);
  });

  it('checks CFF programs too, and only subset fonts (ABCDEF+ names)', async () => {
    const cff = {
      cff: {
        glyphs: [
          { name: 'A', width: 600 },
          { name: 'B', width: 700 },
        ],
      },
    };
    expect(await charSet('/A/B', undefined, cff)).toEqual([]);
    expect(await charSet('/B', undefined, cff)).toEqual(['6.2.11.4.2-1']);
    expect(await charSet('/A', 'Test')).toEqual([]);
  });
});

describe('6.2.11.4.2-2 CIDSet of a CIDFont subset', () => {
  const cidSet = (context: PDFContext, bytes: number[]) =>
    context.register(context.flateStream(Uint8Array.from(bytes)));
  const program = {
    cidKeyed: true,
    glyphs: [
      { cid: 5, width: 600 },
      { cid: 7, width: 500 },
    ],
  };
  const withCffSet = (bytes: number[], baseFont?: string) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const font = cidCffFont(context, {
          program,
          widths: [5, [600]],
          defaultWidth: 500,
          baseFont,
          descriptorEntries: { CIDSet: cidSet(context, bytes) },
        });
        show(document, font, '0005', 0);
      },
    }).then(failedRules);

  it('accepts a CIDSet listing the CFF charset’s CIDs (bit 0, CID 0, is ignored)', async () => {
    expect(await withCffSet([0b00000101])).toEqual([]);
    expect(await withCffSet([0b10000101])).toEqual([]);
  });

  it('fails a CIDSet missing a CID of the program, or listing one it lacks', async () => {
    expect(await withCffSet([0b00000100])).toEqual(['6.2.11.4.2-2']);
    expect(await withCffSet([0b00000101, 0b01000000])).toEqual(['6.2.11.4.2-2']);
    expect(await withCffSet([0b00000100], 'TestCID')).toEqual([]);
  });

  it('reads CIDFontType2 programs through CIDToGIDMap (Identity: the CIDs below maxp’s glyph count)', async () => {
    const withTrueTypeSet = (bytes: number[]) =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const font = glyphlessType0(context, (cidFont) => {
            cidFont.set(PDFName.of('CIDToGIDMap'), PDFName.of('Identity'));
            cidFont.set(PDFName.of('BaseFont'), PDFName.of('ABCDEF+GlyphLessFont'));
            cidFont
              .lookup(PDFName.of('FontDescriptor'), PDFDict)
              .set(PDFName.of('CIDSet'), cidSet(context, bytes));
          });
          show(document, font, '0001', 3);
        },
      }).then(failedRules);
    // the glyphless program has 2 glyphs: .notdef and glyph 1
    expect(await withTrueTypeSet([0b01000000])).toEqual([]);
    expect(await withTrueTypeSet([0b00000000])).toEqual(['6.2.11.4.2-2']);
    expect(await withTrueTypeSet([0b01100000])).toEqual(['6.2.11.4.2-2']);
  });

  it('reads a CIDToGIDMap stream: CIDs sent to glyph 0 may be listed, not required; CIDs past the map may not', async () => {
    const withMappedSet = (bytes: number[]) =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const font = glyphlessType0(context, (cidFont) => {
            // CID 1 → glyph 1, CID 2 → glyph 0
            cidFont.set(
              PDFName.of('CIDToGIDMap'),
              context.register(context.flateStream(Uint8Array.from([0, 0, 0, 1, 0, 0]))),
            );
            cidFont.set(PDFName.of('BaseFont'), PDFName.of('ABCDEF+GlyphLessFont'));
            cidFont
              .lookup(PDFName.of('FontDescriptor'), PDFDict)
              .set(PDFName.of('CIDSet'), cidSet(context, bytes));
          });
          show(document, font, '0001', 3);
        },
      }).then(failedRules);
    expect(await withMappedSet([0b01000000])).toEqual([]);
    expect(await withMappedSet([0b01100000])).toEqual([]);
    expect(await withMappedSet([0b00100000])).toEqual(['6.2.11.4.2-2']);
    expect(await withMappedSet([0b01010000])).toEqual(['6.2.11.4.2-2']);
  });
});

describe('MacExpertEncoding (veraPDF Encoding, TrueTypePredefined.MAC_EXPERT_ENCODING)', () => {
  // MacExpertEncoding: 0x61 Asmall, 0x62 Bsmall, 0x56 ff; 0x3C assigns nothing (.notdef)
  const expert = { type1: { glyphs: { Asmall: 600, Bsmall: 700 } } };
  const named = () => PDFName.of('MacExpertEncoding');
  const asBase = (context: PDFContext) =>
    context.obj({
      Type: 'Encoding',
      BaseEncoding: 'MacExpertEncoding',
      Differences: [0x56, PDFName.of('Asmall')],
    });

  it('names glyphs through MacExpertEncoding, as the Encoding or the BaseEncoding', async () => {
    expect(
      await withType1({ program: expert, firstChar: 0x61, widths: [600, 700], encoding: named }, '6162'),
    ).toEqual([]);
    // 0x56 (ff in MacExpertEncoding) is Asmall through Differences
    expect(
      await withType1({ program: expert, firstChar: 0x56, widths: [600], encoding: asBase }, '56'),
    ).toEqual([]);
    expect(
      await withType1(
        { program: expert, firstChar: 0x56, widths: [600, ...new Array(11).fill(0), 700], encoding: asBase },
        '62',
      ),
    ).toEqual([]);
  });

  it('fails a MacExpert glyph the program lacks, or whose width differs', async () => {
    const onlyA = { type1: { glyphs: { Asmall: 600 } } };
    expect(
      await withType1({ program: onlyA, firstChar: 0x61, widths: [600, 700], encoding: named }, '6162'),
    ).toEqual(['6.2.11.4.1-2']);
    expect(
      await withType1({ program: expert, firstChar: 0x61, widths: [600, 650], encoding: named }, '6162'),
    ).toEqual(['6.2.11.5-1']);
  });

  it('fails 6.2.11.8-1 for a code MacExpertEncoding leaves unassigned, in any rendering mode', async () => {
    expect(
      await withType1({ program: expert, firstChar: 0x3c, widths: [0], encoding: named }, '3C', 3),
    ).toEqual(['6.2.11.8-1']);
    expect(
      await withType1({ program: expert, firstChar: 0x3c, widths: [0], encoding: asBase }, '3C', 3),
    ).toEqual(['6.2.11.8-1']);
  });
});

describe('Type 3 fonts: 6.2.11.4.1-2 and 6.2.11.8-1', () => {
  const type3 = (hex: string, mode = 0) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const glyph = context.register(context.stream('500 0 0 0 500 700 d1 0 0 500 700 re f'));
        const font = context.register(
          context.obj({
            Type: 'Font',
            Subtype: 'Type3',
            FontBBox: [0, 0, 500, 700],
            FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
            CharProcs: { a: glyph },
            Encoding: {
              Type: 'Encoding',
              Differences: [65, PDFName.of('a'), PDFName.of('b'), PDFName.of('.notdef')],
            },
            FirstChar: 65,
            LastChar: 67,
            Widths: [500, 500, 500],
          }),
        );
        show(document, font, hex, mode);
      },
    }).then(failedRules);

  it('accepts a code whose glyph procedure exists', async () => {
    expect(await type3('41')).toEqual([]);
  });

  it('fails a visible code without a glyph procedure, and a code named .notdef in any mode', async () => {
    // veraPDF also takes the missing procedure's width as 0 (no MissingWidth) against Widths' 500
    expect(await type3('42')).toEqual(['6.2.11.4.1-2', '6.2.11.5-1']);
    expect(await type3('42', 3)).toEqual([]);
    expect(await type3('43', 3)).toEqual(['6.2.11.8-1']);
  });
});

describe('Type 3 codes the encoding names nothing (veraPDF PDType3Font.containsCharString)', () => {
  /** Procedures a and B; Differences name code 0x41 a; `base` is the encoding's BaseEncoding. */
  const type3 = (hex: string, base?: string, mode = 0) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const glyph = () => context.register(context.stream('500 0 d0 0 0 500 700 re f'));
        const font = context.register(
          context.obj({
            Type: 'Font',
            Subtype: 'Type3',
            FontBBox: [0, 0, 500, 700],
            FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
            CharProcs: { a: glyph(), B: glyph() },
            Encoding: {
              Type: 'Encoding',
              ...(base ? { BaseEncoding: base } : {}),
              Differences: [65, PDFName.of('a')],
            },
            FirstChar: 0,
            LastChar: 66,
            Widths: [...new Array(65).fill(0), 500, 500],
          }),
        );
        show(document, font, hex, mode);
      },
    }).then(failedRules);

  it('names a code outside Differences by the BaseEncoding table', async () => {
    expect(await type3('4142', 'WinAnsiEncoding')).toEqual([]);
  });

  it('finds no glyph for a code neither Differences nor a base table names, code 0 included', async () => {
    // 0x42 without BaseEncoding: no name (StandardEncoding gives Type 3 fonts none in veraPDF)
    expect(await type3('42')).toEqual(['6.2.11.4.1-2', '6.2.11.5-1']);
    expect(await type3('42', 'StandardEncoding')).toEqual(['6.2.11.4.1-2', '6.2.11.5-1']);
    expect(await type3('42', undefined, 3)).toEqual([]);
    // code 0 has no exemption in a Type 3 font (Widths 0 = MissingWidth-less program width 0)
    expect(await type3('00')).toEqual(['6.2.11.4.1-2']);
  });
});

describe('Type 3 fonts: 6.2.11.5-1 widths against the glyph procedures’ d0/d1 (veraPDF Type3CharProcParser)', () => {
  interface Type3Options {
    procedure: string;
    widths?: number[];
    firstChar?: number;
    fontMatrix?: number[];
    missingWidth?: number;
  }
  /** Shows `hex` with a Type 3 font whose glyph `a` (code 0x41) runs `procedure`. */
  const type3 = (options: Type3Options, hex = '41', mode = 0) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const widths = options.widths ?? [500];
        const font = context.register(
          context.obj({
            Type: 'Font',
            Subtype: 'Type3',
            FontBBox: [0, 0, 500, 700],
            FontMatrix: options.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0],
            CharProcs: { a: context.register(context.stream(options.procedure)) },
            Encoding: { Type: 'Encoding', Differences: [65, PDFName.of('a'), PDFName.of('a')] },
            FirstChar: options.firstChar ?? 65,
            LastChar: (options.firstChar ?? 65) + widths.length - 1,
            Widths: widths,
            ...(options.missingWidth === undefined
              ? {}
              : {
                  FontDescriptor: {
                    Type: 'FontDescriptor',
                    FontName: 'T3',
                    Flags: 4,
                    ItalicAngle: 0,
                    MissingWidth: options.missingWidth,
                  },
                }),
          }),
        );
        show(document, font, hex, mode);
      },
    }).then(failedRules);

  it('accepts Widths equal to the d1 or d0 width, or 1 unit off (reals too)', async () => {
    expect(await type3({ procedure: '500 0 0 0 500 700 d1 0 0 500 700 re f' })).toEqual([]);
    expect(await type3({ procedure: '500 0 d0 0 0 500 700 re f' })).toEqual([]);
    expect(await type3({ procedure: '501 0 d0 0 0 500 700 re f' })).toEqual([]);
    expect(await type3({ procedure: '499.5 0 0 0 500 700 d1 0 0 500 700 re f' })).toEqual([]);
  });

  it('fails a d0/d1 width more than 1 unit from Widths, not in rendering mode 3', async () => {
    expect(await type3({ procedure: '502 0 0 0 500 700 d1 0 0 500 700 re f' })).toEqual(['6.2.11.5-1']);
    expect(await type3({ procedure: '250 0 d0 0 0 250 700 re f' })).toEqual(['6.2.11.5-1']);
    expect(await type3({ procedure: '250 0 d0 0 0 250 700 re f' }, '41', 3)).toEqual([]);
  });

  it('compares in glyph space: the FontMatrix scales neither width', async () => {
    const fontMatrix = [0.002, 0, 0, 0.002, 0, 0];
    expect(await type3({ procedure: '250 0 d0 0 0 250 350 re f', widths: [250], fontMatrix })).toEqual([]);
    expect(await type3({ procedure: '250 0 d0 0 0 250 350 re f', widths: [500], fontMatrix })).toEqual([
      '6.2.11.5-1',
    ]);
  });

  it('takes MissingWidth (else 0) for a procedure that does not start with d0/d1', async () => {
    // veraPDF reads the first seven tokens only: no d0 third, no d1 seventh → width −1 → MissingWidth
    expect(await type3({ procedure: '0 0 500 700 re f 500 0 d0' })).toEqual(['6.2.11.5-1']);
    expect(await type3({ procedure: '0 0 500 700 re f 500 0 d0', missingWidth: 500 })).toEqual([]);
    expect(await type3({ procedure: '1 500 0 d0 0 0 500 700 re f', widths: [500] })).toEqual(['6.2.11.5-1']);
  });

  it('takes MissingWidth (else 0) from the dictionary for a code outside FirstChar…LastChar', async () => {
    // code 0x42 is also glyph a, but Widths covers 0x41 only
    expect(await type3({ procedure: '500 0 d0 0 0 500 700 re f' }, '42')).toEqual(['6.2.11.5-1']);
    expect(await type3({ procedure: '500 0 d0 0 0 500 700 re f', missingWidth: 500 }, '42')).toEqual([]);
    expect(await type3({ procedure: '0 0 d0', widths: [0] }, '42')).toEqual([]);
  });
});

describe('CIDFonts under a predefined CMap (Adobe’s CMaps, read from pdfjs-dist’s .bcmap files)', () => {
  // UniJIS-UCS2-H: U+0041 → CID 34, U+3042 (あ) → CID 843; 90ms-RKSJ-H: 0x82A0 (あ) → CID 843
  const program = {
    cidKeyed: true,
    glyphs: [
      { cid: 34, width: 600 },
      { cid: 843, width: 1000 },
    ],
  };
  /** Shows `hex` with a CIDFontType0 (Adobe-Japan1) whose Type 0 font's Encoding is `encoding`. */
  const withEncoding = (encoding: (context: PDFContext) => PDFObject, hex: string, options = {}, mode = 0) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const font = cidCffFont(context, { program, widths: [34, [600]], defaultWidth: 1000, ...options });
        const type0 = context.lookup(font, PDFDict);
        type0.set(PDFName.of('Encoding'), encoding(context));
        const cidFont = context.lookup(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
        cidFont.set(
          PDFName.of('CIDSystemInfo'),
          context.obj({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Japan1'), Supplement: 6 }),
        );
        show(document, font, hex, mode);
      },
    }).then(failedRules);
  const named = (name: string) => () => PDFName.of(name);

  it('maps codes to CIDs through UniJIS-UCS2-H and 90ms-RKSJ-H', async () => {
    expect(await withEncoding(named('UniJIS-UCS2-H'), '00413042')).toEqual([]);
    expect(await withEncoding(named('90ms-RKSJ-H'), '82A0')).toEqual([]);
  });

  it('fails a CID the program lacks, a code the CMap leaves unmapped, and a width off by more than 1', async () => {
    // U+3044 (い) → CID 844, not in the program; U+E000 (private use) is not mapped
    expect(await withEncoding(named('UniJIS-UCS2-H'), '3044')).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
    expect(await withEncoding(named('UniJIS-UCS2-H'), 'E000', {}, 3)).toEqual(['6.2.11.8-1']);
    expect(await withEncoding(named('UniJIS-UCS2-H'), '0041', { widths: [34, [650]] })).toEqual([
      '6.2.11.5-1',
    ]);
    // 90ms-RKSJ-H reads 0x41 as a one-byte code: CID 264, not in the program
    expect(await withEncoding(named('90ms-RKSJ-H'), '41')).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
  });

  it('follows an embedded CMap’s usecmap of a predefined CMap after its own mappings', async () => {
    const child = (context: PDFContext) =>
      context.register(
        context.flateStream(
          new TextEncoder().encode(`/CIDInit /ProcSet findresource begin 12 dict begin
/90ms-RKSJ-H usecmap begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> def
/CMapName /Test-RKSJ-H def /CMapType 1 def
1 begincidchar <41> 34 endcidchar
endcmap CMapName currentdict /CMap defineresource pop end end`),
          {
            Type: 'CMap',
            CMapName: 'Test-RKSJ-H',
            UseCMap: PDFName.of('90ms-RKSJ-H'),
            CIDSystemInfo: {
              Registry: PDFString.of('Adobe'),
              Ordering: PDFString.of('Japan1'),
              Supplement: 6,
            },
          },
        ),
      );
    expect(await withEncoding(child, '4182A0')).toEqual([]);
    expect(await withEncoding(child, '82A2')).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
  });
});

describe('CIDFonts under an embedded CMap', () => {
  // one-byte codes: A → CID 5, B → CID 6, C → CID 7; D is not mapped
  const cmap = `1 begincodespacerange <00> <FF> endcodespacerange
1 begincidrange <41> <42> 5 endcidrange
1 begincidchar <43> 7 endcidchar`;
  const program = {
    cidKeyed: true,
    glyphs: [
      { cid: 5, width: 600 },
      { cid: 7, width: 500 },
    ],
  };
  const shown = (hex: string, mode = 0) =>
    withCidCff({ program, widths: [5, [600]], defaultWidth: 500, cmap }, hex, mode);

  it('maps codes to CIDs through the CMap', async () => {
    expect(await shown('4143')).toEqual([]);
  });

  it('fails a code whose CID the program lacks, or that the CMap does not map', async () => {
    expect(await shown('42')).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
    expect(await shown('44')).toEqual(['6.2.11.4.1-2', '6.2.11.8-1']);
    expect(await shown('44', 3)).toEqual(['6.2.11.8-1']);
  });

  it('reads CIDFontType2 widths through the CMap and the CIDToGIDMap', async () => {
    const trueType = (width: number) =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const font = glyphlessType0(context, (cidFont) =>
            cidFont.set(PDFName.of('W'), context.obj([5, [width]])),
          );
          context.lookup(font, PDFDict).set(PDFName.of('Encoding'), embeddedCMap(context, cmap));
          show(document, font, '41', 0);
        },
      }).then(failedRules);
    // every CID of the glyphless font's map is glyph 1, 500 units wide
    expect(await trueType(500)).toEqual([]);
    expect(await trueType(650)).toEqual(['6.2.11.5-1']);
  });

  it('fails 6.2.11.3.1-1 unless the CIDFont and CMap CIDSystemInfo agree (strings by value, Supplement ≤)', async () => {
    // the CMap says (hex strings) Adobe, Identity, Supplement 0
    const withSystemInfo = (info: Record<string, unknown>) =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const font = glyphlessType0(context, (cidFont) =>
            cidFont.set(PDFName.of('CIDSystemInfo'), context.obj(info as never)),
          );
          context.lookup(font, PDFDict).set(PDFName.of('Encoding'), embeddedCMap(context, cmap));
          show(document, font, '41', 0);
        },
      }).then(failedRules);
    const adobe = PDFString.of('Adobe');
    expect(
      await withSystemInfo({ Registry: adobe, Ordering: PDFString.of('Identity'), Supplement: 0 }),
    ).toEqual([]);
    expect(
      await withSystemInfo({ Registry: adobe, Ordering: PDFString.of('Japan1'), Supplement: 0 }),
    ).toEqual(['6.2.11.3.1-1']);
    expect(
      await withSystemInfo({ Registry: adobe, Ordering: PDFString.of('Identity'), Supplement: 1 }),
    ).toEqual(['6.2.11.3.1-1']);
    expect(await withSystemInfo({ Registry: adobe, Ordering: PDFString.of('Identity') })).toEqual([
      '6.2.11.3.1-1',
    ]);
  });

  it('compares W with the program through the CMap', async () => {
    expect(await withCidCff({ program, widths: [5, [650]], defaultWidth: 500, cmap }, '41')).toEqual([
      '6.2.11.5-1',
    ]);
  });
});
