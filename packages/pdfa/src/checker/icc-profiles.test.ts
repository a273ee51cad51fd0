import { type PDFContext, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { basePdf } from '../../test/conforming-pdf.js';
import { type IccHeaderOptions, iccHeader, pageWith } from './__fixtures__/colour-pdfs.js';
import { checkPdfA } from './check-pdfa.js';

async function failures(bytes: Uint8Array) {
  return (await checkPdfA(bytes)).failures;
}

async function failedRules(bytes: Uint8Array): Promise<string[]> {
  return [...new Set((await failures(bytes)).map((failure) => failure.rule))].sort();
}

const COMPONENTS: Record<string, number> = { GRAY: 1, 'RGB ': 3, CMYK: 4, 'Lab ': 3 };

/** A page filling a square in `[/ICCBased profile]` (N from the colour space unless given). */
function iccFill(deviceClass: string, colourSpace: string, options: IccHeaderOptions & { n?: number } = {}) {
  const n = options.n ?? COMPONENTS[colourSpace] ?? 3;
  return pageWith(`/CS0 cs ${Array(n).fill('0').join(' ')} sc 0 0 10 10 re f`, (context: PDFContext) => ({
    ColorSpace: {
      CS0: [
        PDFName.of('ICCBased'),
        context.register(context.flateStream(iccHeader(deviceClass, colourSpace, options), { N: n })),
      ],
    },
  }));
}

describe('6.2.4.2-1 the header of an ICCBased profile (veraPDF ICCInputProfile)', () => {
  it('accepts the four device classes the test names: prtr, mntr, scnr, spac', async () => {
    for (const deviceClass of ['prtr', 'mntr', 'scnr', 'spac'])
      expect(await failedRules(await iccFill(deviceClass, 'RGB '))).toEqual([]);
  });

  it('fails any other class: abstract, device link, named colour', async () => {
    for (const deviceClass of ['abst', 'link', 'nmcl'])
      expect(await failedRules(await iccFill(deviceClass, 'RGB '))).toEqual(['6.2.4.2-1']);
  });

  it('accepts GRAY, CMYK and Lab data colour spaces; fails XYZ and HSV', async () => {
    for (const space of ['GRAY', 'CMYK', 'Lab '])
      expect(await failedRules(await iccFill('prtr', space))).toEqual([]);
    for (const space of ['XYZ ', 'HSV '])
      expect(await failedRules(await iccFill('prtr', space))).toEqual(['6.2.4.2-1']);
  });

  it('accepts version 4.4, fails version 5.0', async () => {
    expect(await failedRules(await iccFill('mntr', 'RGB ', { major: 4, minor: 4 }))).toEqual([]);
    expect(await failedRules(await iccFill('mntr', 'RGB ', { major: 5, minor: 0 }))).toEqual(['6.2.4.2-1']);
  });

  it('reads the fields as veraPDF does: no acsp signature needed, N not compared, a header cut before the colour space fails', async () => {
    expect(await failedRules(await iccFill('mntr', 'RGB ', { signature: false }))).toEqual([]);
    expect(await failedRules(await iccFill('mntr', 'GRAY', { n: 3 }))).toEqual([]);
    expect(await failedRules(await iccFill('mntr', 'RGB ', { length: 18 }))).toEqual(['6.2.4.2-1']);
    expect(await failedRules(await iccFill('mntr', 'RGB ', { length: 0 }))).toEqual(['6.2.4.2-1']);
  });

  it('checks the profile of an image XObject and of a DefaultRGB space, and explains in both languages', async () => {
    const image = await basePdf({
      edit: (document) => {
        const { context } = document;
        const profile = context.register(context.flateStream(iccHeader('link', 'RGB '), { N: 3 }));
        const xobject = context.register(
          context.stream(new Uint8Array(3), {
            Type: 'XObject',
            Subtype: 'Image',
            Width: 1,
            Height: 1,
            BitsPerComponent: 8,
            ColorSpace: [PDFName.of('ICCBased'), profile],
          }),
        );
        const node = document.getPage(0).node;
        node.normalizedEntries().Resources.set(PDFName.of('XObject'), context.obj({ Im0: xobject }));
        node.addContentStream(context.register(context.stream('q 10 0 0 10 0 0 cm /Im0 Do Q')));
      },
    });
    const [failure] = await failures(image);
    expect(failure?.rule).toBe('6.2.4.2-1');
    expect(failure?.message).toContain('"link"');
    expect(failure?.messageVi).toContain('lớp hồ sơ là "link"');
    const defaultRgb = await pageWith('0 0 1 rg 0 0 10 10 re f', (context) => ({
      ColorSpace: {
        DefaultRGB: [
          PDFName.of('ICCBased'),
          context.register(context.flateStream(iccHeader('mntr', 'RGB ', { major: 5 }), { N: 3 })),
        ],
      },
    }));
    expect(await failedRules(defaultRgb)).toEqual(['6.2.4.2-1']);
  });
});

describe('6.2.3-1 the output intent profile (veraPDF ICCOutputProfile)', () => {
  const withIntent = (profile: Uint8Array) =>
    basePdf({
      edit: (document) => {
        const { context, catalog } = document;
        const intent = context.obj({
          Type: 'OutputIntent',
          S: 'GTS_PDFA1',
          OutputConditionIdentifier: 'test',
          DestOutputProfile: context.register(context.flateStream(profile, { N: 3 })),
        });
        catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
      },
    });

  it('accepts an RGB printer profile (no acsp needed); fails a scanner class, Lab and version 5', async () => {
    expect(await failedRules(await withIntent(iccHeader('prtr', 'RGB ', { signature: false })))).toEqual([]);
    expect(await failedRules(await withIntent(iccHeader('scnr', 'RGB ')))).toEqual(['6.2.3-1']);
    expect(await failedRules(await withIntent(iccHeader('mntr', 'Lab ')))).toEqual(['6.2.3-1', '6.2.4.3-2']);
    expect(await failedRules(await withIntent(iccHeader('mntr', 'RGB ', { major: 5 })))).toEqual(['6.2.3-1']);
  });
});
