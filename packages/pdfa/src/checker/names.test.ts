import { type PDFContext, PDFName, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

type Build = (context: PDFContext, page: PDFPage) => void;

const tint = (context: PDFContext) =>
  context.obj({ FunctionType: 2, Domain: [0, 1], C0: [0], C1: [1], N: 1 });
const colourSpace =
  (space: (context: PDFContext) => unknown): Build =>
  (context, page) =>
    page.node.set(PDFName.of('Resources'), context.obj({ ColorSpace: { CS0: space(context) as never } }));
const separation = (name: string) =>
  colourSpace((c) => c.obj([PDFName.of('Separation'), PDFName.of(name), PDFName.of('DeviceGray'), tint(c)]));
const deviceN = (names: string[]) =>
  colourSpace((c) =>
    c.obj([
      PDFName.of('DeviceN'),
      names.map((name) => PDFName.of(name)),
      PDFName.of('DeviceGray'),
      tint(c),
      c.obj({
        Colorants: Object.fromEntries(
          names.map((name) => [
            name,
            c.obj([PDFName.of('Separation'), PDFName.of(name), PDFName.of('DeviceGray'), tint(c)]),
          ]),
        ),
      } as never),
    ]),
  );
const structureType =
  (type: string): Build =>
  (context) =>
    context.register(context.obj({ Type: 'StructElem', S: PDFName.of(type) }));

/** `Đỏ` in UTF-8 (C4 90, E1 BB 8F) and a lone lead byte followed by "(" (not UTF-8), written with #xx escapes. */
const VALID = `#C4#90#E1#BB#8F`;
const INVALID = 'Spot#C3#28';

async function nameRules(build: Build): Promise<string[]> {
  const report = await checkPdfA(await minimalPdfA({ decorate: build }));
  return [
    ...new Set(report.failures.map((failure) => failure.rule).filter((rule) => rule.startsWith('6.1.8'))),
  ];
}

describe('checkPdfA on name objects (6.1.8)', () => {
  it.each([
    ['a UTF-8 Separation colorant', separation(VALID)],
    ['UTF-8 DeviceN colorants', deviceN([VALID, 'Spot2'])],
    ['a UTF-8 structure type', structureType(VALID)],
  ])('accepts %s', async (_name, build) => {
    expect(await nameRules(build)).toEqual([]);
  });

  it.each([
    ['a Separation colorant that is not UTF-8', separation(INVALID)],
    ['a DeviceN colorant that is not UTF-8', deviceN(['Spot1', INVALID])],
    ['a structure type that is not UTF-8', structureType(INVALID)],
  ])('fails %s', async (_name, build) => {
    expect(await nameRules(build)).toEqual(['6.1.8-1']);
  });
});
