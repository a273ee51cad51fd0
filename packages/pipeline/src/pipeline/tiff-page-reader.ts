import { stat } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import { loadPageImage, type PageImage, readTiffPage } from '@sohoa/core';
import sharp from 'sharp';

/**
 * Reads single pages of multi-page TIFFs, each on its own: libvips opens page N of a TIFF directly
 * (`sharp(file, { page })`), so only that page is decoded and held (a 500-page TIFF costs the
 * memory of one page), pages may be read in any order, and a damaged page fails alone: the pages
 * after it, and the later documents of the same file, are read as usual.
 *
 * A page is read by `readTiffPage` of `@sohoa/core` (as `readPages` reads them): a lossless
 * single-page TIFF checked by `loadPageImage`, whose `source` is `file.tif#3` for the third page.
 *
 * @example
 * ```ts
 * const reader = new TiffPageReader({ dpi: undefined });
 * const page = await reader.read('scans/dossier.tif', 2); // source 'scans/dossier.tif#2'
 * await reader.close();
 * ```
 */
export class TiffPageReader {
  readonly #dpi: number | undefined;
  readonly #maxPixels: number | undefined;
  /** Page counts of the files read so far. */
  readonly #pageCounts = new Map<string, Promise<number>>();

  /**
   * @param options.dpi Resolution to use for every page instead of the file's own. @default the file's own
   * @param options.maxPixels The largest page, in pixels (`IMAGE_TOO_LARGE` above). @default `loadPageImage`'s
   */
  constructor(options: { dpi?: number | undefined; maxPixels?: number | undefined }) {
    this.#dpi = options.dpi;
    this.#maxPixels = options.maxPixels;
  }

  /**
   * Page `pageNumber` (from 1) of the multi-page TIFF `file`, decoded in full and checked.
   *
   * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` for a missing file,
   *   `INPUT_UNREADABLE` when the file has no such page, `IMAGE_CORRUPT` when the page cannot be
   *   decoded, `IMAGE_TOO_LARGE` and the other codes of `loadPageImage` with the page number.
   */
  async read(file: string, pageNumber: number): Promise<PageImage> {
    const pages = await this.#pageCount(file);
    if (!(Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= pages)) {
      throw new SohoaError({
        code: 'INPUT_UNREADABLE',
        message: {
          vi: `"${file}" không có trang ${pageNumber}.`,
          en: `"${file}" has no page ${pageNumber}.`,
        },
        fix: {
          vi: 'Đối chiếu số trang của các văn bản với số trang của tệp TIFF.',
          en: "Check the documents' page counts against the TIFF's pages.",
        },
        details: { file, pageNumber, pages },
      });
    }
    return readTiffPage(file, pageNumber, {
      dpi: this.#dpi,
      maxPixels: this.#maxPixels,
      verify: 'full',
      pages,
    });
  }

  /** Forgets the page counts read so far (nothing else is held open between calls). */
  async close(): Promise<void> {
    this.#pageCounts.clear();
  }

  #pageCount(file: string): Promise<number> {
    let count = this.#pageCounts.get(file);
    if (!count) {
      count = countPages(file);
      // A failure is not remembered: the next call tries again.
      count.catch(() => this.#pageCounts.delete(file));
      this.#pageCounts.set(file, count);
    }
    return count;
  }
}

/** The pages of a TIFF, with `loadPageImage`'s errors for a missing or unreadable file. */
async function countPages(file: string): Promise<number> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size === 0) {
    // loadPageImage names the problem (missing, not a file, empty).
    await loadPageImage(file);
  }
  try {
    return (await sharp(file, { limitInputPixels: false }).metadata()).pages ?? 1;
  } catch (cause) {
    throw new SohoaError({
      code: 'IMAGE_CORRUPT',
      message: {
        vi: `Không đọc được các trang của tệp TIFF "${file}": ${(cause as Error)?.message ?? cause}.`,
        en: `Cannot read the pages of the TIFF "${file}": ${(cause as Error)?.message ?? cause}.`,
      },
      fix: {
        vi: 'Tệp bị hỏng hoặc bị cắt cụt: quét lại các trang hoặc sao chép lại tệp từ máy quét.',
        en: 'The file is damaged or truncated: re-scan the pages or copy the file again from the scanner.',
      },
      cause,
      details: { source: file },
    });
  }
}
