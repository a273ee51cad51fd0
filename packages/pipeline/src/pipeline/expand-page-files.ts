import { extname } from 'node:path';
import sharp from 'sharp';
import { PdfPageReader } from './pdf-page-reader.js';
import type { PageRef } from './planned-dossier.js';

/** The extensions of TIFF files, which may hold several pages. */
const TIFF_EXTENSIONS: ReadonlySet<string> = new Set(['.tif', '.tiff']);

/**
 * The pages of a list of scan files: one per image file, one per page of each PDF (whose page
 * count is read from the file) and, with `tiffPages`, one per page of each multi-page TIFF (a
 * single-page TIFF stays one image page).
 *
 * @param options.tiffPages Split multi-page TIFFs into their pages. @default false (a TIFF is one image)
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` for a PDF that cannot be opened.
 *
 * @example
 * ```ts
 * await expandPageFiles(['p1.jpg', 'scan.pdf', 'scan.tif'], { tiffPages: true });
 * // [{ file: 'p1.jpg' }, { file: 'scan.pdf', pdfPage: 1 }, { file: 'scan.pdf', pdfPage: 2 },
 * //  { file: 'scan.tif', tiffPage: 1 }, { file: 'scan.tif', tiffPage: 2 }]
 * ```
 */
export async function expandPageFiles(
  files: readonly string[],
  options: { tiffPages?: boolean | undefined } = {},
): Promise<PageRef[]> {
  const pages: PageRef[] = [];
  // A file listed many times is opened once (a dossier.json may name one PDF 2,000,000 times).
  const counts = new Map<string, number>();
  for (const file of files) {
    const extension = extname(file).toLowerCase();
    let count = counts.get(file);
    if (count === undefined) {
      count =
        extension === '.pdf'
          ? await PdfPageReader.pageCount(file)
          : options.tiffPages && TIFF_EXTENSIONS.has(extension)
            ? await tiffPageCount(file)
            : 1;
      counts.set(file, count);
    }
    if (extension === '.pdf')
      for (let pdfPage = 1; pdfPage <= count; pdfPage++) pages.push({ file, pdfPage });
    else if (count <= 1) pages.push({ file });
    else for (let tiffPage = 1; tiffPage <= count; tiffPage++) pages.push({ file, tiffPage });
  }
  return pages;
}

/** The pages of a TIFF; 1 when it cannot be read (loading the page then reports why). */
async function tiffPageCount(file: string): Promise<number> {
  try {
    const metadata = await sharp(file, { limitInputPixels: false }).metadata();
    return metadata.format === 'tiff' ? (metadata.pages ?? 1) : 1;
  } catch {
    return 1;
  }
}
