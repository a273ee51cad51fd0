import { describe, expect, it } from 'vitest';
import { reconcileHeader } from './reconcile-header.js';

const header = {
  codeNumber: { value: '892', raw: 'Số: 892 /UBND-TTHC', confidence: 0.84 },
  codeNotation: { value: 'UBND-TTHC', raw: 'Số: 892 /UBND-TTHC', confidence: 0.9 },
  typeName: { value: 'Công văn', raw: 'V/v', confidence: 0.9, code: '22' as const },
  subject: { value: 'V/v công bố Danh mục TTHC', raw: 'V/v công bố Danh mục TTHC', confidence: 0.7 },
};

describe('reconcileHeader', () => {
  it('never writes the number read by OCR into the record: it is only suggested', () => {
    const result = reconcileHeader({}, header, { text: '', partialDates: false });
    expect(result.metadata.codeNumber).toBeUndefined();
    expect(result.suggested).toEqual([
      { field: 'codeNumber', value: '892', raw: 'Số: 892 /UBND-TTHC', confidence: 0.84 },
    ]);
    expect(result.metadata).toMatchObject({
      codeNotation: 'UBND-TTHC',
      typeName: '22',
      subject: 'V/v công bố Danh mục TTHC',
    });
    expect(result.filled.map((field) => field.field).sort()).toEqual(['codeNotation', 'subject', 'typeName']);
  });

  it('reports a given number that OCR read differently, and agrees on leading zeros', () => {
    const differing = reconcileHeader({ codeNumber: '299' }, header, { text: '', partialDates: false });
    expect(differing.disagreements).toEqual([
      { field: 'codeNumber', given: '299', read: '892', confidence: 0.84 },
    ]);
    const same = reconcileHeader({ codeNumber: '0892' }, header, { text: '', partialDates: false });
    expect(same.disagreements).toEqual([]);
    expect(same.suggested).toEqual([]);
  });
});
