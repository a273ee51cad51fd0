import { type BaseErrorCode, SohoaError } from '@sohoa/base';
import { LANGUAGE_PACKAGES, type OcrLanguage } from '@sohoa/ocr';
import type { PipelineErrorCode } from '../errors/pipeline-error-codes.js';

/**
 * Checks the OCR language of a run (`--ocr-lang`): only languages sohoa ships a model for are
 * accepted, today only `vie` (Vietnamese, `@tesseract.js-data/vie`). sohoa never downloads a
 * model, and the header reading that fills and cross-checks the metadata knows only Vietnamese
 * administrative documents, so another language is refused before anything is read or written.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `OPTION_INVALID` for any other value, saying which languages ship.
 *
 * @example
 * ```ts
 * import { checkOcrLanguage } from '@sohoa/pipeline';
 *
 * checkOcrLanguage('vie'); // 'vie'
 * checkOcrLanguage('eng'); // throws OPTION_INVALID: only "vie" ships
 * ```
 */
export function checkOcrLanguage(language: string): OcrLanguage {
  if (Object.hasOwn(LANGUAGE_PACKAGES, language)) return language as OcrLanguage;
  const shipped = Object.keys(LANGUAGE_PACKAGES);
  const codes = shipped.map((code) => `"${code}"`).join(', ');
  throw new SohoaError<PipelineErrorCode | BaseErrorCode>({
    code: 'OPTION_INVALID',
    message: {
      vi: `sohoa không có mô hình OCR cho ngôn ngữ "${language}": chỉ có ${codes} (tiếng Việt), và việc đọc phần đầu văn bản để điền siêu dữ liệu chỉ áp dụng cho văn bản hành chính tiếng Việt.`,
      en: `sohoa has no OCR model for the language "${language}": only ${codes} (Vietnamese) ships, and the document header reading that fills the metadata knows only Vietnamese administrative documents.`,
    },
    fix: {
      vi: `Dùng --ocr-lang ${shipped[0]} (mặc định; "lang" trong sohoa.config.json), hoặc bỏ tùy chọn này. Chưa hỗ trợ văn bản bằng ngôn ngữ khác.`,
      en: `Use --ocr-lang ${shipped[0]} (the default; "lang" in sohoa.config.json), or leave it out. Documents in other languages are not supported yet.`,
    },
    details: { option: 'language', value: language, shipped },
  });
}
