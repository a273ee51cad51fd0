const MONTH_PATTERN = /^(\d{2})\/(\d{4})$/;
const YEAR_PATTERN = /^(\d{4})$/;
const SLASH = 47;
const ZERO = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of `count` ASCII digits at `start` of `value`, or -1 when one is not a digit. */
function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let index = start; index < start + count; index++) {
    const digit = value.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** The day, month and year of a real date written DD/MM/YYYY, read without a regular expression or a `Date`. */
function dayParts(value: string): [day: number, month: number, year: number] | undefined {
  if (value.length !== 10 || value.charCodeAt(2) !== SLASH || value.charCodeAt(5) !== SLASH) return undefined;
  const day = digitsAt(value, 0, 2);
  const month = digitsAt(value, 3, 2);
  const year = digitsAt(value, 6, 4);
  // `Date.UTC` reads the years 0–99 as 1900–1999, so they were never real dates here; still refused.
  if (day < 1 || month < 1 || month > 12 || year < 100) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days ? [day, month, year] : undefined;
}

/**
 * Whether `value` is a real date written DD/MM/YYYY: what {@link parseVnDate} accepts, without
 * building a `Date` (validation asks this of every date of a catalog): `29/02/2024` is one,
 * `29/02/2025` is not.
 */
export const isVnDate = (value: string): boolean => dayParts(value) !== undefined;

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
  const parts = dayParts(value);
  return parts && new Date(Date.UTC(parts[2], parts[1] - 1, parts[0]));
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
