import { readFile, stat } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import type { Metadata } from 'sharp';
import type { CoreErrorCode } from '../errors/core-error-codes.js';
import { decodeError } from './decode-error.js';
import { loadSharp } from './load-sharp.js';
import type { PageImage, PageImageFormat } from './page-image.js';

const RESCAN = {
  vi: 'Quét lại trang hoặc sao chép lại tệp từ máy quét.',
  en: 'Re-scan the page or copy the file again from the scanner.',
};

/** Options of {@link loadPageImage}. */
export interface LoadPageImageOptions {
  /**
   * Resolution to use instead of the one stored in the file, in dots per inch. Give it for scans
   * whose files carry no resolution or a wrong one.
   * @default the resolution stored in the file
   */
  dpi?: number;
  /**
   * The largest image accepted, in pixels (width × height), a guard against decompression bombs.
   * @default 250_000_000 (an A0 sheet at 600 dpi is about 210 million pixels)
   */
  maxPixels?: number;
  /**
   * How much of the file to check: `'header'` reads only the header (fast); `'full'` also decodes
   * every pixel once, so a truncated or damaged file is reported now rather than when OCR reaches
   * it (about 0.1 s for an A4 page at 300 dpi).
   * @default 'header'
   */
  verify?: 'header' | 'full';
}

/** The default `maxPixels` of {@link loadPageImage}. @internal */
export const DEFAULT_MAX_PIXELS = 250_000_000;
const READABLE_FORMATS: ReadonlySet<string> = new Set(['jpeg', 'png', 'tiff', 'webp']);

/**
 * Reads a scanned page from a file or from bytes, checks that it is an image sohoa can process
 * and reads its resolution. The encoded bytes are kept as they are, so an unchanged JPEG can pass
 * into a PDF without re-encoding.
 *
 * By default only the header is decoded: damage further into the file is reported when the pixels
 * are first decoded (by {@link makeOcrCopy}), with the same `IMAGE_CORRUPT` code, or at once with
 * `verify: 'full'`.
 *
 * @throws {@link SohoaError} `INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, `IMAGE_UNSUPPORTED_FORMAT`,
 *   `IMAGE_CORRUPT`, `IMAGE_TOO_LARGE` or `IMAGE_RESOLUTION_MISSING`.
 *
 * @example
 * ```ts
 * import { loadPageImage } from '@sohoa/core';
 *
 * const page = await loadPageImage('dossier/p1.jpg');
 * console.log(page.width, page.height, page.dpi); // 2461 3508 300
 * ```
 */
