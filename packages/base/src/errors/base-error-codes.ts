/**
 * The error codes every sohoa package may throw: reading inputs, writing outputs, option values
 * and XML. Each package lists its own codes beside these (`CORE_ERROR_CODES`, `OCR_ERROR_CODES`,
 * …); a code is declared by one package only and never changes meaning once released, so tools
 * and scripts may switch on it.
 *
 * @example
 * ```ts
 * import { BASE_ERROR_CODES, SohoaError } from '@sohoa/base';
 *
 * try {
 *   await checkPdfA('scan.pdf');
 * } catch (error) {
 *   if (SohoaError.isInstance(error) && error.code === 'INPUT_NOT_FOUND') {
 *     console.log(BASE_ERROR_CODES.INPUT_NOT_FOUND); // what the code means
 *   }
 * }
 * ```
 */
export const BASE_ERROR_CODES = {
  INPUT_NOT_FOUND: 'A file or folder given as input does not exist.',
  INPUT_UNREADABLE:
    'A file or folder exists but cannot be read (permissions, or a folder where a file was expected).',
  OUTPUT_WRITE_FAILED: 'An output file could not be written.',
  OPTION_INVALID: 'A function was given an option value outside its documented range.',
  XML_CHARACTER_FORBIDDEN:
    'A value to be written into XML holds a character XML 1.0 forbids (a control character such as U+000B, U+FFFE/U+FFFF or a lone surrogate).',
} as const;

/**
 * A code of {@link BASE_ERROR_CODES}: what any sohoa package may throw.
 *
 * @example
 * ```ts
 * import type { BaseErrorCode } from '@sohoa/base';
 *
 * const code: BaseErrorCode = 'INPUT_NOT_FOUND';
 * ```
 */
export type BaseErrorCode = keyof typeof BASE_ERROR_CODES;
