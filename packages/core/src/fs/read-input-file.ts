import { readFile } from 'node:fs/promises';
import { type Bilingual, SohoaError } from '@sohoa/base';
import type { CoreErrorCode } from '../errors/core-error-codes.js';

/**
 * Reads a whole input file, turning file-system failures into sohoa's error codes:
 * `INPUT_NOT_FOUND` when the path does not exist, `INPUT_UNREADABLE` otherwise (a folder,
 * permissions). `what` names the file in the message, in Vietnamese and English
 * (`{ vi: 'khóa PKCS#12', en: 'the PKCS#12 key' }`; a plain string serves both).
 *
 * @throws {@link SohoaError} `INPUT_NOT_FOUND` or `INPUT_UNREADABLE`.
 *
 * @example
 * ```ts
 * import { readInputFile } from '@sohoa/core';
 *
 * const p12 = await readInputFile('agency.p12', { vi: 'khóa PKCS#12', en: 'the PKCS#12 key' });
 * ```
 */
export async function readInputFile(
  path: string,
  what: Bilingual | string = { vi: 'tệp', en: 'the file' },
): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    const name = typeof what === 'string' ? { vi: what, en: what } : what;
    const reason = code ?? (cause as Error)?.message;
    throw new SohoaError<CoreErrorCode>({
      code: code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message:
        code === 'ENOENT'
          ? {
              vi: `Không tìm thấy ${name.vi} "${path}".`,
              en: `${capitalize(name.en)} "${path}" does not exist.`,
            }
          : {
              vi: `Không đọc được ${name.vi} "${path}" (${reason}).`,
              en: `Cannot read ${name.en} "${path}" (${reason}).`,
            },
      fix: {
        vi: 'Kiểm tra lại đường dẫn, thư mục hiện hành và quyền đọc tệp.',
        en: 'Check the path, the current folder, and that you may read the file.',
      },
      cause,
      details: { path },
    });
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
