import { loadPageImage, type PageImage, SohoaError } from '@sohoa/core';
import {
  type CcittPageImage,
  type EncodedPageImage,
  openScannedPdf,
  type ScannedPdf,
  type ScannedPdfPage,
} from '@sohoa/pdfa';
import sharp from 'sharp';

/** JPEG quality of a page rendered from a scanned PDF: the one `cleanPage` re-encodes masters with. */
const RENDERED_JPEG_QUALITY = 92;

/**
 * A page of a scanned PDF: the page image to clean and read, and the page's own image stream
 * when it can go into the PDF/A unchanged.
 *
 * @example
 * ```ts
 * const { image, original } = await reader.readScanned('scans/dossier.pdf', 1);
 * original?.format; // 'jpeg' or 'ccitt' for a page that is one scanner image, else undefined
 * ```
 */
export interface ScannedPage {
  /**
   * The page image: the original JPEG itself when the page is one JPEG image, else the page
   * rendered with every layer and encoded as a JPEG.
   */
  image: PageImage;
  /**
   * The page's single JPEG or CCITT image stream (see `openScannedPdf`'s `original`), on the same
   * pixel grid as `image`; `undefined` when the page had to be rendered (an MRC page, a page
   * with visible text or vectors) or was rendered at another resolution (`dpi`).
   */
  original: EncodedPageImage | CcittPageImage | undefined;
}

/**
 * Reads the pages of scanned PDFs as page images, keeping each PDF open between calls: pdf.js
 * renders pages in order only, so asking for page 5 after page 4 renders one page, while asking
 * for page 1 again reopens the file. Callers ask for pages in increasing order (documents of a
 * dossier are digitized in order) and calls are served one at a time.
 *
 * @example
 * ```ts
 * const reader = new PdfPageReader({ dpi: undefined });
 * const page = await reader.read('scans/dossier.pdf', 2); // a PageImage, JPEG, at the page's own dpi
 * await reader.close();
 * ```
 */
export class PdfPageReader {
  readonly #dpi: number | undefined;
  readonly #open = new Map<
    string,
    { pdf: ScannedPdf; pages: AsyncGenerator<ScannedPdfPage>; next: number }
  >();
  #queue: Promise<unknown> = Promise.resolve();

  /** @param options.dpi Render at this resolution instead of the page's own. @default the page's own */
  constructor(options: { dpi?: number | undefined }) {
    this.#dpi = options.dpi;
  }

  /** The number of pages of a PDF (opened and closed again). */
  static async pageCount(file: string): Promise<number> {
    const pdf = await openScannedPdf(file);
    try {
      return pdf.pageCount;
    } finally {
      await pdf.close();
    }
  }

  /** Page `pageNumber` (from 1) of `file`, rendered with every layer and encoded as a JPEG page image. */
  async read(file: string, pageNumber: number): Promise<PageImage> {
    return (await this.readScanned(file, pageNumber)).image;
  }

  /** Page `pageNumber` (from 1) of `file`, with its original image stream when it has one. */
  readScanned(file: string, pageNumber: number): Promise<ScannedPage> {
    const result = this.#queue.then(() => this.#read(file, pageNumber));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Closes every PDF still open. */
  async close(): Promise<void> {
    await this.#queue;
    for (const file of [...this.#open.keys()]) await this.#forget(file);
  }

  async #read(file: string, pageNumber: number): Promise<ScannedPage> {
    let entry = this.#open.get(file);
    if (!entry || entry.next > pageNumber) {
      await this.#forget(file);
      const pdf = await openScannedPdf(file, { dpi: this.#dpi });
      entry = { pdf, pages: pdf.pages(), next: 1 };
      this.#open.set(file, entry);
    }
    for (;;) {
      const { value, done } = await entry.pages.next();
      if (done) break;
      entry.next = value.pageNumber + 1;
      if (value.pageNumber !== pageNumber) continue;
      const source = `${file}#${pageNumber}`;
      const original =
        value.original?.width === value.width && value.original.height === value.height
          ? { ...value.original, dpi: value.dpi }
          : undefined;
      if (original?.format === 'jpeg') {
        // The scanner's JPEG is the page: no second lossy encoding of it.
        const image = await loadPageImage(original.bytes, { dpi: value.dpi });
        if (image.width === original.width && image.height === original.height) {
          return { image: { ...image, source }, original };
        }
      }
      const jpeg = await sharp(value.pixels, {
        raw: { width: value.width, height: value.height, channels: 3 },
      })
        .withMetadata({ density: value.dpi })
        .jpeg({ quality: RENDERED_JPEG_QUALITY })
        .toBuffer();
      const image = await loadPageImage(jpeg, { dpi: value.dpi });
      return { image: { ...image, source }, original };
    }
    await this.#forget(file);
    throw new SohoaError({
      code: 'INPUT_UNREADABLE',
      message: `"${file}" has no page ${pageNumber}.`,
      fix: "Check the documents' page counts against the PDF's pages.",
      details: { file, pageNumber },
    });
  }

  async #forget(file: string): Promise<void> {
    const entry = this.#open.get(file);
    this.#open.delete(file);
    await entry?.pdf.close();
  }
}
