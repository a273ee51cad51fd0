import { toVietnamTime } from '@sohoa/base';

/**
 * A moment as `report.html` shows it to an archivist: day/month/year and the time in Vietnam
 * (+07:00), whatever offset the ISO 8601 text was written in; `—` when there is none, and the
 * text itself when it is not a date.
 *
 * @example
 * ```ts
 * displayTime('2026-11-27T03:00:00Z'); // '27/11/2026 10:00:00 (UTC+07:00)'
 * ```
 */
export function displayTime(iso: string | undefined): string {
  if (iso === undefined) return '—';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const [date = '', time = ''] = toVietnamTime(moment).split('T');
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year} ${time.slice(0, 8)} (UTC+07:00)`;
}
