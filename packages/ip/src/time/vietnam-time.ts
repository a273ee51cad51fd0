const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * Writes a moment as ISO 8601 in Vietnam time with its offset, `2025-07-01T08:30:00+07:00`, the
 * form Thông tư 05/2025/TT-BNV requires for METS and PREMIS times (standards reference §3.7).
 * Milliseconds are dropped.
 *
 * @example
 * ```ts
 * import { toVietnamTime } from '@sohoa/ip';
 *
 * toVietnamTime(new Date('2025-07-01T01:30:00Z')); // '2025-07-01T08:30:00+07:00'
 * ```
 */
export function toVietnamTime(moment: Date): string {
  const shifted = new Date(moment.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/** `YYYY-MM-DDThh:mm:ss(.s+)?+07:00`: an ISO 8601 time in Vietnam time (§3.7). */
export const VIETNAM_TIME_PATTERN: RegExp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?\+07:00$/;
