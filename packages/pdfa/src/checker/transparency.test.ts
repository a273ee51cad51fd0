import { type PDFContext, type PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { srgbProfile } from '../writer/srgb-profile.js';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

type Build = (context: PDFContext, page: PDFPage, document: PDFDocument) => void;

const resources = (build: (context: PDFContext) => Record<string, unknown>): Build => {
  return (context, page) => page.node.set(PDFName.of('Resources'), context.obj(build(context) as never));
};
const form = (context: PDFContext, dict: Record<string, unknown>) =>
  context.register(
    context.stream(new Uint8Array(), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, 1, 1],
      ...dict,
    } as never),
  );
const image = (context: PDFContext, dict: Record<string, unknown> = {}) =>
  context.register(
    context.stream(new Uint8Array([0]), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: 1,
      Height: 1,
      BitsPerComponent: 8,
      ColorSpace: 'DeviceGray',
      ...dict,
    } as never),
  );
const withGroup: Build = (context, page) =>
  page.node.set(PDFName.of('Group'), context.obj({ Type: 'Group', S: 'Transparency', CS: 'DeviceRGB' }));

async function transparencyRules(...builds: Build[]): Promise<string[]> {
  const pdf = await minimalPdfA({
    decorate: (context, page, document) => {
      for (const build of builds) build(context, page, document);
    },
  });
  const report = await checkPdfA(pdf);
  return [
    ...new Set(report.failures.map((failure) => failure.rule).filter((rule) => rule.startsWith('6.2.10'))),
  ];
}

const HALF_ALPHA = resources((c) => ({ ExtGState: { GS0: c.obj({ ca: 0.5 }) } }));

const ACCEPTED: [string, Build[]][] = [
  [
    'an opaque ExtGState',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ CA: 1, ca: 1, BM: 'Normal', SMask: 'None' }) } }))],
  ],
  ['an image without a soft mask', [resources((c) => ({ XObject: { Im0: image(c) } }))]],
  ['transparency on a page whose Group has CS', [HALF_ALPHA, withGroup]],
  [
    'transparency with a PDF/A output intent',
    [
      HALF_ALPHA,
      (context, _page, document) => {
        const profile = context.register(context.stream(srgbProfile(), { N: 3 }));
        const intent = context.obj({
          Type: 'OutputIntent',
          S: 'GTS_PDFA1',
          OutputConditionIdentifier: 'sRGB',
        });
        intent.set(PDFName.of('DestOutputProfile'), profile);
        document.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
      },
    ],
  ],
  [
    'a blend mode ISO 32000-1 defines, as a name',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ BM: 'Luminosity' }) } })), withGroup],
  ],
  [
    'a blend-mode array of ISO 32000-1 modes',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ BM: ['Luminosity', 'Compatible'] }) } })), withGroup],
  ],
  [
    // veraPDF's GFPDExtGState judges an array's first name only
    'a blend-mode array whose first mode ISO 32000-1 defines, before an unknown one',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ BM: ['Multiply', 'Glow'] }) } })), withGroup],
  ],
];

const REFUSED: [string, Build[], string[]][] = [
  ['a fill alpha below 1 without a group colour space', [HALF_ALPHA], ['6.2.10-2']],
  ['a stroke alpha below 1', [resources((c) => ({ ExtGState: { GS0: c.obj({ CA: 0.2 }) } }))], ['6.2.10-2']],
  [
    'a soft mask in an ExtGState',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ SMask: { S: 'Luminosity', G: form(c, {}) } }) } }))],
    ['6.2.10-2'],
  ],
  [
    'a blend mode other than Normal',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ BM: 'Multiply' }) } }))],
    ['6.2.10-2'],
  ],
  [
    'an image with a soft mask',
    [resources((c) => ({ XObject: { Im0: image(c, { SMask: image(c) }) } }))],
    ['6.2.10-2'],
  ],
  [
    'a JPEG 2000 image with SMaskInData',
    [resources((c) => ({ XObject: { Im0: image(c, { SMaskInData: 1 }) } }))],
    ['6.2.10-2'],
  ],
  [
    'a form XObject that is a transparency group',
    [resources((c) => ({ XObject: { Fm0: form(c, { Group: { S: 'Transparency' } }) } }))],
    ['6.2.10-2'],
  ],
  [
    'transparency inside a tiling pattern',
    [
      resources((c) => ({
        Pattern: { P0: form(c, { PatternType: 1, Resources: { ExtGState: { GS0: c.obj({ ca: 0.3 }) } } }) },
      })),
    ],
    ['6.2.10-2'],
  ],
  [
    'transparency in resources inherited from the page tree',
    [
      (context, page) => {
        page.node.delete(PDFName.of('Resources'));
        const parent = page.node.lookup(PDFName.of('Parent')) as unknown as {
          set: (k: PDFName, v: unknown) => void;
        };
        parent.set(PDFName.of('Resources'), context.obj({ ExtGState: { GS0: context.obj({ ca: 0.5 }) } }));
      },
    ],
    ['6.2.10-2'],
  ],
  [
    'transparency in an annotation appearance',
    [
      (context, page) => {
        const appearance = form(context, { Resources: { ExtGState: { GS0: context.obj({ ca: 0.5 }) } } });
        const annotation = context.obj({
          Type: 'Annot',
          Subtype: 'Square',
          Rect: [0, 0, 10, 10],
          F: 4,
          AP: { N: appearance },
        });
        page.node.set(PDFName.of('Annots'), context.obj([context.register(annotation)]));
      },
    ],
    ['6.2.10-2'],
  ],
  [
    'a blend mode ISO 32000-1 does not define',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ BM: 'Glow' }) } })), withGroup],
    ['6.2.10-1'],
  ],
  [
    'a blend-mode array whose first mode ISO 32000-1 does not define',
    [resources((c) => ({ ExtGState: { GS0: c.obj({ BM: ['Glow', 'Multiply'] }) } })), withGroup],
    ['6.2.10-1'],
  ],
];

describe('checkPdfA on transparency (6.2.10)', () => {
  it.each(ACCEPTED)('accepts %s', async (_name, builds) => {
    expect(await transparencyRules(...builds)).toEqual([]);
  });

  it.each(REFUSED)('fails %s', async (_name, builds, rules) => {
    expect(await transparencyRules(...builds)).toEqual(rules);
  });
});
