import { readFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';

/**
 * Reads a whole input file, turning file-system failures into sohoa's error codes:
 * `INPUT_NOT_FOUND` when the path does not exist, `INPUT_UNREADABLE` otherwise (a folder,
 * permissions). `what` names the file in the message ("the PKCS#12 key", "the catalog").
 *
 * @throws {@link SohoaError} `INPUT_NOT_FOUND` or `INPUT_UNREADABLE`.
 *
 * @example
 * ```ts
 * import { readInputFile } from '@sohoa/core';
 *
 * const p12 = await readInputFile('agency.p12', 'the PKCS#12 key');
 * ```
 */
export async function readInputFile(path: string, what = 'the file'): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    throw new SohoaError({
      code: code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message:
        code === 'ENOENT'
          ? `${capitalize(what)} "${path}" does not exist.`
          : `Cannot read ${what} "${path}" (${code ?? (cause as Error)?.message}).`,
      fix: 'Check the path, the current folder, and that you may read the file.',
      cause,
      details: { path },
    });
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
