import { SohoaError } from '@sohoa/base';

/** The pages of one opened file, in order, and how to close it. */
export interface OpenedPages<T> {
  pages: AsyncIterator<T>;
  close(): Promise<void>;
}

/**
 * Serves page N of multi-page files whose pages can only be read in order (`PdfPageReader`: pdf.js
 * renders them in order; TIFF pages are opened one by one instead, see `TiffPageReader`): each file stays open between calls, so asking
 * for page 5 after page 4 reads one page, while asking for an earlier page reopens the file.
 * Callers ask for pages in increasing order (documents of a dossier are digitized in order), and
 * calls are served one at a time. A page that fails to read closes its file; the next call
 * reopens it.
 *
 * @example
 * ```ts
 * const cursor = new SequentialPageCursor('TIFF', async (file) => {
 *   const pages = readPages(file);
 *   return { pages, close: async () => void (await pages.return()) };
 * });
 * const page = await cursor.read('scans/dossier.tif', 2, async (page) => page);
 * await cursor.close();
 * ```
 */
export class SequentialPageCursor<T> {
  readonly #kind: string;
  readonly #openFile: (file: string) => Promise<OpenedPages<T>>;
  readonly #open = new Map<string, { opened: OpenedPages<T>; next: number }>();
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * @param kind - the kind of file, named in errors (`'PDF'`, `'TIFF'`).
   * @param openFile - opens a file's pages.
   */
  constructor(kind: string, openFile: (file: string) => Promise<OpenedPages<T>>) {
    this.#kind = kind;
    this.#openFile = openFile;
  }

  /** Page `pageNumber` (from 1) of `file`, turned into the caller's result by `convert` before the next call is served. */
  read<R>(file: string, pageNumber: number, convert: (page: T) => Promise<R>): Promise<R> {
    const result = this.#queue.then(async () => convert(await this.#page(file, pageNumber)));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Closes every file still open. */
  async close(): Promise<void> {
    await this.#queue;
    for (const file of [...this.#open.keys()]) await this.#forget(file);
  }

  async #page(file: string, pageNumber: number): Promise<T> {
    let entry = this.#open.get(file);
    if (!entry || entry.next > pageNumber) {
      await this.#forget(file);
      entry = { opened: await this.#openFile(file), next: 1 };
      this.#open.set(file, entry);
    }
    try {
      while (entry.next <= pageNumber) {
        const { value, done } = await entry.opened.pages.next();
        if (done) break;
        entry.next++;
        if (entry.next - 1 === pageNumber) return value;
      }
    } catch (error) {
      await this.#forget(file);
      throw error;
    }
    await this.#forget(file);
    throw new SohoaError({
      code: 'INPUT_UNREADABLE',
      message: { vi: `"${file}" không có trang ${pageNumber}.`, en: `"${file}" has no page ${pageNumber}.` },
      fix: {
        vi: `Đối chiếu số trang của các văn bản với số trang của tệp ${this.#kind}.`,
        en: `Check the documents' page counts against the ${this.#kind}'s pages.`,
      },
      details: { file, pageNumber },
    });
  }

  async #forget(file: string): Promise<void> {
    const entry = this.#open.get(file);
    this.#open.delete(file);
    await entry?.opened.close();
  }
}
