import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Bilingual, SohoaError } from '@sohoa/base';
import type { OcrErrorCode } from '../errors/ocr-error-codes.js';

/**
 * The npm package that ships tesseract's orientation and script detection model, and the folder
 * inside it. OSD needs the legacy engine, so the `4.0.0` folder (legacy-capable) is used.
 *
 * @example
 * ```ts
 * import { OSD_PACKAGE } from '@sohoa/ocr';
 *
 * console.log(`npm install ${OSD_PACKAGE.packageName}`);
 * ```
 */
export const OSD_PACKAGE = { packageName: '@tesseract.js-data/osd', folder: '4.0.0' } as const;

/**
 * Finds the folder holding `osd.traineddata.gz`: the given folder, or the one inside
 * `@tesseract.js-data/osd`. Nothing is ever downloaded.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_LANGUAGE_DATA_MISSING` (with `details.language` `'osd'`) when
 *   the model file is not there.
 *
 * @example
 * ```ts
 * import { resolveOsdData } from '@sohoa/ocr';
 *
 * const { folder } = await resolveOsdData();
 * // folder: …/node_modules/@tesseract.js-data/osd/4.0.0
 * ```
 */
export async function resolveOsdData(dataPath?: string): Promise<{ folder: string; file: string }> {
  let folder = dataPath;
  if (folder === undefined) {
    try {
      const require = createRequire(import.meta.url);
      folder = join(dirname(require.resolve(`${OSD_PACKAGE.packageName}/package.json`)), OSD_PACKAGE.folder);
    } catch (cause) {
      throw missing(
        {
          vi: `chưa cài gói npm ${OSD_PACKAGE.packageName}`,
          en: `the npm package ${OSD_PACKAGE.packageName} is not installed`,
        },
        cause,
      );
    }
  }
  const file = join(folder, 'osd.traineddata.gz');
  try {
    await access(file);
  } catch (cause) {
    throw missing({ vi: `không tìm thấy "${file}"`, en: `"${file}" does not exist` }, cause);
  }
  return { folder, file };
}

function missing(what: Bilingual, cause: unknown): SohoaError<OcrErrorCode> {
  return new SohoaError<OcrErrorCode>({
    code: 'OCR_LANGUAGE_DATA_MISSING',
    message: {
      vi: `Thiếu mô hình nhận diện hướng trang (osd): ${what.vi}.`,
      en: `The orientation detection model (osd) is missing: ${what.en}.`,
    },
    fix: {
      vi: `Cài mô hình bằng lệnh \`npm install ${OSD_PACKAGE.packageName}\`, hoặc trỏ \`dataPath\` tới thư mục chứa osd.traineddata.gz (mô hình 4.0.0 hỗ trợ chế độ legacy). sohoa không bao giờ tải mô hình khi chạy.`,
      en: `Install it with \`npm install ${OSD_PACKAGE.packageName}\`, or point \`dataPath\` at a folder holding osd.traineddata.gz (the legacy-capable 4.0.0 model). sohoa never downloads models at run time.`,
    },
    cause,
    details: { language: 'osd' },
  });
}
