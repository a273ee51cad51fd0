import { type PDFContext, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { srgbProfile } from '../../test/conforming-pdf.js';
import { iccHeader, pageWith as page } from './__fixtures__/colour-pdfs.js';
import { checkPdfA } from './check-pdfa.js';

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await checkPdfA(bytes)).failures.map((failure) => failure.rule))].sort();
}

describe('6.2.4.3 device spaces under named colour spaces', () => {
  const separation = (alternate: string) => (context: PDFContext) => ({
    ColorSpace: {
      CS0: [
        PDFName.of('Separation'),
        PDFName.of('Spot'),
        PDFName.of(alternate),
        context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0], C1: [1, 1, 1], N: 1 }),
      ],
    },
  });

  it('fails a Separation whose alternate is DeviceCMYK under an RGB output intent, not a DeviceRGB one', async () => {
    expect(await failedRules(await page('/CS0 cs 1 scn 0 0 10 10 re f', separation('DeviceCMYK')))).toEqual([
      '6.2.4.3-3',
    ]);
    expect(await failedRules(await page('/CS0 cs 1 scn 0 0 10 10 re f', separation('DeviceRGB')))).toEqual(
      [],
    );
  });

  it('fails an Indexed space on DeviceCMYK set by cs', async () => {
    const indexed = () => ({
      ColorSpace: { CS0: [PDFName.of('Indexed'), PDFName.of('DeviceCMYK'), 0, '<00000000>'] },
    });
    expect(await failedRules(await page('/CS0 cs 0 sc 0 0 10 10 re f', indexed))).toEqual(['6.2.4.3-3']);
  });
});

describe('6.2.4.2-1 ICC profiles nested in other colour spaces', () => {
  const indexedIcc = (profile: Uint8Array) => (context: PDFContext) => ({
    ColorSpace: {
      CS0: [
        PDFName.of('Indexed'),
        [PDFName.of('ICCBased'), context.register(context.flateStream(profile, { N: 3 }))],
        0,
        '<000000>',
      ],
    },
  });

  it('checks the base of an Indexed space', async () => {
    const srgb = new Uint8Array(await srgbProfile());
    expect(await failedRules(await page('/CS0 cs 0 sc 0 0 10 10 re f', indexedIcc(srgb)))).toEqual([]);
    expect(
      await failedRules(await page('/CS0 cs 0 sc 0 0 10 10 re f', indexedIcc(iccHeader('abst', 'RGB ')))),
    ).toEqual(['6.2.4.2-1']);
  });
});

describe('6.2.4.2-2 OPM with ICCBased CMYK', () => {
  const cmyk = (state: Record<string, unknown>) => (context: PDFContext) => ({
    ColorSpace: {
      CMYK: [
        PDFName.of('ICCBased'),
        context.register(context.flateStream(iccHeader('prtr', 'CMYK'), { N: 4 })),
      ],
    },
    ExtGState: { GS0: state },
  });
  const fill = '/GS0 gs /CMYK cs 0 0 0 1 sc 0 0 10 10 re f';
  const stroke = '/GS0 gs /CMYK CS 0 0 0 1 SC 0 0 m 10 10 l S';

  it('fails a fill or a stroke with overprinting on and OPM 1', async () => {
    expect(await failedRules(await page(fill, cmyk({ op: true, OPM: 1 })))).toEqual(['6.2.4.2-2']);
    // OP alone sets fill overprinting too
    expect(await failedRules(await page(fill, cmyk({ OP: true, OPM: 1 })))).toEqual(['6.2.4.2-2']);
    expect(await failedRules(await page(stroke, cmyk({ OP: true, op: false, OPM: 1 })))).toEqual([
      '6.2.4.2-2',
    ]);
  });

  it('accepts OPM 0, overprinting off for the operation painted, and overprint without painting', async () => {
    expect(await failedRules(await page(fill, cmyk({ op: true, OPM: 0 })))).toEqual([]);
    expect(await failedRules(await page(fill, cmyk({ OP: true, op: false, OPM: 1 })))).toEqual([]);
    expect(await failedRules(await page('/GS0 gs /CMYK cs 0 0 0 1 sc', cmyk({ op: true, OPM: 1 })))).toEqual(
      [],
    );
  });
});

describe('6.2.5-6 halftone TransferFunction', () => {
  const halftone = (ht: (context: PDFContext) => unknown) => (context: PDFContext) => ({
    ExtGState: { GS0: { Type: 'ExtGState', HT: ht(context) } },
  });
  const screen = (extra: Record<string, unknown> = {}) => ({
    Type: 'Halftone',
    HalftoneType: 1,
    Frequency: 60,
    Angle: 45,
    SpotFunction: PDFName.of('Round'),
    ...extra,
  });

  it('fails a TransferFunction on a device halftone or a primary colorant, and its absence on a spot colorant', async () => {
    const withTf = screen({ TransferFunction: PDFName.of('Identity') });
    expect(
      await failedRules(
        await page(
          '/GS0 gs',
          halftone(() => screen()),
        ),
      ),
    ).toEqual([]);
    expect(
      await failedRules(
        await page(
          '/GS0 gs',
          halftone(() => withTf),
        ),
      ),
    ).toEqual(['6.2.5-6']);
    const type5 = (cyan: unknown, spot: unknown) => () => ({
      Type: 'Halftone',
      HalftoneType: 5,
      Cyan: cyan,
      Spot1: spot,
      Default: screen(),
    });
    expect(await failedRules(await page('/GS0 gs', halftone(type5(screen(), withTf))))).toEqual([]);
    expect(await failedRules(await page('/GS0 gs', halftone(type5(screen(), screen()))))).toEqual([
      '6.2.5-6',
    ]);
    expect(await failedRules(await page('/GS0 gs', halftone(type5(withTf, withTf))))).toEqual(['6.2.5-6']);
  });
});

describe('6.2.6-1 rendering intent of an inline image', () => {
  it('fails an inline image /Intent that is not one of the four', async () => {
    const inline = (intent: string) =>
      page(`q BI /W 1 /H 1 /BPC 8 /CS /RGB /Intent /${intent} ID \0\0\0 EI Q`, () => ({}));
    expect(await failedRules(await inline('Perceptual'))).toEqual([]);
    expect(await failedRules(await inline('Vivid'))).toEqual(['6.2.6-1']);
  });
});
