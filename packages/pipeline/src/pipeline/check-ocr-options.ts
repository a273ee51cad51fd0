import { SohoaError } from '@sohoa/base';
import type { DigitizeOcrOptions } from './digitize-options.js';

/**
 * Checks the OCR settings of `digitize` before anything is written: `pagesPerWorker` and
 * `timeoutMs` must be positive whole numbers, the switches booleans.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `OPTION_INVALID` naming the setting.
 *
 * @example
 * ```ts
 * checkOcrOptions({ pagesPerWorker: 10, timeoutMs: 60_000 }); // fine
 * checkOcrOptions({ pagesPerWorker: 0 }); // throws OPTION_INVALID
 * ```
 */
export function checkOcrOptions(options: DigitizeOcrOptions): void {
  for (const name of ['pagesPerWorker', 'timeoutMs'] as const) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new SohoaError({
        code: 'OPTION_INVALID',
        message: {
          vi: `digitize: \`ocr.${name}\` phải là số nguyên dương; đã nhận ${String(value)}.`,
          en: `digitize: \`ocr.${name}\` must be a positive whole number; received ${String(value)}.`,
        },
        fix: {
          vi: `Cho ocr.${name} một số nguyên lớn hơn 0, hoặc bỏ trống để dùng giá trị mặc định.`,
          en: `Give a whole number above 0 for ocr.${name}, or leave it out for its default.`,
        },
        details: { option: `ocr.${name}`, value },
      });
    }
  }
  for (const name of ['orderColumns', 'correct', 'detectOrientation'] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new SohoaError({
        code: 'OPTION_INVALID',
        message: {
          vi: `digitize: \`ocr.${name}\` phải là true hoặc false; đã nhận ${String(value)}.`,
          en: `digitize: \`ocr.${name}\` must be true or false; received ${String(value)}.`,
        },
        fix: {
          vi: `Cho ocr.${name} giá trị true hoặc false, hoặc bỏ trống để dùng giá trị mặc định.`,
          en: `Give true or false for ocr.${name}, or leave it out for its default.`,
        },
        details: { option: `ocr.${name}`, value },
      });
    }
  }
}
