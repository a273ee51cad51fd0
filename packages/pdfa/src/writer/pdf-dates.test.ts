import { describe, expect, it } from 'vitest';
import { formatPdfDates } from './pdf-dates.js';

describe('formatPdfDates', () => {
  it('writes the same instant as a PDF date and an XMP date, in Vietnam time by default', () => {
    expect(formatPdfDates(new Date('2025-01-17T02:30:05.900Z'))).toEqual({
      info: "D:20250117093005+07'00'",
      xmp: '2025-01-17T09:30:05+07:00',
    });
  });

  it('writes other offsets, west of UTC and across midnight', () => {
    expect(formatPdfDates(new Date('2025-01-01T00:30:00Z'), -90)).toEqual({
      info: "D:20241231230000-01'30'",
      xmp: '2024-12-31T23:00:00-01:30',
    });
  });
});
