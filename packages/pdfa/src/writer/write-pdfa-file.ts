import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SohoaError } from '@sohoa/base';
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
    throw new SohoaError({
      code: 'OUTPUT_WRITE_FAILED',
      message: `writePdfAFile: cannot write ${path}: ${(cause as Error)?.message ?? cause}.`,
      fix: 'Check that the folder exists and is writable and that the disk has space.',
      cause,
      details: { path },
    });
  }
}
