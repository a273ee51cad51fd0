import { createWriteStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SohoaError } from '@sohoa/base';
import type { CoreErrorCode } from '../errors/core-error-codes.js';
import { type LoadPageImageOptions, loadPageImage } from './load-page-image.js';
import { loadSharp } from './load-sharp.js';
import type { PageImage } from './page-image.js';
import { readTiffPage } from './read-tiff-page.js';

/** What {@link readPages} reads: a file path, bytes, or a stream of bytes (a Node `Readable`). */
export type PagesInput = string | Uint8Array | AsyncIterable<Uint8Array>;

/**
 * Reads the pages of a scan one at a time: every page of a multi-page TIFF in turn, or the one
 * page of any other image. Only the page being yielded is decoded and held, so a 500-page TIFF
 * is processed in the memory of one page when read from a file path or a stream (a stream is
 * first written to a temporary file, removed when the reading ends, returns or fails); bytes
 * given as a `Uint8Array` are read from the caller's buffer, which holds the whole file.
 *
 * Each page is checked like {@link loadPageImage} with the same options (`dpi` applies to every
 * page). A single-page file keeps its original bytes; a page of a multi-page TIFF gets its own
 * lossless single-page TIFF (CCITT G4 for bilevel pages, uncompressed otherwise, same depth and
 * resolution), whose `source` is `file.tif#3` for the third page.
 *
 * @throws {@link SohoaError} the codes of {@link loadPageImage}, with the page number in the
 *   message and `details.page` (1-based) when one page of a multi-page TIFF is bad.
 *
 * @example
 * ```ts
 * import { cleanPage, readPages } from '@sohoa/core';
 *
 * for await (const page of readPages('dossier.tif')) {
 *   const cleaned = await cleanPage(page);
 *   console.log(page.source, cleaned.analysis.skewAngle);
 * }
 * ```
 */
export async function* readPages(
  input: PagesInput,
  options: LoadPageImageOptions = {},
): AsyncGenerator<PageImage, void, undefined> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    yield* readPagesOf(input, typeof input === 'string' ? input : '<buffer>', options);
    return;
  }
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-stream-'));
  try {
    const path = join(folder, 'input');
    await spool(input, path);
    yield* readPagesOf(path, '<buffer>', options);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The pages of a path or bytes; `source` names them in `PageImage.source` and in errors. */
async function* readPagesOf(
  bytesOrPath: string | Uint8Array,
  source: string,
  options: LoadPageImageOptions,
): AsyncGenerator<PageImage, void, undefined> {
  const pages = await countPages(bytesOrPath, source);
  if (pages <= 1) {
    // One page: the ordinary checks, and the original bytes kept untouched. A spooled stream is
    // read back as bytes so that the page is named as given, not by its temporary file.
    const named = typeof bytesOrPath === 'string' && bytesOrPath !== source;
    yield await loadPageImage(named ? await readFile(bytesOrPath) : bytesOrPath, options);
    return;
  }
  for (let index = 0; index < pages; index++) {
    yield await readTiffPage(bytesOrPath, index + 1, { ...options, pages, source });
  }
}

/** The number of pages of the image (1 for formats without pages), with loadPageImage's errors. */
async function countPages(input: string | Uint8Array, source: string): Promise<number> {
  const sharp = await loadSharp();
  let head: Uint8Array;
  if (typeof input === 'string') {
    // Missing, unreadable or empty files get loadPageImage's own errors.
    const info = await stat(input).catch(() => undefined);
    if (!info?.isFile() || info.size === 0) return 1;
    const file = await open(input, 'r');
    try {
      head = (await file.read(Buffer.alloc(4), 0, 4, 0)).buffer;
    } finally {
      await file.close();
    }
  } else {
    if (input.length === 0) return 1;
    head = input.subarray(0, 4);
  }
  try {
    const metadata = await sharp(input, { limitInputPixels: false }).metadata();
    return metadata.format === 'tiff' ? (metadata.pages ?? 1) : 1;
  } catch (cause) {
    // A TIFF whose page directories cannot be read is damaged, not in another format.
    if (isTiff(head)) {
      const reason = (cause as Error)?.message ?? cause;
      throw new SohoaError<CoreErrorCode>({
        code: 'IMAGE_CORRUPT',
        message: {
          vi: `Không đọc được các trang của tệp TIFF "${source}": ${reason}.`,
          en: `Cannot read the pages of the TIFF "${source}": ${reason}.`,
        },
        fix: {
          vi: 'Tệp bị hỏng hoặc không đầy đủ: quét lại các trang hoặc sao chép lại tệp từ máy quét.',
          en: 'The file is damaged or truncated: re-scan the pages or copy the file again from the scanner.',
        },
        cause,
        details: { source },
      });
    }
    // Not an image, or a damaged one of another format: loadPageImage says which.
    return 1;
  }
}

/** Whether bytes start like a TIFF file (little- or big-endian). */
function isTiff(head: Uint8Array): boolean {
  const little = head[0] === 0x49 && head[1] === 0x49 && head[2] === 0x2a && head[3] === 0;
  const big = head[0] === 0x4d && head[1] === 0x4d && head[2] === 0 && head[3] === 0x2a;
  return little || big;
}

/** Writes a stream to a file, with `INPUT_UNREADABLE` when the stream fails. */
async function spool(stream: AsyncIterable<Uint8Array>, path: string): Promise<void> {
  try {
    await pipeline(stream, createWriteStream(path));
  } catch (cause) {
    const reason = (cause as Error)?.message ?? cause;
    throw new SohoaError<CoreErrorCode>({
      code: 'INPUT_UNREADABLE',
      message: {
        vi: `Không đọc được luồng dữ liệu ảnh: ${reason}.`,
        en: `Cannot read the image stream: ${reason}.`,
      },
      fix: {
        vi: 'Kiểm tra nguồn của luồng dữ liệu (tệp, mạng hoặc tệp tải lên) rồi thử lại.',
        en: 'Check the source of the stream (file, network or upload) and try again.',
      },
      cause,
    });
  }
}
