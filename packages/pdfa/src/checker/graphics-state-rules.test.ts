import { type PDFContext, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageWith } from './__fixtures__/colour-pdfs.js';
import { checkPdfA } from './check-pdfa.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))].sort();
}

/** A page using the ExtGState `state` (built with the document's context) through `gs`. */
function withState(state: (context: PDFContext) => Record<string, unknown>) {
  return pageWith('/GS0 gs', (context) => ({ ExtGState: { GS0: context.obj(state(context) as never) } }));
}

const identity = { FunctionType: 2, Domain: [0, 1], C0: [0], C1: [1], N: 1 };

describe('6.2.5 ExtGState (veraPDF PDExtGState, PDHalftone)', () => {
  it('fails TR (a function or a name), accepts an ExtGState without it', async () => {
    expect(await failedRules(await withState(() => ({ Type: 'ExtGState', LW: 2 })))).toEqual([]);
    expect(await failedRules(await withState((c) => ({ TR: c.obj(identity) })))).toEqual(['6.2.5-1']);
    expect(await failedRules(await withState(() => ({ TR: PDFName.of('Identity') })))).toEqual(['6.2.5-1']);
  });

  it('accepts TR2 /Default, fails TR2 /Identity or a function', async () => {
    expect(await failedRules(await withState(() => ({ TR2: PDFName.of('Default') })))).toEqual([]);
    expect(await failedRules(await withState(() => ({ TR2: PDFName.of('Identity') })))).toEqual(['6.2.5-2']);
    expect(await failedRules(await withState((c) => ({ TR2: c.obj(identity) })))).toEqual(['6.2.5-2']);
  });

  it('fails HTP', async () => {
    expect(await failedRules(await withState(() => ({ HTP: [0, 0] })))).toEqual(['6.2.5-3']);
  });

  it('accepts halftone types 1 and 5, fails type 6 and a missing type, and fails HalftoneName', async () => {
    const screen = {
      Type: 'Halftone',
      HalftoneType: 1,
      Frequency: 60,
      Angle: 45,
      SpotFunction: PDFName.of('Round'),
    };
    const halftone = (ht: Record<string, unknown>) => withState((c) => ({ HT: c.obj(ht as never) }));
    expect(await failedRules(await halftone(screen))).toEqual([]);
    expect(
      await failedRules(await halftone({ Type: 'Halftone', HalftoneType: 5, Default: screen, Cyan: screen })),
    ).toEqual([]);
    expect(await failedRules(await halftone({ ...screen, HalftoneType: 6 }))).toEqual(['6.2.5-4']);
    const { HalftoneType: _type, ...untyped } = screen;
    expect(await failedRules(await halftone(untyped))).toEqual(['6.2.5-4']);
    expect(await failedRules(await halftone({ ...screen, HalftoneName: 'Round' }))).toEqual(['6.2.5-5']);
    // a halftone nested in a type 5 halftone is a halftone too
    expect(
      await failedRules(
        await halftone({
          Type: 'Halftone',
          HalftoneType: 5,
          Default: screen,
          Cyan: { ...screen, HalftoneType: 6 },
        }),
      ),
    ).toEqual(['6.2.5-4']);
  });

  it('checks the ExtGState of a shading pattern', async () => {
    const shadingPattern = (state: Record<string, unknown>) =>
      pageWith('/Pattern cs /P0 scn 0 0 10 10 re f', (context) => ({
        Pattern: {
          P0: context.obj({
            PatternType: 2,
            Shading: context.obj({
              ShadingType: 2,
              ColorSpace: PDFName.of('DeviceRGB'),
              Coords: [0, 0, 10, 0],
              Function: context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0], C1: [1, 1, 1], N: 1 }),
            }),
            ExtGState: context.obj(state as never),
          }),
        },
      }));
    expect(await failedRules(await shadingPattern({ LW: 1 }))).toEqual([]);
    expect(await failedRules(await shadingPattern({ TR: PDFName.of('Identity') }))).toEqual(['6.2.5-1']);
  });
});

describe('6.2.6 rendering intents (veraPDF CosRenderingIntent)', () => {
  it('accepts the four intents of ISO 32000-1 Table 70 in RI, an image Intent and ri', async () => {
    for (const intent of ['RelativeColorimetric', 'AbsoluteColorimetric', 'Perceptual', 'Saturation']) {
      expect(await failedRules(await withState(() => ({ RI: PDFName.of(intent) })))).toEqual([]);
      expect(await failedRules(await pageWith(`/${intent} ri`, () => ({})))).toEqual([]);
    }
  });

  it('fails another intent in an ExtGState, an image XObject and the ri operator, with both messages', async () => {
    expect(await failedRules(await withState(() => ({ RI: PDFName.of('Vivid') })))).toEqual(['6.2.6-1']);
    const image = await pageWith('q 10 0 0 10 0 0 cm /Im0 Do Q', (context) => ({
      XObject: {
        Im0: context.register(
          context.stream(new Uint8Array(3), {
            Type: 'XObject',
            Subtype: 'Image',
            Width: 1,
            Height: 1,
            BitsPerComponent: 8,
            ColorSpace: PDFName.of('DeviceRGB'),
            Intent: PDFName.of('perceptual'),
          }),
        ),
      },
    }));
    expect(await failedRules(image)).toEqual(['6.2.6-1']);
    const report = await checkPdfA(await pageWith('/Colorimetric ri', () => ({})));
    expect(report.failures.map((failure) => failure.rule)).toEqual(['6.2.6-1']);
    expect(report.failures[0]?.object).toBe('page 1');
    expect(report.failures[0]?.messageVi).toContain('Ý định kết xuất Colorimetric');
  });

  it('does not read the Intent of an optional content group (/View, /Design) as a rendering intent', async () => {
    const withGroup = await pageWith('/OC /OC0 BDC EMC', (context) => ({
      Properties: { OC0: context.obj({ Type: 'OCG', Name: 'Layer', Intent: PDFName.of('View') }) },
    }));
    expect(await failedRules(withGroup)).not.toContain('6.2.6-1');
  });
});
