import { type PDFContext, PDFName, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { basePdf, srgbProfile } from '../../test/conforming-pdf.js';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))].sort();
}

/** A 1 × 1 image XObject in `space` (a name or an array), registered on `page` as /Im and drawn when `draw`. */
function image(context: PDFContext, page: PDFPage, space: unknown, components: number, draw = true): void {
  const ref = context.register(
    context.stream(new Uint8Array(components), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: 1,
      Height: 1,
      BitsPerComponent: 8,
      ColorSpace: space as never,
    }),
  );
  page.node.setXObject(PDFName.of('Im'), ref);
  if (draw) page.node.addContentStream(context.register(context.stream('q 10 0 0 10 0 0 cm /Im Do Q')));
}

describe('6.2.4.3 device colour spaces of images, inline images and transparency groups', () => {
  it('checks only images that are drawn, and honours the DefaultRGB of the resources they are drawn with', async () => {
    expect(
      await failedRules(await minimalPdfA({ decorate: (c, page) => image(c, page, 'DeviceRGB', 3) })),
    ).toEqual(['6.2.4.3-2']);
    expect(
      await failedRules(await minimalPdfA({ decorate: (c, page) => image(c, page, 'DeviceRGB', 3, false) })),
    ).toEqual([]);
    const profile = await srgbProfile();
    const withDefault = await minimalPdfA({
      decorate: (context, page) => {
        const icc = context.register(context.flateStream(profile, { N: 3 }));
        const resources = page.node.normalizedEntries().Resources;
        resources.set(PDFName.of('ColorSpace'), context.obj({ DefaultRGB: [PDFName.of('ICCBased'), icc] }));
        image(context, page, 'DeviceRGB', 3);
      },
    });
    expect(await failedRules(withDefault)).toEqual([]);
  });

  it('fails the base of an Indexed image and of an inline image', async () => {
    const indexed = await minimalPdfA({
      decorate: (context, page) =>
        image(
          context,
          page,
          context.obj([PDFName.of('Indexed'), PDFName.of('DeviceGray'), 0, context.obj([])]),
          1,
        ),
    });
    expect(await failedRules(indexed)).toEqual(['6.2.4.3-4']);
    const inline = await minimalPdfA({
      decorate: (context, page) =>
        page.node.addContentStream(
          context.register(context.stream('q BI /W 1 /H 1 /BPC 8 /CS [/I /RGB 0 <000000>] ID \0 EI Q')),
        ),
    });
    expect(await failedRules(inline)).toEqual(['6.2.4.3-2']);
  });

  it('follows an inline image to a Separation of the resources it names', async () => {
    const inline = (alternate: string, outputs: number) =>
      basePdf({
        edit: (document) => {
          const c = document.context;
          const page = document.getPage(0);
          const tint = c.obj({
            FunctionType: 2,
            Domain: [0, 1],
            C0: Array(outputs).fill(0),
            C1: Array(outputs).fill(1),
            N: 1,
          });
          const space = c.obj([PDFName.of('Separation'), PDFName.of('Spot1'), PDFName.of(alternate), tint]);
          page.node.normalizedEntries().Resources.set(PDFName.of('ColorSpace'), c.obj({ CS0: space }));
          page.node.addContentStream(c.register(c.stream('q BI /W 1 /H 1 /BPC 8 /CS /CS0 ID \0 EI Q')));
        },
      });
    expect(await failedRules(await inline('DeviceRGB', 3))).toEqual([]);
    expect(await failedRules(await inline('DeviceCMYK', 4))).toEqual(['6.2.4.3-3']);
  });

  it('fails a transparency group whose CS is a device space the output intent does not cover', async () => {
    const group = (space: string, form = false) =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const page = document.getPage(0);
          const groupDict = context.obj({ Type: 'Group', S: 'Transparency', CS: space });
          if (!form) {
            page.node.set(PDFName.of('Group'), groupDict);
            return;
          }
          const xobject = context.register(
            context.stream('0 0 m', {
              Type: 'XObject',
              Subtype: 'Form',
              BBox: [0, 0, 10, 10],
              Group: groupDict,
            }),
          );
          page.node.setXObject(PDFName.of('Fm'), xobject);
          page.node.addContentStream(context.register(context.stream('/Fm Do')));
        },
      });
    // the base file has an sRGB output intent
    expect(await failedRules(await group('DeviceRGB'))).toEqual([]);
    expect(await failedRules(await group('DeviceCMYK'))).toEqual(['6.2.4.3-3']);
    expect(await failedRules(await group('DeviceCMYK', true))).toEqual(['6.2.4.3-3']);
  });

  it('fails a CMYK image with an RGB output intent', async () => {
    const cmyk = await basePdf({
      edit: (document) => image(document.context, document.getPage(0), 'DeviceCMYK', 4),
    });
    expect(await failedRules(cmyk)).toEqual(['6.2.4.3-3']);
  });

  it('follows a DeviceN image to the alternates of its Colorants and to its Process space (veraPDF GFPDDeviceN)', async () => {
    /** A DeviceN [/Spot1] over DeviceRGB whose Colorants Separation (and Process space) use the given spaces. */
    const deviceN = (separationAlternate: string, processSpace?: string) =>
      basePdf({
        edit: (document) => {
          const c = document.context;
          const tint = (outputs: number) =>
            c.obj({
              FunctionType: 2,
              Domain: [0, 1],
              C0: Array(outputs).fill(0),
              C1: Array(outputs).fill(1),
              N: 1,
            });
          const outputs = separationAlternate === 'DeviceCMYK' ? 4 : 3;
          const spot = c.obj([
            PDFName.of('Separation'),
            PDFName.of('Spot1'),
            PDFName.of(separationAlternate),
            tint(outputs),
          ]);
          const attributes: Record<string, unknown> = { Colorants: { Spot1: spot } };
          if (processSpace)
            attributes.Process = { ColorSpace: PDFName.of(processSpace), Components: [PDFName.of('Cyan')] };
          const space = c.obj([
            PDFName.of('DeviceN'),
            [PDFName.of('Spot1')],
            PDFName.of('DeviceRGB'),
            tint(3),
            c.obj(attributes as never),
          ]);
          image(c, document.getPage(0), space, 1);
        },
      });
    expect(await failedRules(await deviceN('DeviceRGB'))).toEqual([]);
    expect(await failedRules(await deviceN('DeviceCMYK'))).toEqual(['6.2.4.3-3']);
    expect(await failedRules(await deviceN('DeviceRGB', 'DeviceCMYK'))).toEqual(['6.2.4.3-3']);
  });
});

