import { type PageImage, readPages } from '@sohoa/core';
import { SequentialPageCursor } from './sequential-page-cursor.js';

/**
 * Reads the pages of multi-page TIFFs with `readPages` of `@sohoa/core`, keeping each file's page
 * iterator open between calls: only the page asked for is decoded and held, so a 500-page TIFF
 * costs the memory of one page. Pages come in order only, so asking for page 5 after page 4 reads
 * one page, while asking for page 1 again reopens the file. Callers ask for pages in increasing
 * order (documents of a dossier are digitized in order) and calls are served one at a time.
 *
 * @example
 * ```ts
 * const reader = new TiffPageReader({ dpi: undefined });
 * const page = await reader.read('scans/dossier.tif', 2); // a lossless single-page TIFF, source 'dossier.tif#2'
 * await reader.close();
 * ```
 */
export class TiffPageReader {
  readonly #cursor: SequentialPageCursor<PageImage>;

  /** @param options.dpi Resolution to use for every page instead of the file's own. @default the file's own */
  constructor(options: { dpi?: number | undefined }) {
    const { dpi } = options;
    this.#cursor = new SequentialPageCursor('TIFF', async (file) => {
      const pages = readPages(file, dpi === undefined ? { verify: 'full' } : { dpi, verify: 'full' });
      return { pages, close: async () => void (await pages.return()) };
    });
  }

  /** Page `pageNumber` (from 1) of the multi-page TIFF `file`, decoded in full and checked. */
  read(file: string, pageNumber: number): Promise<PageImage> {
    return this.#cursor.read(file, pageNumber, async (page) => page);
  }

  /** Closes every file still open. */
  close(): Promise<void> {
    return this.#cursor.close();
  }
}
