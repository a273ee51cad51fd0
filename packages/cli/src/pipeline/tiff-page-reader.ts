import { type PageImage, readPages, SohoaError } from '@sohoa/core';

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
  readonly #dpi: number | undefined;
  readonly #open = new Map<string, { pages: AsyncGenerator<PageImage, void, undefined>; next: number }>();
  #queue: Promise<unknown> = Promise.resolve();

  /** @param options.dpi Resolution to use for every page instead of the file's own. @default the file's own */
  constructor(options: { dpi?: number | undefined }) {
    this.#dpi = options.dpi;
  }

  /** Page `pageNumber` (from 1) of the multi-page TIFF `file`, decoded in full and checked. */
  read(file: string, pageNumber: number): Promise<PageImage> {
    const result = this.#queue.then(() => this.#read(file, pageNumber));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Closes every file still open. */
  async close(): Promise<void> {
    await this.#queue;
    for (const file of [...this.#open.keys()]) await this.#forget(file);
  }

  async #read(file: string, pageNumber: number): Promise<PageImage> {
    let entry = this.#open.get(file);
    if (!entry || entry.next > pageNumber) {
      await this.#forget(file);
      const options =
        this.#dpi === undefined ? { verify: 'full' as const } : { dpi: this.#dpi, verify: 'full' as const };
      entry = { pages: readPages(file, options), next: 1 };
      this.#open.set(file, entry);
    }
    try {
      while (entry.next <= pageNumber) {
        const { value, done } = await entry.pages.next();
        if (done) break;
        entry.next++;
        if (entry.next - 1 === pageNumber) return value;
      }
    } catch (error) {
      // A bad page ends readPages' iterator: the next call reopens the file.
      this.#open.delete(file);
      throw error;
    }
    await this.#forget(file);
    throw new SohoaError({
      code: 'INPUT_UNREADABLE',
      message: `"${file}" has no page ${pageNumber}.`,
      fix: "Check the documents' page counts against the TIFF's pages.",
      details: { file, pageNumber },
    });
  }

  async #forget(file: string): Promise<void> {
    const entry = this.#open.get(file);
    this.#open.delete(file);
    await entry?.pages.return();
  }
}
