import { type PDFContext, PDFDict, PDFHexString, PDFName, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

type Build = (context: PDFContext, page: PDFPage) => void;

const content =
  (text: string): Build =>
  (context, page) =>
    page.node.set(PDFName.of('Contents'), context.register(context.stream(new TextEncoder().encode(text))));
const object =
  (value: (context: PDFContext) => unknown): Build =>
  (context, page) =>
    page.node.set(PDFName.of('PieceInfo'), context.obj({ sohoa: { Private: value(context) as never } }));
const deviceN = (count: number) =>
  object((c) =>
    c.obj([
      'DeviceN',
      Array.from({ length: count }, (_, index) => `Spot${index}`),
      'DeviceCMYK',
      c.obj({ FunctionType: 2, Domain: [0, 1], C0: [0], C1: [1], N: 1 }),
    ] as never),
  );

async function limitRules(build: Build): Promise<string[]> {
  const report = await checkPdfA(await minimalPdfA({ decorate: build }));
  return [
    ...new Set(report.failures.map((failure) => failure.rule).filter((rule) => rule.startsWith('6.1.13'))),
  ];
}

const box =
  (key: string, values: number[], on: 'page' | 'parent' = 'page'): Build =>
  (context, page) => {
    const parent = page.node.lookup(PDFName.of('Parent'), PDFDict);
    if (on === 'parent') page.node.delete(PDFName.of(key));
    (on === 'page' ? page.node : parent).set(PDFName.of(key), context.obj(values));
  };

const NAME_127 = 'N'.repeat(127);
const ACCEPTED: [string, Build][] = [
  ['the largest integer in a content stream', content('q 2147483647 0 0 1 -2147483648 0 cm Q')],
  ['the largest integer in an object', object(() => 2147483647)],
  ['a real of 3.4 × 10^38', content(`q ${'34'.padEnd(39, '0')}.0 0 0 1 0 0 cm Q`)],
  ['a string of 32767 bytes', content(`(${'a'.repeat(32767)}) pop`.replace(' pop', ''))],
  ['a name of 127 bytes', content(`/${NAME_127} gs`)],
  ['28 nested q', content(`${'q '.repeat(28)}${'Q '.repeat(28)}`)],
  ['a DeviceN of 32 colorants', deviceN(32)],
  ['a MediaBox of 3 × 14400 inherited from the page tree', box('MediaBox', [0, 0, 3, 14400], 'parent')],
  ['a CropBox of 14400 × 3 with negative corners', box('CropBox', [-14400, -3, 0, 0])],
];

const REFUSED: [string, Build, string][] = [
  ['an integer above 2^31 - 1 in a content stream', content('q 2147483648 0 0 1 0 0 cm Q'), '6.1.13-1'],
  ['an integer below -2^31 in an object', object(() => -2147483649), '6.1.13-1'],
  ['a real above 3.403 × 10^38', content(`q ${'35'.padEnd(39, '0')}.5 0 0 1 0 0 cm Q`), '6.1.13-2'],
  ['a string of 32768 bytes in a content stream', content(`(${'a'.repeat(32768)}) Tj`), '6.1.13-3'],
  [
    'a hexadecimal string of 32768 bytes in an object',
    object(() => PDFHexString.of('ab'.repeat(32768))),
    '6.1.13-3',
  ],
  ['a name of 128 bytes in a content stream', content(`/${NAME_127}X gs`), '6.1.13-4'],
  ['a name of 128 bytes in an object', object(() => PDFName.of(`${NAME_127}X`)), '6.1.13-4'],
  ['a real closer to zero than 1.175 × 10^-38', content(`q 0.${'0'.repeat(38)}1 0 0 1 0 0 cm Q`), '6.1.13-5'],
  ['29 nested q', content(`${'q '.repeat(29)}${'Q '.repeat(29)}`), '6.1.13-8'],
  ['a DeviceN of 33 colorants', deviceN(33), '6.1.13-9'],
  [
    'a MediaBox written right to left (veraPDF does not normalise)',
    box('MediaBox', [612, 792, 0, 0]),
    '6.1.13-11',
  ],
  ['a MediaBox of 2 × 2 inherited from the page tree', box('MediaBox', [0, 0, 2, 2], 'parent'), '6.1.13-11'],
  [
    'a CropBox inherited from the page tree, 14401 wide',
    box('CropBox', [0, 0, 14401, 100], 'parent'),
    '6.1.13-11',
  ],
  ['a TrimBox of three numbers (the missing top counts as 0)', box('TrimBox', [0, 0, 612]), '6.1.13-11'],
];

describe('checkPdfA on implementation limits (6.1.13)', () => {
  it.each(ACCEPTED)('accepts %s', async (_name, build) => {
    expect(await limitRules(build)).toEqual([]);
  });

  it.each(REFUSED)('fails %s', async (_name, build, rule) => {
    expect(await limitRules(build)).toEqual([rule]);
  });
});
