import { type Bilingual, describeError, type MessageLanguage, type SohoaError } from '@sohoa/base';

/**
 * The line `sohoa` prints for a failure, all in one language: `sohoa: lỗi CODE: …` (or
 * `sohoa: error CODE: …`) with the error's message and fix in that language.
 *
 * @example
 * ```ts
 * errorLine(error, 'vi'); // 'sohoa: lỗi INPUT_NOT_FOUND: Không tìm thấy tệp "p1.jpg". Cách sửa: …'
 * ```
 */
export function errorLine(error: SohoaError, language: MessageLanguage): string {
  return `sohoa: ${language === 'vi' ? 'lỗi' : 'error'} ${error.code}: ${describeError(error, language)}`;
}

/**
 * The line `sohoa` prints when options cannot be used as given (exit code 2), in one language:
 * `sohoa: lỗi USAGE_ERROR: …` (or `sohoa: error USAGE_ERROR: …`).
 *
 * @example
 * ```ts
 * usageErrorLine({ vi: 'thiếu --out.', en: 'missing --out.' }, 'en'); // 'sohoa: error USAGE_ERROR: missing --out.'
 * ```
 */
export function usageErrorLine(text: Bilingual, language: MessageLanguage): string {
  return `sohoa: ${language === 'vi' ? 'lỗi' : 'error'} USAGE_ERROR: ${text[language]}`;
}

/**
 * The lines `sohoa` prints for an error that is not a {@link SohoaError}: a bug, with its stack.
 *
 * @example
 * ```ts
 * unexpectedErrorLines(new TypeError('x'), 'en')[1]; // 'This is a bug in sohoa: …'
 * ```
 */
export function unexpectedErrorLines(error: unknown, language: MessageLanguage): string[] {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return language === 'vi'
    ? [`sohoa: lỗi không lường trước: ${detail}`, 'Đây là lỗi của sohoa: xin báo lại kèm lệnh bạn đã chạy.']
    : [
        `sohoa: unexpected error: ${detail}`,
        'This is a bug in sohoa: please report it with the command you ran.',
      ];
}
