import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { minimalPdfA } from './__fixtures__/minimal-pdfa.js';
import { checkPdfA } from './check-pdfa.js';

/** A page with one annotation of `subtype` (zero-sized, so no appearance is needed) and flags `F`. */
async function annotationFailures(subtype: string, flags?: number) {
  const pdf = await minimalPdfA({
    decorate: (context, page) => {
      const annotation = context.obj({
        Type: 'Annot',
        Subtype: subtype,
        Rect: [10, 10, 10, 10],
        Contents: 'Ghi chú',
        ...(flags === undefined ? {} : { F: flags }),
      });
      page.node.set(PDFName.of('Annots'), context.obj([context.register(annotation)]));
    },
  });
  const report = await checkPdfA(pdf);
  return report.failures.filter((failure) => failure.rule.startsWith('6.3.2'));
}

describe('checkPdfA on Text annotation flags (6.3.2-3)', () => {
  it.each([
    ['a Text annotation with Print, NoZoom and NoRotate', 'Text', 4 | 8 | 16],
    ['a Text annotation with Print, NoZoom, NoRotate and Locked', 'Text', 4 | 8 | 16 | 128],
    ['a Square annotation without NoZoom or NoRotate', 'Square', 4],
  ])('accepts %s', async (_name, subtype, flags) => {
    expect(await annotationFailures(subtype, flags)).toEqual([]);
  });

  it.each([
    ['a Text annotation with Print only', 4, 'the flags 4'],
    ['a Text annotation with NoZoom but not NoRotate', 4 | 8, 'the flags 12'],
    ['a Text annotation with NoRotate but not NoZoom', 4 | 16, 'the flags 20'],
  ])('fails %s', async (_name, flags, shown) => {
    const failures = await annotationFailures('Text', flags);
    expect(failures.map((failure) => failure.rule)).toEqual(['6.3.2-3']);
    expect(failures[0]?.object).toMatch(/^\d+ 0 obj$/);
    expect(failures[0]?.message).toContain(shown);
    expect(failures[0]?.messageVi).toContain('NoZoom (8) và NoRotate (16)');
  });

  it('fails a Text annotation without F on 6.3.2-1 and 6.3.2-3', async () => {
    const failures = await annotationFailures('Text');
    expect(failures.map((failure) => failure.rule)).toEqual(['6.3.2-1', '6.3.2-3']);
    expect(failures[1]?.message).toContain('no flags (F)');
  });
});