export async function loadPageImage(
  input: string | Uint8Array,
  options: LoadPageImageOptions = {},
): Promise<PageImage> {
  const sharp = await loadSharp();
  const source = typeof input === 'string' ? input : '<buffer>';
  const bytes = typeof input === 'string' ? await readInputFile(input) : Buffer.from(input);
  if (bytes.length === 0) {
    throw new SohoaError<CoreErrorCode>({
      code: 'IMAGE_CORRUPT',
      message: { vi: `Ảnh "${source}" rỗng (0 byte).`, en: `The image "${source}" is empty (0 bytes).` },
      fix: RESCAN,
      details: { source },
    });
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (cause) {
    const unsupported = /unsupported image format/i.test(String((cause as Error)?.message));
    const reason = (cause as Error)?.message ?? cause;
    throw new SohoaError<CoreErrorCode>({
      code: unsupported ? 'IMAGE_UNSUPPORTED_FORMAT' : 'IMAGE_CORRUPT',
      message: unsupported
        ? {
            vi: `Tệp "${source}" không phải ảnh mà sohoa đọc được.`,
            en: `The file "${source}" is not an image sohoa can read.`,
          }
        : {
            vi: `Không đọc được ảnh "${source}": ${reason}.`,
            en: `Cannot read the image "${source}": ${reason}.`,
          },
      fix: unsupported
        ? {
            vi: 'Cung cấp bản quét dưới dạng tệp JPEG, PNG, TIFF hoặc WebP.',
            en: 'Give scans as JPEG, PNG, TIFF or WebP files.',
          }
        : RESCAN,
      cause,
      details: { source },
    });
  }
  const format = metadata.format;
  if (!format || !READABLE_FORMATS.has(format)) {
    throw new SohoaError<CoreErrorCode>({
      code: 'IMAGE_UNSUPPORTED_FORMAT',
      message: {
        vi: `Ảnh "${source}" có định dạng ${format ?? 'không xác định'}, sohoa không đọc được định dạng này.`,
        en: `The image "${source}" is in ${format ?? 'an unknown'} format, which sohoa does not read.`,
      },
      fix: {
        vi: 'Chuyển ảnh sang JPEG, PNG hoặc TIFF, hoặc quét lại trang theo một trong các định dạng đó.',
        en: 'Convert it to JPEG, PNG or TIFF, or re-scan the page to one of them.',
      },
      details: { source, format },
    });
  }
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width <= 0 || height <= 0) {
    throw new SohoaError<CoreErrorCode>({
      code: 'IMAGE_CORRUPT',
      message: {
        vi: `Ảnh "${source}" không có điểm ảnh nào (${width} × ${height}).`,
        en: `The image "${source}" has no pixels (${width} × ${height}).`,
      },
      fix: RESCAN,
      details: { source, width, height },
    });
  }
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (width * height > maxPixels) {
    throw new SohoaError<CoreErrorCode>({
      code: 'IMAGE_TOO_LARGE',
      message: {
        vi: `Ảnh "${source}" có ${width} × ${height} = ${width * height} điểm ảnh, vượt giới hạn ${maxPixels}.`,
        en: `The image "${source}" has ${width} × ${height} = ${width * height} pixels, more than the limit of ${maxPixels}.`,
      },
      fix: {
        vi: 'Kiểm tra tệp có đúng là bản quét không; nếu đúng, tăng tùy chọn `maxPixels`.',
        en: 'Check that the file is a real scan; if it is, raise the `maxPixels` option.',
      },
      details: { source, width, height, maxPixels },
    });
  }
  const dpi = options.dpi ?? metadata.density;
  if (dpi === undefined || !Number.isFinite(dpi) || dpi <= 0) {
    throw new SohoaError<CoreErrorCode>({
      code: 'IMAGE_RESOLUTION_MISSING',
      message: {
        vi: `Ảnh "${source}" không ghi độ phân giải (DPI) nên không xác định được kích thước thật của trang.`,
        en: `The image "${source}" does not say its resolution (DPI), so its physical page size is unknown.`,
      },
      fix: {
        vi: 'Ghi rõ độ phân giải khi quét (tùy chọn `dpi`, hoặc `--dpi` trên dòng lệnh).',
        en: 'Pass the scan resolution explicitly (the `dpi` option, or `--dpi` on the command line).',
      },
      details: { source },
    });
  }
  if (options.verify === 'full') {
    try {
      await sharp(bytes, { limitInputPixels: false }).stats();
    } catch (cause) {
      throw decodeError(source, cause);
    }
  }
  return {
    source,
    bytes,
    format: format as PageImageFormat,
    width,
    height,
    dpi,
    dpiSource: options.dpi === undefined ? 'file' : 'override',
    channels: metadata.channels ?? 3,
    colorSpace: metadata.space ?? 'srgb',
    bitsPerSample: metadata.bitsPerSample ?? depthBits(metadata.depth),
  };
}

async function readInputFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new SohoaError<CoreErrorCode>({
        code: 'INPUT_UNREADABLE',
        message: { vi: `"${path}" không phải là tệp.`, en: `"${path}" is not a file.` },
        fix: { vi: 'Cung cấp đường dẫn của một tệp ảnh.', en: 'Give the path of an image file.' },
        details: { source: path },
      });
    }
    return await readFile(path);
  } catch (cause) {
    if (SohoaError.isInstance(cause)) throw cause;
    const code = (cause as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') {
      throw new SohoaError<CoreErrorCode>({
        code: 'INPUT_NOT_FOUND',
        message: { vi: `Không tìm thấy ảnh "${path}".`, en: `The image "${path}" does not exist.` },
        fix: {
          vi: 'Kiểm tra lại đường dẫn và thư mục hiện hành.',
          en: 'Check the path and the current folder.',
        },
        cause,
        details: { source: path },
      });
    }
    const reason = code ?? (cause as Error)?.message;
    throw new SohoaError<CoreErrorCode>({
      code: 'INPUT_UNREADABLE',
      message: {
        vi: `Không đọc được ảnh "${path}" (${reason}).`,
        en: `Cannot read the image "${path}" (${reason}).`,
      },
      fix: {
        vi: 'Kiểm tra tệp có tồn tại và bạn có quyền đọc tệp không.',
        en: 'Check that the file exists and that you may read it.',
      },
      cause,
      details: { source: path },
    });
  }
}

function depthBits(depth: string | undefined): number {
  switch (depth) {
    case 'ushort':
    case 'short':
      return 16;
    case 'uint':
    case 'int':
    case 'float':
      return 32;
    case 'double':
      return 64;
    default:
      return 8;
  }
}