describe('6.2.4.3 the colour painting uses (veraPDF graphics state)', () => {
  /** A file without output intent whose page runs `content`, with `resources` set on the page. */
  const painted = (
    content: string,
    resources: (context: PDFContext) => Record<string, unknown> = () => ({}),
  ) =>
    minimalPdfA({
      decorate: (context, page) => {
        const pageResources = page.node.normalizedEntries().Resources;
        for (const [key, value] of Object.entries(resources(context)))
          pageResources.set(PDFName.of(key), context.obj(value as never));
        page.node.addContentStream(context.register(context.stream(content)));
      },
    });

  it('fails painting in the initial DeviceGray without an output intent, not a path only clipped or ended', async () => {
    expect(await failedRules(await painted('0 0 10 10 re f'))).toEqual(['6.2.4.3-4']);
    expect(await failedRules(await painted('0 0 m 10 10 l S'))).toEqual(['6.2.4.3-4']);
    expect(await failedRules(await painted('0 0 10 10 re W n'))).toEqual([]);
  });

  it('honours DefaultGray for the initial colour, and a colour set in a calibrated space', async () => {
    const profile = await srgbProfile();
    const icc = (context: PDFContext) => [
      PDFName.of('ICCBased'),
      context.register(context.flateStream(profile, { N: 3 })),
    ];
    expect(
      await failedRules(
        await painted('0 0 10 10 re f', () => ({
          ColorSpace: { DefaultGray: [PDFName.of('CalGray'), { WhitePoint: [0.9505, 1, 1.089] }] },
        })),
      ),
    ).toEqual([]);
    expect(
      await failedRules(
        await painted('/CS0 cs 1 0 0 sc 0 0 10 10 re f', (c) => ({ ColorSpace: { CS0: icc(c) } })),
      ),
    ).toEqual([]);
    // the stroke colour is still the initial DeviceGray
    expect(
      await failedRules(
        await painted('/CS0 cs 1 0 0 sc 0 0 10 10 re B', (c) => ({ ColorSpace: { CS0: icc(c) } })),
      ),
    ).toEqual(['6.2.4.3-4']);
  });

  it('paints invisible text in no colour space', async () => {
    const font = (context: PDFContext) => ({
      Font: { F0: context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }) },
    });
    expect(await failedRules(await painted('BT /F0 12 Tf 3 Tr (a) Tj ET', font))).not.toContain('6.2.4.3-4');
    expect(await failedRules(await painted('BT /F0 12 Tf 0 Tr (a) Tj ET', font))).toContain('6.2.4.3-4');
  });

  it('gives a form XObject the colour of the operation that draws it', async () => {
    const profile = await srgbProfile();
    const withForm = (content: string) =>
      painted(content, (context) => ({
        ColorSpace: {
          CS0: [PDFName.of('ICCBased'), context.register(context.flateStream(profile, { N: 3 }))],
        },
        XObject: {
          Fm0: context.register(
            context.stream('0 0 10 10 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10] }),
          ),
        },
      }));
    expect(await failedRules(await withForm('/CS0 cs 1 0 0 sc /Fm0 Do'))).toEqual([]);
    expect(await failedRules(await withForm('/Fm0 Do'))).toEqual(['6.2.4.3-4']);
  });

  it('ignores the colour operators of an uncoloured tiling pattern, not those of a coloured one', async () => {
    const tiling = (paintType: number) =>
      basePdf({
        edit: (document) => {
          const { context } = document;
          const node = document.getPage(0).node;
          const pattern = context.register(
            context.stream('0 0 0 1 k 0 0 5 5 re f', {
              Type: 'Pattern',
              PatternType: 1,
              PaintType: paintType,
              TilingType: 1,
              BBox: [0, 0, 10, 10],
              XStep: 10,
              YStep: 10,
              Resources: {},
            }),
          );
          const resources = node.normalizedEntries().Resources;
          resources.set(PDFName.of('Pattern'), context.obj({ P0: pattern }));
          resources.set(
            PDFName.of('ColorSpace'),
            context.obj({ CS0: [PDFName.of('Pattern'), PDFName.of('DeviceRGB')] }),
          );
          const use = paintType === 2 ? '/CS0 cs 1 0 0 /P0 scn' : '/Pattern cs /P0 scn';
          node.addContentStream(context.register(context.stream(`${use} 0 0 50 50 re f`)));
        },
      });
    expect(await failedRules(await tiling(2))).toEqual([]);
    expect(await failedRules(await tiling(1))).toEqual(['6.2.4.3-3']);
  });
});

