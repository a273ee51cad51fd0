import type { BaseErrorCode } from '@sohoa/base';

/**
 * The error codes of `@sohoa/core` (reading and decoding scans), with what each means. Its
 * functions also throw the codes of `@sohoa/base` (`INPUT_NOT_FOUND`, `OPTION_INVALID`, …).
 *
 * @example
 * ```ts
 * import { CORE_ERROR_CODES, loadPageImage } from '@sohoa/core';
 * import { SohoaError } from '@sohoa/base';
 *
 * try {
 *   await loadPageImage('scan.jpg');
 * } catch (error) {
 *   if (SohoaError.isInstance(error) && error.code === 'IMAGE_CORRUPT') {
 *     console.log(CORE_ERROR_CODES.IMAGE_CORRUPT); // what the code means
 *   }
 * }
 * ```
 */
export const CORE_ERROR_CODES = {
  IMAGE_CORRUPT: 'An image file is damaged or truncated and cannot be decoded.',
  IMAGE_UNSUPPORTED_FORMAT:
    'An image is in a format sohoa does not read (JPEG, PNG, TIFF and WebP are read).',
  IMAGE_RESOLUTION_MISSING: 'An image carries no resolution (DPI) and none was given as an override.',
  IMAGE_TOO_LARGE: 'An image has more pixels than the configured limit (a decompression-bomb guard).',
} as const;

/**
 * A code `@sohoa/core` throws: its own ({@link CORE_ERROR_CODES}) or one of `@sohoa/base`.
 *
 * @example
 * ```ts
 * import type { CoreErrorCode } from '@sohoa/core';
 *
 * const code: CoreErrorCode = 'IMAGE_CORRUPT';
 * ```
 */
export type CoreErrorCode = keyof typeof CORE_ERROR_CODES | BaseErrorCode;
