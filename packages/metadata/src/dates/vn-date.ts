const DAY_PATTERN = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const MONTH_PATTERN = /^(\d{2})\/(\d{4})$/;
const YEAR_PATTERN = /^(\d{4})$/;

/**
 * Reads a DD/MM/YYYY date into a UTC `Date`, or `undefined` when it is not a real date.
 *
 * @example
 * ```ts
 * import { parseVnDate } from '@sohoa/metadata';
 *
 * parseVnDate('17/01/2025')?.toISOString(); // '2025-01-17T00:00:00.000Z'
 * parseVnDate('31/02/2025'); // undefined
 * ```
 */
export function parseVnDate(value: string): Date | undefined {
  const match = DAY_PATTERN.exec(value);
  if (!match) return undefined;
  const [, day, month, year] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/** The span of days a possibly partial date (DD/MM/YYYY, MM/YYYY or YYYY) stands for. */
export interface VnDateSpan {
  /** The first day covered, at 00:00 UTC. */
  first: Date;
  /** The last day covered, at 00:00 UTC. */
  last: Date;
  /** How precise the written date is. */
  precision: 'day' | 'month' | 'year';
}

/**
 * Reads a date written DD/MM/YYYY, MM/YYYY or YYYY (the forms an AIP accepts, standards reference
 * §3.4a) into the span of days it covers, or `undefined` when it is none of these or not a real date.
 *
 * @example
 * ```ts
 * import { parseVnDateSpan } from '@sohoa/metadata';
 *
 * const span = parseVnDateSpan('02/2024');
 * span?.first.toISOString(); // '2024-02-01T00:00:00.000Z'
 * span?.last.toISOString(); // '2024-02-29T00:00:00.000Z'
 * ```
 */
export function parseVnDateSpan(value: string): VnDateSpan | undefined {
  const day = parseVnDate(value);
  if (day) return { first: day, last: day, precision: 'day' };
  const month = MONTH_PATTERN.exec(value);
  if (month) {
    const monthNumber = Number(month[1]);
    const year = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) return undefined;
    return {
      first: new Date(Date.UTC(year, monthNumber - 1, 1)),
      last: new Date(Date.UTC(year, monthNumber, 0)),
      precision: 'month',
    };
  }
  const year = YEAR_PATTERN.exec(value);
  if (year) {
    const yearNumber = Number(year[1]);
    return {
      first: new Date(Date.UTC(yearNumber, 0, 1)),
      last: new Date(Date.UTC(yearNumber, 11, 31)),
      precision: 'year',
    };
  }
  return undefined;
}
