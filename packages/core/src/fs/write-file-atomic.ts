import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import type { CoreErrorCode } from '../errors/core-error-codes.js';

/**
 * Writes a file so that readers only ever see the old content or the whole new content, never a
 * half-written file: the data goes to a temporary file beside the target (`.<name>.<random>.tmp`),
 * which is renamed over the target once complete. The temporary file is removed if writing fails.
 * Missing parent folders are created.
 *
 * @throws {@link SohoaError} `OUTPUT_WRITE_FAILED`.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from '@sohoa/core';
 *
 * await writeFileAtomic('out/H49.64.33.2001.160.pdf', pdfBytes);
 * ```
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    const reason = (cause as NodeJS.ErrnoException)?.code ?? (cause as Error)?.message;
    throw new SohoaError<CoreErrorCode>({
      code: 'OUTPUT_WRITE_FAILED',
      message: { vi: `Không ghi được "${path}" (${reason}).`, en: `Cannot write "${path}" (${reason}).` },
      fix: {
        vi: 'Kiểm tra thư mục đầu ra có cho phép ghi và ổ đĩa còn chỗ trống không.',
        en: 'Check that the output folder is writable and that the disk is not full.',
      },
      cause,
      details: { path },
    });
  }
}
