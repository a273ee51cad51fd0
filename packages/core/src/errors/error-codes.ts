import { BASE_ERROR_CODES, type BaseErrorCode } from '@sohoa/base';
import { CORE_ERROR_CODES, type CoreErrorCode } from './core-error-codes.js';

/**
 * The codes of `@sohoa/base` and `@sohoa/core`. Until 0.1 this list held every package's codes;
 * each package now lists its own (`BASE_ERROR_CODES`, `CORE_ERROR_CODES`, `OCR_ERROR_CODES`,
 * `PDFA_ERROR_CODES`, `METADATA_ERROR_CODES`, `IP_ERROR_CODES`, `PIPELINE_ERROR_CODES`,
 * `QUEUE_ERROR_CODES`, `CLI_ERROR_CODES`).
 *
 * @deprecated Use {@link CORE_ERROR_CODES} and the list of the package that throws the code; this
 * name is removed in the next minor version.
 * @example
 * ```ts
 * import { BASE_ERROR_CODES } from '@sohoa/base';
 * import { CORE_ERROR_CODES } from '@sohoa/core';
 *
 * console.log(CORE_ERROR_CODES.IMAGE_CORRUPT, BASE_ERROR_CODES.INPUT_NOT_FOUND);
 * ```
 */
export const ERROR_CODES: typeof BASE_ERROR_CODES & typeof CORE_ERROR_CODES = {
  ...BASE_ERROR_CODES,
  ...CORE_ERROR_CODES,
};

/**
 * A code of `@sohoa/base` or `@sohoa/core`.
 *
 * @deprecated Use `CoreErrorCode` (or the code type of the package that throws it); removed in
 * the next minor version.
 * @example
 * ```ts
 * import type { CoreErrorCode } from '@sohoa/core';
 * ```
 */
export type SohoaErrorCode = BaseErrorCode | CoreErrorCode;
