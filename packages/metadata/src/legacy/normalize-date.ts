const pad = (value: number | string): string => String(value).padStart(2, '0');

/** Excel's day 0 (serial numbers count days from 30/12/1899, with Lotus's 1900 leap-year bug built in). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date written as the circular writes it. */
const WRITTEN_AS_STORED = /^\d{2}\/\d{2}\/\d{4}$/;

function fromDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/**
 * Rewrites a date found in a catalog in the form the circular uses: a spreadsheet date, an Excel
 * serial number (`36896` → `05/01/2001`), a year alone (`1962`), or text such as `5/1/2001`,
 * `05-01-2001`, `05.01.2001`, `2001-01-05`, `1/2001`, `ngày 5 tháng 1 năm 2001`. Day before
 * month, as Vietnamese writes dates. Text it cannot read is returned trimmed, for validation to
 * report.
 *
 * @example
 * ```ts
 * import { normalizeVnDate } from '@sohoa/metadata';
 *
 * normalizeVnDate('5/1/2001'); // '05/01/2001'
 * normalizeVnDate(36896); // '05/01/2001'
 * normalizeVnDate('ngày 29 tháng 6 năm 2019'); // '29/06/2019'
 * ```
 */
export function normalizeVnDate(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : fromDate(value);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1000 && value <= 2999) return String(value);
    if (value > 2999 && value < 2_958_466)
      return fromDate(new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000));
    return String(value);
  }
  const text = String(value).normalize('NFC').trim();
  if (!text) return undefined;
  if (WRITTEN_AS_STORED.test(text)) return text; // DD/MM/YYYY already: what the first pattern rewrites it to
  let match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (match) return `${pad(match[1] as string)}/${pad(match[2] as string)}/${match[3]}`;
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  match = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (match) return `${pad(match[1] as string)}/${match[2]}`;
  match = /^(?:năm\s*)?(\d{4})$/iu.exec(text);
  if (match) return match[1];
  match = /ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(text);
  if (match) return `${pad(match[1] as string)}/${pad(match[2] as string)}/${match[3]}`;
  match = /^tháng\s*(\d{1,2})\s*(?:năm|\/)\s*(\d{4})$/iu.exec(text);
  if (match) return `${pad(match[1] as string)}/${match[2]}`;
  return text;
}

/**
 * Splits a date range written in one cell (`01/1962 - 12/1965`, `1962-1965`, `5/1/2001 – 28/12/2001`)
 * into a start and an end date in the circular's form, or `undefined` when the cell is not a range.
 *
 * @example
 * ```ts
 * import { splitVnDateRange } from '@sohoa/metadata';
 *
 * splitVnDateRange('1962-1965'); // { start: '1962', end: '1965' }
 * ```
 */
export function splitVnDateRange(value: unknown): { start: string; end: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(.*?\d{4})\s*(?:[-–—]|đến)\s*(.*?\d{4})\s*$/u.exec(value.normalize('NFC'));
  if (!match) return undefined;
  const start = normalizeVnDate(match[1]);
  const end = normalizeVnDate(match[2]);
  return start && end ? { start, end } : undefined;
}
