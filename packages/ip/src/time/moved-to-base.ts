import { toVietnamTime as baseToVietnamTime } from '@sohoa/base';

/**
 * Writes a moment as ISO 8601 in Vietnam time (`+07:00`), now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import { toVietnamTime } from '@sohoa/base';
 *
 * toVietnamTime(new Date('2025-07-01T01:30:00Z')); // '2025-07-01T08:30:00+07:00'
 * ```
 */
export const toVietnamTime: typeof baseToVietnamTime = baseToVietnamTime;
