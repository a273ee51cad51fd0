import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { SohoaError } from '@sohoa/base';
import type { IpErrorCode } from '../errors/ip-error-codes.js';

/** A file's fixity, as METS `<file>` and PREMIS record it. */
export interface FileChecksum {
  /** Always `SHA-256`, the algorithm Thông tư 05/2025 packages use. */
  algorithm: 'SHA-256';
  /** The digest in uppercase hexadecimal, as in the circular's sample packages. */
  value: string;
  /** The file size in bytes. */
  size: number;
}

/**
 * Computes a file's SHA-256 checksum and size, streaming it (a file of any size uses a few
 * kilobytes of memory).
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND` or `INPUT_UNREADABLE`.
 *
 * @example
 * ```ts
 * import { fileChecksum } from '@sohoa/ip';
 *
 * const { value, size } = await fileChecksum('representations/rep1/data/H49.64.33.2001.160.1.pdf');
 * // value: 'E3B0C442…', size: 2414119
 * ```
 */
export async function fileChecksum(path: string): Promise<FileChecksum> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException)?.code === 'ENOENT';
    const reason = (cause as Error)?.message;
    throw new SohoaError<IpErrorCode>({
      code: missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: missing
        ? { vi: `Không tìm thấy "${path}".`, en: `"${path}" does not exist.` }
        : { vi: `Không đọc được "${path}" (${reason}).`, en: `Cannot read "${path}" (${reason}).` },
      fix: {
        vi: 'Kiểm tra tệp có tồn tại và bạn có quyền đọc tệp không.',
        en: 'Check that the file exists and that you may read it.',
      },
      cause,
      details: { path },
    });
  }
  return { algorithm: 'SHA-256', value: hash.digest('hex').toUpperCase(), size };
}
