/**
 * The error codes of `@sohoa/cli` (the `sohoa` command), with what each means. The command also
 * passes on the codes of the packages it runs (`BASE_ERROR_CODES` of `@sohoa/base`,
 * `CORE_ERROR_CODES`, `OCR_ERROR_CODES`, `PDFA_ERROR_CODES`, `METADATA_ERROR_CODES`,
 * `IP_ERROR_CODES`, `PIPELINE_ERROR_CODES`, `QUEUE_ERROR_CODES`).
 *
 * @example
 * ```ts
 * import { CLI_ERROR_CODES } from '@sohoa/cli';
 *
 * console.log(CLI_ERROR_CODES.USAGE_ERROR);
 * ```
 */
export const CLI_ERROR_CODES = {
  USAGE_ERROR: 'A command was called with missing or wrong arguments.',
  QUEUE_NOT_INSTALLED: 'A `sohoa queue` command was run but the package @sohoa/queue is not installed.',
} as const;

/**
 * A code of {@link CLI_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { CliErrorCode } from '@sohoa/cli';
 *
 * const code: CliErrorCode = 'USAGE_ERROR';
 * ```
 */
export type CliErrorCode = keyof typeof CLI_ERROR_CODES;