describe('6.2.4.3 shadings and patterns are judged where content uses them', () => {
  const cmykShading = (context: PDFContext) =>
    context.obj({
      ShadingType: 2,
      ColorSpace: PDFName.of('DeviceCMYK'),
      Coords: [0, 0, 10, 0],
      Function: context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [0, 0, 0, 1], N: 1 }),
    });
  /** The RGB base file with `content` on its page and a DeviceCMYK shading as Sh0 and in pattern P0. */
  const withShading = (content: string, tiling = '') =>
    basePdf({
      edit: (document) => {
        const { context } = document;
        const node = document.getPage(0).node;
        const resources = node.normalizedEntries().Resources;
        resources.set(PDFName.of('Shading'), context.obj({ Sh0: cmykShading(context) }));
        const patterns: Record<string, unknown> = {
          P0: context.obj({ PatternType: 2, Shading: cmykShading(context) }),
        };
        if (tiling)
          patterns.T0 = context.register(
            context.stream(tiling, {
              Type: 'Pattern',
              PatternType: 1,
              PaintType: 1,
              TilingType: 1,
              BBox: [0, 0, 10, 10],
              XStep: 10,
              YStep: 10,
              Resources: {},
            }),
          );
        resources.set(PDFName.of('Pattern'), context.obj(patterns as never));
        node.addContentStream(context.register(context.stream(content)));
      },
    });

  it('accepts shadings and patterns that no content paints', async () => {
    expect(await failedRules(await withShading('0 0 1 rg 0 0 5 5 re f', '0 0 0 1 k 0 0 5 5 re f'))).toEqual(
      [],
    );
  });

  it('fails a DeviceCMYK shading painted by sh or selected as a shading pattern, and a tiling pattern selected', async () => {
    expect(await failedRules(await withShading('/Sh0 sh'))).toEqual(['6.2.4.3-3']);
    expect(await failedRules(await withShading('/Pattern cs /P0 scn 0 0 5 5 re f'))).toEqual(['6.2.4.3-3']);
    expect(
      await failedRules(await withShading('/Pattern cs /T0 scn 0 0 5 5 re f', '0 0 0 1 k 0 0 5 5 re f')),
    ).toEqual(['6.2.4.3-3']);
  });
});

