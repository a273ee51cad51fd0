import { SohoaError } from '@sohoa/base';
import type { CoreErrorCode } from '../errors/core-error-codes.js';
import { DEFAULT_MAX_PIXELS, type LoadPageImageOptions, loadPageImage } from './load-page-image.js';
import { loadSharp } from './load-sharp.js';
import type { PageImage } from './page-image.js';

/** Options of {@link readTiffPage}: those of {@link loadPageImage}, plus how to name the page. */
export interface ReadTiffPageOptions extends LoadPageImageOptions {
  /** The file's page count, for messages ("page 2 of 30"). @default read from the file */
  pages?: number | undefined;
  /** The file's name in `PageImage.source` (`<source>#<page>`) and in errors. @default the path, or `'<buffer>'` */
  source?: string | undefined;
}

/**
 * One page of a multi-page TIFF, decoded alone: libvips opens page N directly, so only that page
 * is decoded and held, pages may be read in any order, and a damaged page fails alone. The page
 * becomes a lossless single-page TIFF (CCITT G4 for bilevel pages, uncompressed otherwise, same
 * depth and resolution) checked by {@link loadPageImage} with the same options; its `source` is
 * `file.tif#3` for the third page. {@link readPages} reads every page this way.
 *
 * @param input - the TIFF's path or bytes.
 * @param pageNumber - the page, from 1.
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when the page cannot be decoded, `IMAGE_TOO_LARGE`
 *   over `maxPixels`, and the other codes of {@link loadPageImage}, each with the page number in
 *   the message and `details.page`.
 *
 * @example
 * ```ts
 * import { readTiffPage } from '@sohoa/core';
 *
 * const third = await readTiffPage('dossier.tif', 3); // source 'dossier.tif#3'
 * console.log(third.width, third.height, third.dpi);
 * ```
 */
export async function readTiffPage(
  input: string | Uint8Array,
  pageNumber: number,
  options: ReadTiffPageOptions = {},
): Promise<PageImage> {
  const sharp = await loadSharp();
  const { pages: knownPages, source = typeof input === 'string' ? input : '<buffer>', ...load } = options;
  let pages = knownPages;
  let bytes: Buffer;
  try {
    pages ??= (await sharp(input, { limitInputPixels: false }).metadata()).pages ?? 1;
    const pipeline = sharp(input, { page: pageNumber - 1, limitInputPixels: false });
    const metadata = await pipeline.metadata();
    const width = metadata.width ?? 0;
    const height = metadata.height ?? 0;
    const maxPixels = load.maxPixels ?? DEFAULT_MAX_PIXELS;
    if (width * height > maxPixels) {
      throw new SohoaError<CoreErrorCode>({
        code: 'IMAGE_TOO_LARGE',
        message: {
          vi: `Trang ${pageNumber}/${pages} của "${source}" có ${width} × ${height} = ${width * height} điểm ảnh, vượt giới hạn ${maxPixels}.`,
          en: `Page ${pageNumber} of ${pages} of "${source}" has ${width} × ${height} = ${width * height} pixels, more than the limit of ${maxPixels}.`,
        },
        fix: {
          vi: 'Kiểm tra tệp có đúng là bản quét không; nếu đúng, tăng tùy chọn `maxPixels`.',
          en: 'Check that the file is a real scan; if it is, raise the `maxPixels` option.',
        },
        details: { source, page: pageNumber, pages, width, height, maxPixels },
      });
    }
    const bilevel = metadata.bitsPerSample === 1;
    let output = bilevel ? pipeline.toColourspace('b-w') : pipeline;
    if (metadata.density !== undefined) output = output.withDensity(metadata.density);
    bytes = await output
      .tiff(bilevel ? { compression: 'ccittfax4', bitdepth: 1 } : { compression: 'none' })
      .toBuffer();
  } catch (cause) {
    if (SohoaError.isInstance(cause)) throw cause;
    const reason = (cause as Error)?.message ?? cause;
    throw new SohoaError<CoreErrorCode>({
      code: 'IMAGE_CORRUPT',
      message: {
        vi: `Không giải mã được trang ${pageNumber}${pages === undefined ? '' : `/${pages}`} của "${source}": ${reason}.`,
        en: `Cannot decode page ${pageNumber}${pages === undefined ? '' : ` of ${pages}`} of "${source}": ${reason}.`,
      },
      fix: {
        vi: 'Trang bị hỏng hoặc không đầy đủ: quét lại trang hoặc sao chép lại tệp từ máy quét.',
        en: 'The page is damaged or truncated: re-scan it or copy the file again from the scanner.',
      },
      cause,
      details: { source, page: pageNumber, pages },
    });
  }
  try {
    const page = await loadPageImage(bytes, load);
    return { ...page, source: `${source}#${pageNumber}` };
  } catch (cause) {
    if (!SohoaError.isInstance(cause)) throw cause;
    const { vi, en } = cause.texts;
    throw new SohoaError({
      code: cause.code,
      message: {
        vi: `Trang ${pageNumber}/${pages} của "${source}": ${vi.message}`,
        en: `Page ${pageNumber} of ${pages} of "${source}": ${en.message}`,
      },
      fix: vi.fix !== undefined && en.fix !== undefined ? { vi: vi.fix, en: en.fix } : undefined,
      cause,
      details: { ...cause.details, source, page: pageNumber, pages },
    });
  }
}
