import { SohoaError as BaseSohoaError, type SohoaErrorOptions as BaseSohoaErrorOptions } from '@sohoa/base';

/**
 * The error class of the sohoa SDK, now in `@sohoa/base` (which needs no native library).
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import { SohoaError } from '@sohoa/base';
 * ```
 */
export const SohoaError = BaseSohoaError;
/**
 * The error class of the sohoa SDK, now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import type { SohoaError } from '@sohoa/base';
 * ```
 */
export type SohoaError<Code extends string = string> = BaseSohoaError<Code>;

/**
 * What a `SohoaError` is made from, now in `@sohoa/base`.
 *
 * @deprecated Import it from `@sohoa/base`; this re-export is removed in the next minor version.
 * @example
 * ```ts
 * import type { SohoaErrorOptions } from '@sohoa/base';
 * ```
 */
export type SohoaErrorOptions<Code extends string = string> = BaseSohoaErrorOptions<Code>;
