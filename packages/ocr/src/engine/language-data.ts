import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Bilingual, SohoaError } from '@sohoa/base';
import type { OcrErrorCode } from '../errors/ocr-error-codes.js';

/**
 * The npm package that ships each language's model, and the model folder inside it. The
 * `4.0.0_best_int` models are LSTM-only (1.4 MB for Vietnamese) and give the same results as the
 * larger `4.0.0` ones with the LSTM engine.
 */
export const LANGUAGE_PACKAGES = {
  vie: { packageName: '@tesseract.js-data/vie', folder: '4.0.0_best_int' },
} as const;

/** A language sohoa ships a model for. */
export type OcrLanguage = keyof typeof LANGUAGE_PACKAGES;

/**
 * Finds the folder holding `<language>.traineddata.gz`: the given folder, or the one inside the
 * language's npm package. Nothing is ever downloaded.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_LANGUAGE_DATA_MISSING` when the model file is not there,
 *   `OPTION_INVALID` for a language sohoa ships no model for.
 *
 * @example
 * ```ts
 * import { resolveLanguageData } from '@sohoa/ocr';
 *
 * const { folder, file } = await resolveLanguageData('vie');
 * // folder: …/node_modules/@tesseract.js-data/vie/4.0.0_best_int
 * ```
 */
export async function resolveLanguageData(
  language: OcrLanguage,
  languageDataPath?: string,
): Promise<{ folder: string; file: string }> {
  if (!Object.hasOwn(LANGUAGE_PACKAGES, language)) {
    const languages = Object.keys(LANGUAGE_PACKAGES).join(', ');
    throw new SohoaError<OcrErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `sohoa không có mô hình OCR cho ngôn ngữ "${language}".`,
        en: `sohoa has no OCR model for the language "${language}".`,
      },
      fix: { vi: `Dùng một trong các ngôn ngữ: ${languages}.`, en: `Use one of: ${languages}.` },
      details: { option: 'language', value: language },
    });
  }
  const entry = LANGUAGE_PACKAGES[language];
  let folder = languageDataPath;
  if (folder === undefined) {
    try {
      const require = createRequire(import.meta.url);
      folder = join(dirname(require.resolve(`${entry.packageName}/package.json`)), entry.folder);
    } catch (cause) {
      throw missing(
        language,
        {
          vi: `chưa cài gói npm ${entry.packageName}`,
          en: `the npm package ${entry.packageName} is not installed`,
        },
        cause,
      );
    }
  }
  const file = join(folder, `${language}.traineddata.gz`);
  try {
    await access(file);
  } catch (cause) {
    throw missing(language, { vi: `không tìm thấy "${file}"`, en: `"${file}" does not exist` }, cause);
  }
  return { folder, file };
}

function missing(language: OcrLanguage, what: Bilingual, cause: unknown): SohoaError<OcrErrorCode> {
  const { packageName } = LANGUAGE_PACKAGES[language];
  return new SohoaError<OcrErrorCode>({
    code: 'OCR_LANGUAGE_DATA_MISSING',
    message: {
      vi: `Thiếu mô hình OCR cho "${language}": ${what.vi}.`,
      en: `The OCR model for "${language}" is missing: ${what.en}.`,
    },
    fix: {
      vi: `Cài mô hình bằng lệnh \`npm install ${packageName}\`, hoặc trỏ \`languageDataPath\` tới thư mục chứa ${language}.traineddata.gz. sohoa không bao giờ tải mô hình khi chạy.`,
      en: `Install it with \`npm install ${packageName}\`, or point \`languageDataPath\` at a folder holding ${language}.traineddata.gz. sohoa never downloads models at run time.`,
    },
    cause,
    details: { language },
  });
}
