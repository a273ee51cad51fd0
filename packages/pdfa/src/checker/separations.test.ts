import { deflateSync } from 'node:zlib';
import { type PDFContext, PDFName, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

type Spaces = (context: PDFContext) => Record<string, PDFObject>;

const tint = (context: PDFContext, magenta = 1) =>
  context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [0, magenta, 0, 0], N: 1 });
const separation = (context: PDFContext, name: string, alternate = 'DeviceCMYK', magenta = 1) =>
  context.obj([PDFName.of('Separation'), PDFName.of(name), PDFName.of(alternate), tint(context, magenta)]);
/** A Type 4 (PostScript) tint transform, stored compressed or not. */
const postscript = (context: PDFContext, compressed: boolean) => {
  const code = new TextEncoder().encode('{ 0 exch 0 0 }');
  const dict = { FunctionType: 4, Domain: [0, 1], Range: [0, 1, 0, 1, 0, 1, 0, 1] };
  return context.register(
    compressed
      ? context.stream(deflateSync(code), { ...dict, Filter: 'FlateDecode' })
      : context.stream(code, dict),
  );
};
const deviceN = (context: PDFContext, names: string[], attributes?: Record<string, unknown>) =>
  context.obj([
    PDFName.of('DeviceN'),
    names.map((name) => PDFName.of(name)),
    PDFName.of('DeviceCMYK'),
    tint(context),
    ...(attributes ? [context.obj(attributes as never)] : []),
  ]);

async function separationRules(spaces: Spaces): Promise<string[]> {
  const pdf = await minimalPdfA({
    decorate: (context, page) => {
      page.node.set(PDFName.of('Resources'), context.obj({ ColorSpace: context.obj(spaces(context)) }));
    },
  });
  const report = await checkPdfA(pdf);
  return [
    ...new Set(report.failures.map((failure) => failure.rule).filter((rule) => rule.startsWith('6.2.4.4'))),
  ];
}

const ACCEPTED: [string, Spaces][] = [
  [
    'a DeviceN whose spot colorant has a Colorants entry',
    (c) => ({ CS0: deviceN(c, ['Cyan', 'Spot1'], { Colorants: { Spot1: separation(c, 'Spot1') } }) }),
  ],
  ['a DeviceN of process colorants and None only', (c) => ({ CS0: deviceN(c, ['Cyan', 'Black', 'None']) })],
  [
    'a spot colorant listed in Process Components',
    (c) => ({
      CS0: deviceN(c, ['Spot1'], {
        Subtype: 'NChannel',
        Process: { ColorSpace: 'DeviceCMYK', Components: ['Spot1'] },
        Colorants: {},
      }),
    }),
  ],
  [
    'two equal Separations, one direct and one indirect',
    (c) => ({ CS0: separation(c, 'Spot1'), CS1: c.register(separation(c, 'Spot1')) }),
  ],
  [
    'equal PostScript tint transforms stored compressed and uncompressed',
    (c) => ({
      CS0: c.obj([
        PDFName.of('Separation'),
        PDFName.of('Spot2'),
        PDFName.of('DeviceCMYK'),
        postscript(c, true),
      ]),
      CS1: c.obj([
        PDFName.of('Separation'),
        PDFName.of('Spot2'),
        PDFName.of('DeviceCMYK'),
        postscript(c, false),
      ]),
    }),
  ],
  [
    'All and None Separations with different alternates',
    (c) => ({
      CS0: separation(c, 'All'),
      CS1: separation(c, 'All', 'DeviceGray'),
      CS2: separation(c, 'None'),
      CS3: separation(c, 'None', 'DeviceRGB'),
    }),
  ],
];

const REFUSED: [string, Spaces, string[]][] = [
  [
    'a DeviceN spot colorant without attributes',
    (c) => ({ CS0: deviceN(c, ['Cyan', 'Spot1']) }),
    ['6.2.4.4-1'],
  ],
  [
    'a DeviceN spot colorant missing from Colorants',
    (c) => ({ CS0: deviceN(c, ['Spot1', 'Spot2'], { Colorants: { Spot1: separation(c, 'Spot1') } }) }),
    ['6.2.4.4-1'],
  ],
  [
    'two Separations of one colorant with different tint transforms',
    (c) => ({ CS0: separation(c, 'Spot1'), CS1: separation(c, 'Spot1', 'DeviceCMYK', 0.5) }),
    ['6.2.4.4-2'],
  ],
  [
    'two Separations of one colorant with different alternates',
    (c) => ({ CS0: separation(c, 'Spot1'), CS1: separation(c, 'Spot1', 'DeviceGray') }),
    ['6.2.4.4-2'],
  ],
  [
    'a Colorants entry inconsistent with a page Separation',
    (c) => ({
      CS0: separation(c, 'Spot1'),
      CS1: deviceN(c, ['Spot1'], { Colorants: { Spot1: separation(c, 'Spot1', 'DeviceCMYK', 0.2) } }),
    }),
    ['6.2.4.4-2'],
  ],
];

describe('checkPdfA on Separation and DeviceN colour spaces (6.2.4.4)', () => {
  it.each(ACCEPTED)('accepts %s', async (_name, spaces) => {
    expect(await separationRules(spaces)).toEqual([]);
  });

  it.each(REFUSED)('fails %s', async (_name, spaces, rules) => {
    expect(await separationRules(spaces)).toEqual(rules);
  });
});
