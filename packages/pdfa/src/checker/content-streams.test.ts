import { type PDFContext, PDFDict, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { basePdf } from '../../test/conforming-pdf.js';
import { pageWith } from './__fixtures__/colour-pdfs.js';
import { checkPdfA } from './check-pdfa.js';

async function failures(bytes: Uint8Array) {
  return (await checkPdfA(bytes)).failures;
}

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await failures(bytes)).map((failure) => failure.rule))].sort();
}

/** A Type 3 font whose glyph `a` runs `procedure`, with `resources` as the font's Resources when given. */
function type3Font(context: PDFContext, procedure: string, resources?: Record<string, unknown>) {
  return context.obj({
    Type: 'Font',
    Subtype: 'Type3',
    FontBBox: [0, 0, 1000, 1000],
    FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
    CharProcs: { a: context.register(context.stream(procedure)) },
    Encoding: { Type: 'Encoding', Differences: [97, PDFName.of('a')] },
    FirstChar: 97,
    LastChar: 97,
    Widths: [1000],
    ...(resources ? { Resources: context.obj(resources as never) } : {}),
  });
}

describe('6.2.2-1 operators of ISO 32000-1 only (veraPDF Op_Undefined)', () => {
  it('accepts the operators of ISO 32000-1, BX/EX and marked content included', async () => {
    const content =
      'q 1 0 0 1 0 0 cm 2 w 0 J 0 j 10 M [] 0 d /RelativeColorimetric ri 1 i BX EX /P BMC EMC /P <<>> BDC EMC ' +
      '/P MP /P <<>> DP 0 0 m 1 1 l 1 1 2 2 3 3 c 1 1 2 2 v 1 1 2 2 y h 0 0 1 1 re W n 0 0 1 1 re f* Q';
    expect(await failedRules(await pageWith(content, () => ({})))).toEqual([]);
  });

  it('fails an undefined operator, inside BX/EX too, naming it in both languages', async () => {
    expect(await failedRules(await pageWith('q 1 0 0 1 0 0 cm foo Q', () => ({})))).toEqual(['6.2.2-1']);
    const [failure] = await failures(await pageWith('BX 1 2 sh2 EX', () => ({})));
    expect(failure?.rule).toBe('6.2.2-1');
    expect(failure?.message).toContain('"sh2"');
    expect(failure?.messageVi).toContain('"sh2"');
  });

  it('reads drawn form XObjects and the glyph procedures of Type 3 fonts', async () => {
    const form = await pageWith('/Fm0 Do', (context) => ({
      XObject: {
        Fm0: context.register(
          context.stream('0 0 m bar', {
            Type: 'XObject',
            Subtype: 'Form',
            BBox: [0, 0, 1, 1],
            Resources: {},
          }),
        ),
      },
    }));
    expect(await failedRules(form)).toEqual(['6.2.2-1']);
    const glyph = (procedure: string) =>
      pageWith('BT /T3 12 Tf 3 Tr (a) Tj ET', (context) => ({
        Font: { T3: type3Font(context, procedure, {}) },
      }));
    expect(await failedRules(await glyph('1000 0 0 0 1000 1000 d1 0 0 1000 1000 re f'))).toEqual([]);
    expect(await failedRules(await glyph('1000 0 d0 0 0 1000 1000 re baz f'))).toEqual(['6.2.2-1']);
  });
});

describe('6.2.2-2 resources explicitly associated (veraPDF hasExplicitResources)', () => {
  const formUsingFont = (resources: boolean) =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const node = document.getPage(0).node;
        const font = context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' });
        const form = context.register(
          context.stream('BT /F0 1 Tf 3 Tr (a) Tj ET', {
            Type: 'XObject',
            Subtype: 'Form',
            BBox: [0, 0, 1, 1],
            ...(resources ? { Resources: context.obj({ Font: { F0: font } }) } : {}),
          }),
        );
        const pageResources = node.normalizedEntries().Resources;
        pageResources.set(PDFName.of('Font'), context.obj({ F0: font }));
        pageResources.set(PDFName.of('XObject'), context.obj({ Fm0: form }));
        node.addContentStream(context.register(context.stream('/Fm0 Do')));
      },
    });

  it('fails a form XObject that uses the page resources instead of its own, accepts one with its own', async () => {
    expect(await failedRules(await formUsingFont(true))).not.toContain('6.2.2-2');
    expect(await failedRules(await formUsingFont(false))).toContain('6.2.2-2');
  });

  it('accepts page resources inherited through the page tree (an inheritable page attribute)', async () => {
    const inherited = await basePdf({
      edit: (document) => {
        const node = document.getPage(0).node;
        const resources = node.lookup(PDFName.of('Resources'), PDFDict);
        node.delete(PDFName.of('Resources'));
        document.catalog.lookup(PDFName.of('Pages'), PDFDict).set(PDFName.of('Resources'), resources);
      },
    });
    expect(await failedRules(inherited)).toEqual([]);
  });

  it('fails a Type 3 glyph that draws an XObject without the font having Resources', async () => {
    const glyph = (fontResources: boolean) =>
      pageWith('BT /T3 12 Tf 3 Tr (a) Tj ET', (context) => {
        const image = context.register(
          context.stream(new Uint8Array(1), {
            Type: 'XObject',
            Subtype: 'Image',
            Width: 1,
            Height: 1,
            ImageMask: true,
          }),
        );
        const procedure = '1000 0 0 0 1000 1000 d1 q 1000 0 0 1000 0 0 cm /Im0 Do Q';
        return {
          XObject: { Im0: image },
          Font: {
            T3: type3Font(context, procedure, fontResources ? { XObject: { Im0: image } } : undefined),
          },
        };
      });
    expect(await failedRules(await glyph(true))).toEqual([]);
    expect(await failedRules(await glyph(false))).toEqual(['6.2.2-2']);
  });
});

describe('names a form lacks are looked up in the page resources (veraPDF extended resources)', () => {
  /** A form with its own (empty) Resources whose content is `content`, drawn from a page whose resources are `page`. */
  const formWith = (content: string, page: (context: PDFContext) => Record<string, unknown>) =>
    pageWith('/Fm0 Do', (context) => ({
      ...page(context),
      XObject: {
        Fm0: context.register(
          context.stream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Resources: {} }),
        ),
      },
    }));

  it('judges a colour space and a font found only on the page', async () => {
    const cmyk = (context: PDFContext) => ({
      ColorSpace: { CS0: context.obj([PDFName.of('Indexed'), PDFName.of('DeviceCMYK'), 0, '<00000000>']) },
    });
    expect(await failedRules(await formWith('/CS0 cs 0 sc 0 0 1 1 re f', cmyk))).toEqual(['6.2.4.3-3']);
    const font = (context: PDFContext) => ({
      Font: { F0: context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }) },
    });
    expect(await failedRules(await formWith('BT /F0 1 Tf (a) Tj ET', font))).toContain('6.2.11.4.1-1');
    expect(await failedRules(await formWith('BT /F0 1 Tf 3 Tr (a) Tj ET', font))).not.toContain(
      '6.2.11.4.1-1',
    );
  });
});
