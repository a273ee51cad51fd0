import type { BaseErrorCode } from '@sohoa/base';
import type { CoreErrorCode } from '@sohoa/core';

/**
 * The error codes of `@sohoa/ocr` (the OCR engine and pool), with what each means. Its functions also throw
 * the codes of `@sohoa/base` and `IMAGE_CORRUPT` / `IMAGE_TOO_LARGE` of `@sohoa/core` for a bad page.
 *
 * @example
 * ```ts
 * import { OCR_ERROR_CODES } from '@sohoa/ocr';
 *
 * for (const [code, meaning] of Object.entries(OCR_ERROR_CODES)) console.log(code, meaning);
 * ```
 */
export const OCR_ERROR_CODES = {
  OCR_LANGUAGE_DATA_MISSING: 'The OCR language data (traineddata) is not installed where sohoa looks for it.',
  OCR_ENGINE_FAILED: 'The OCR engine failed while starting or while recognizing a page.',
  OCR_TIMEOUT: 'OCR of one page took longer than the allowed time; its worker was stopped and replaced.',
  OCR_ABORTED: 'OCR of a page was cancelled through its AbortSignal.',
  OCR_WORKER_CRASHED: 'An OCR worker died while reading a page, and the retries on fresh workers failed too.',
  OCR_POOL_TERMINATED: 'A page was given to an OCR pool that has been terminated.',
} as const;

/**
 * A code `@sohoa/ocr` throws: its own ({@link OCR_ERROR_CODES}) or one it passes on.
 *
 * @example
 * ```ts
 * import type { OcrErrorCode } from '@sohoa/ocr';
 *
 * const code: OcrErrorCode = 'OCR_TIMEOUT';
 * ```
 */
export type OcrErrorCode =
  | keyof typeof OCR_ERROR_CODES
  | BaseErrorCode
  | Extract<CoreErrorCode, 'IMAGE_CORRUPT' | 'IMAGE_TOO_LARGE'>;
