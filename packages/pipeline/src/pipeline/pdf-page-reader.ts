import { loadPageImage, type PageImage } from '@sohoa/core';
import {
  type CcittPageImage,
  type EncodedPageImage,
  openScannedPdf,
  type ScannedPdfPage,
  type ScannedPdfPageSize,
} from '@sohoa/pdfa';
import sharp from 'sharp';
import { SequentialPageCursor } from './sequential-page-cursor.js';

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
  readonly #cursor: SequentialPageCursor<ScannedPdfPage>;
  readonly #maxPixels: number | undefined;

  /**
   * @param options.dpi Render at this resolution instead of the page's own. @default the page's own
   * @param options.maxPixels The largest page rendered (`PDF_LIMIT_EXCEEDED` above, before rendering). @default `openScannedPdf`'s
   */
  constructor(options: { dpi?: number | undefined; maxPixels?: number | undefined }) {
    const { dpi, maxPixels } = options;
    this.#cursor = new SequentialPageCursor('PDF', async (file) => {
      const pdf = await openScannedPdf(file, { dpi, maxPixels });
      return { pages: pdf.pages(), close: () => pdf.close() };
    });
    this.#maxPixels = maxPixels;
  }

  /** Each page's size as {@link PdfPageReader.readScanned} renders it at `dpi`, without rendering. */
  static async pageSizes(file: string, dpi: number | undefined): Promise<ScannedPdfPageSize[]> {
    const pdf = await openScannedPdf(file, { dpi });
    try {
      const sizes: ScannedPdfPageSize[] = [];
      for await (const size of pdf.sizes()) sizes.push(size);
      return sizes;
    } finally {
      await pdf.close();
    }
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
    return this.#cursor.read(file, pageNumber, (page) =>
      toScannedPage(file, pageNumber, page, this.#maxPixels),
    );
  }

  /** Closes every PDF still open. */
  close(): Promise<void> {
    return this.#cursor.close();
  }
}

/** A rendered PDF page as the pipeline reads it: the scanner's JPEG itself when the page is one, else the render as a JPEG. */
async function toScannedPage(
  file: string,
  pageNumber: number,
  page: ScannedPdfPage,
  maxPixels: number | undefined,
): Promise<ScannedPage> {
  const source = `${file}#${pageNumber}`;
  const original =
    page.original?.width === page.width && page.original.height === page.height
      ? { ...page.original, dpi: page.dpi }
      : undefined;
  if (original?.format === 'jpeg') {
    // The scanner's JPEG is the page: no second lossy encoding of it.
    const image = await loadPageImage(original.bytes, { dpi: page.dpi, maxPixels });
    if (image.width === original.width && image.height === original.height) {
      return { image: { ...image, source }, original };
    }
  }
  const jpeg = await sharp(page.pixels, {
    raw: { width: page.width, height: page.height, channels: 3 },
  })
    .withMetadata({ density: page.dpi })
    .jpeg({ quality: RENDERED_JPEG_QUALITY })
    .toBuffer();
  const image = await loadPageImage(jpeg, { dpi: page.dpi, maxPixels });
  return { image: { ...image, source }, original };
}
