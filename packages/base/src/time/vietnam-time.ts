/** Vietnam's offset from UTC in minutes: +07:00 all year (no daylight saving). */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

/**
 * Writes a moment as ISO 8601 in Vietnam time with its offset, `2025-07-01T08:30:00+07:00`: the
 * form Thông tư 05/2025/TT-BNV requires for METS and PREMIS times (standards reference §3.7), and
 * the one sohoa shows everywhere (PDF metadata, signatures, reports). Milliseconds are dropped.
 *
 * @example
 * ```ts
 * import { toVietnamTime } from '@sohoa/base';
 *
 * toVietnamTime(new Date('2025-07-01T01:30:00Z')); // '2025-07-01T08:30:00+07:00'
 * ```
 */
export function toVietnamTime(moment: Date): string {
  return toOffsetTime(moment, VIETNAM_UTC_OFFSET_MINUTES);
}

/**
 * Writes a moment as ISO 8601 to the second at a given offset from UTC (in minutes, east
 * positive): `toOffsetTime(moment, 420)` is {@link toVietnamTime}.
 *
 * @example
 * ```ts
 * import { toOffsetTime } from '@sohoa/base';
 *
 * toOffsetTime(new Date('2025-07-01T01:30:00Z'), -90); // '2025-07-01T00:00:00-01:30'
 * ```
 */
export function toOffsetTime(moment: Date, offsetMinutes: number): string {
  const local = new Date(moment.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const size = Math.abs(offsetMinutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/**
 * `YYYY-MM-DDThh:mm:ss(.s+)?+07:00`: an ISO 8601 time in Vietnam time (standards reference §3.7).
 *
 * @example
 * ```ts
 * import { VIETNAM_TIME_PATTERN } from '@sohoa/base';
 *
 * VIETNAM_TIME_PATTERN.test('2025-07-01T08:30:00+07:00'); // true
 * VIETNAM_TIME_PATTERN.test('2025-07-01T01:30:00Z'); // false
 * ```
 */
export const VIETNAM_TIME_PATTERN: RegExp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?\+07:00$/;