describe('6.2.4.3 image colour spaces as veraPDF reads them (imageCS)', () => {
  /** A file without output intent drawing a 1 × 1 image mask (XObject or inline) after `before`. */
  const mask = (before: string, inline: boolean) =>
    minimalPdfA({
      decorate: (context, page) => {
        const resources = page.node.normalizedEntries().Resources;
        resources.set(
          PDFName.of('ColorSpace'),
          context.obj({ CS0: [PDFName.of('CalRGB'), context.obj({ WhitePoint: [0.9505, 1, 1.089] })] }),
        );
        const image = context.register(
          context.stream(new Uint8Array(1), {
            Type: 'XObject',
            Subtype: 'Image',
            Width: 1,
            Height: 1,
            ImageMask: true,
          }),
        );
        page.node.setXObject(PDFName.of('Im'), image);
        const draw = inline ? 'BI /W 1 /H 1 /IM true ID \0 EI' : '/Im Do';
        page.node.addContentStream(
          context.register(context.stream(`${before} q 10 0 0 10 0 0 cm ${draw} Q`)),
        );
      },
    });

  it('paints an image mask in the fill colour: the initial DeviceGray fails without an output intent, a CalRGB fill passes', async () => {
    expect(await failedRules(await mask('', false))).toEqual(['6.2.4.3-4']);
    expect(await failedRules(await mask('', true))).toEqual(['6.2.4.3-4']);
    expect(await failedRules(await mask('/CS0 cs 1 0 0 sc', false))).toEqual([]);
    expect(await failedRules(await mask('/CS0 cs 1 0 0 sc', true))).toEqual([]);
  });

  it('applies DefaultRGB to an image whose ColorSpace is /DeviceRGB, not to the base of an Indexed array', async () => {
    const withDefault = (space: (context: PDFContext) => unknown, components: number) =>
      minimalPdfA({
        decorate: (context, page) => {
          const resources = page.node.normalizedEntries().Resources;
          resources.set(
            PDFName.of('ColorSpace'),
            context.obj({
              DefaultRGB: [PDFName.of('CalRGB'), context.obj({ WhitePoint: [0.9505, 1, 1.089] })],
            }),
          );
          image(context, page, space(context), components);
        },
      });
    expect(await failedRules(await withDefault(() => 'DeviceRGB', 3))).toEqual([]);
    expect(
      await failedRules(
        await withDefault((c) => c.obj([PDFName.of('Indexed'), PDFName.of('DeviceRGB'), 0, c.obj([])]), 1),
      ),
    ).toEqual(['6.2.4.3-2']);
  });
});
