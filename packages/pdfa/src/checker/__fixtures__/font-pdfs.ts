import {
  PDFArray,
  type PDFContext,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';
import { registerGlyphlessFont } from '../../writer/glyphless-font.js';
import { type CffOptions, cffProgram, type Type1Options, type1Program } from './font-programs.js';

/** Draws `hex` (character codes) with the font at `fontRef` on page 1 in rendering mode `mode`. */
export function show(document: PDFDocument, fontRef: PDFRef, hex: string, mode: number): void {
  const { context } = document;
  const page = document.getPage(0);
  page.node.setFontDictionary(PDFName.of('FX'), fontRef);
  const content = context.flateStream(
    new TextEncoder().encode(`BT ${mode} Tr /FX 12 Tf 50 700 Td <${hex}> Tj ET`),
  );
  page.node.addContentStream(context.register(content));
}

function descriptor(
  context: PDFContext,
  name: string,
  fontFile: Record<string, PDFObject>,
  extra: Record<string, unknown>,
) {
  return context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 32,
      FontBBox: [0, 0, 1000, 1000],
      ItalicAngle: 0,
      Ascent: 1000,
      Descent: 0,
      CapHeight: 700,
      StemV: 80,
      ...fontFile,
      ...extra,
    }),
  );
}

export interface SimpleType1Options {
  /** The embedded program: a Type 1 (`FontFile`) or a CFF one (`FontFile3 /Type1C`). */
  program: { type1: Type1Options } | { cff: CffOptions };
  /** `FirstChar` and the `Widths` from it. */
  firstChar: number;
  widths: number[];
  /** The font's `Encoding` (a name or a dictionary), none by default. */
  encoding?: PDFObject;
  baseFont?: string;
  /** More font descriptor entries (`CharSet`, `MissingWidth`…). */
  descriptorEntries?: Record<string, unknown>;
}

/** A simple Type 1 font over a program built in the test. */
export function simpleType1Font(context: PDFContext, options: SimpleType1Options): PDFRef {
  const name = options.baseFont ?? 'ABCDEF+Test';
  let fontFile: Record<string, PDFObject>;
  if ('type1' in options.program) {
    const { bytes, length1, length2 } = type1Program(options.program.type1);
    fontFile = {
      FontFile: context.register(
        context.flateStream(bytes, { Length1: length1, Length2: length2, Length3: 0 }),
      ),
    };
  } else {
    fontFile = {
      FontFile3: context.register(
        context.flateStream(cffProgram(options.program.cff), { Subtype: 'Type1C' }),
      ),
    };
  }
  return context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: name,
      FirstChar: options.firstChar,
      LastChar: options.firstChar + options.widths.length - 1,
      Widths: options.widths,
      FontDescriptor: descriptor(context, name, fontFile, options.descriptorEntries ?? {}),
      ...(options.encoding ? { Encoding: options.encoding } : {}),
    }),
  );
}

export interface SimpleTrueTypeOptions {
  /** The embedded TrueType program (`FontFile2`). */
  program: Uint8Array;
  /** `FirstChar` and the `Widths` from it. */
  firstChar: number;
  widths: number[];
  /** The font's `Encoding` (a name or a dictionary), none by default. */
  encoding?: PDFObject | string;
  /** More or other font descriptor entries (`Flags` is 32, non-symbolic, by default). */
  descriptorEntries?: Record<string, unknown>;
}

/** A simple TrueType font over a program built in the test. */
export function simpleTrueTypeFont(context: PDFContext, options: SimpleTrueTypeOptions): PDFRef {
  const name = 'ABCDEF+Test';
  const fontFile = {
    FontFile2: context.register(context.flateStream(options.program, { Length1: options.program.length })),
  };
  return context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'TrueType',
      BaseFont: name,
      FirstChar: options.firstChar,
      LastChar: options.firstChar + options.widths.length - 1,
      Widths: options.widths,
      FontDescriptor: descriptor(context, name, fontFile, options.descriptorEntries ?? {}),
      ...(options.encoding ? { Encoding: options.encoding } : {}),
    }),
  );
}

export interface CidCffOptions {
  program: CffOptions;
  /** The CIDFont's `W` array and `DW` (default 1000). */
  widths?: (number | number[])[];
  defaultWidth?: number;
  baseFont?: string;
  descriptorEntries?: Record<string, unknown>;
  /** The body of an embedded CMap (code space and CID mappings) to use instead of `Identity-H`. */
  cmap?: string;
}

/** An embedded CMap stream (Adobe-Identity-0) with `body` between its header and `endcmap`. */
export function embeddedCMap(context: PDFContext, body: string): PDFObject {
  const program = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def
/CMapName /Test-H def /CMapType 1 def
${body}
endcmap CMapName currentdict /CMap defineresource pop end end`;
  const systemInfo = {
    Registry: PDFHexString.fromText('Adobe'),
    Ordering: PDFHexString.fromText('Identity'),
    Supplement: 0,
  };
  return context.register(
    context.flateStream(new TextEncoder().encode(program), {
      Type: 'CMap',
      CMapName: 'Test-H',
      CIDSystemInfo: systemInfo,
    }),
  );
}

/** A Type 0 font (`Identity-H`) over a CIDFontType0 whose program is a CFF built in the test. */
export function cidCffFont(context: PDFContext, options: CidCffOptions): PDFRef {
  const name = options.baseFont ?? 'ABCDEF+TestCID';
  const fontFile = {
    FontFile3: context.register(
      context.flateStream(cffProgram(options.program), { Subtype: 'CIDFontType0C' }),
    ),
  };
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: name,
    CIDSystemInfo: {
      Registry: PDFHexString.fromText('Adobe'),
      Ordering: PDFHexString.fromText('Identity'),
      Supplement: 0,
    },
    FontDescriptor: descriptor(context, name, fontFile, options.descriptorEntries ?? {}),
    DW: options.defaultWidth ?? 1000,
    ...(options.widths ? { W: options.widths } : {}),
  });
  return context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: options.cmap ? embeddedCMap(context, options.cmap) : PDFName.of('Identity-H'),
      DescendantFonts: [context.register(cidFont)],
    }),
  );
}

/** A Type 0 glyphless font (the writer's), with `change` applied to its CIDFont. */
export function glyphlessType0(context: PDFContext, change?: (cidFont: PDFDict) => void): PDFRef {
  const ref = context.nextRef();
  registerGlyphlessFont(context, ref, new Set([0]));
  const type0 = context.lookup(ref, PDFDict);
  change?.(type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict));
  return ref;
}
