import { describe, expect, it } from 'vitest';
import { isVnDate, parseVnDate } from './vn-date.js';

/** The reading parseVnDate had before it parsed digits itself: a pattern, then a Date round trip. */
function byDate(value: string): Date | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('isVnDate and parseVnDate', () => {
  it('accept exactly the real DD/MM/YYYY dates a Date round trip accepts', () => {
    const values = ['', '1/1/2001', '01/01/2001 ', ' 01/01/2001', '01-01-2001', '0a/01/2001', '01/01/20011'];
    for (const year of [0, 99, 100, 1600, 1899, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) values.push(`${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`);
      }
    }
    let real = 0;
    for (const value of values) {
      const expected = byDate(value);
      expect(parseVnDate(value)?.getTime(), value).toBe(expected?.getTime());
      expect(isVnDate(value), value).toBe(expected !== undefined);
      if (expected) real++;
    }
    // Nine years of 365 days, three of them leap (1600, 2000, 2024; 0000 and 0099 are read as 1900 and 1999 by Date.UTC: refused).
    expect(real).toBe(9 * 365 + 3);
  });
});
