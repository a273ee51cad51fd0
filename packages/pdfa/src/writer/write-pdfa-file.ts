import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SohoaError } from '@sohoa/base';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import type { PdfAOptions, PdfAPageSource } from './pdfa-options.js';
import { streamPdfA } from './stream-pdfa.js';

/**
 * Streams a two-layer PDF/A document to a file, page by page (see {@link streamPdfA}): memory
 * stays at about one page whatever the page count. The file is written beside `path` and renamed
 * into place when complete, so a failed run never leaves a truncated PDF.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OUTPUT_WRITE_FAILED` when the file cannot be written; the codes of
 * {@link streamPdfA} otherwise.
 *
 * @example
 * ```ts
 * import { writePdfAFile } from '@sohoa/pdfa';
 *
 * async function* pages() {
 *   for (const path of scanPaths) yield { image: await loadForPdf(path) };
 * }
 * await writePdfAFile('out/dossier.pdf', pages(), { title: 'Hồ sơ 01' });
 * ```
 */
export async function writePdfAFile(
  path: string,
  pages: PdfAPageSource,
  options: PdfAOptions,
): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    await pipeline(Readable.from(streamPdfA(pages, options)), createWriteStream(partial));
    await rename(partial, path);
  } catch (cause) {
    await rm(partial, { force: true });
    if (SohoaError.isInstance(cause)) throw cause;
    const reason = (cause as Error)?.message ?? cause;
    throw new SohoaError<PdfaErrorCode>({
      code: 'OUTPUT_WRITE_FAILED',
      message: {
        vi: `writePdfAFile: không ghi được ${path}: ${reason}.`,
        en: `writePdfAFile: cannot write ${path}: ${reason}.`,
      },
      fix: {
        vi: 'Kiểm tra thư mục có tồn tại, cho phép ghi và ổ đĩa còn chỗ trống không.',
        en: 'Check that the folder exists and is writable and that the disk has space.',
      },
      cause,
      details: { path },
    });
  }
}
