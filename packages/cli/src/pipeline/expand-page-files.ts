import { extname } from 'node:path';
import { PdfPageReader } from './pdf-page-reader.js';
import type { PageRef } from './planned-dossier.js';

/**
 * The pages of a list of scan files: one per image file, one per page of each PDF (whose page
 * count is read from the file).
 *
 * @throws {@link SohoaError} `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` for a PDF that cannot be opened.
 *
 * @example
 * ```ts
 * await expandPageFiles(['p1.jpg', 'scan.pdf']);
 * // [{ file: 'p1.jpg' }, { file: 'scan.pdf', pdfPage: 1 }, { file: 'scan.pdf', pdfPage: 2 }]
 * ```
 */
export async function expandPageFiles(files: readonly string[]): Promise<PageRef[]> {
  const pages: PageRef[] = [];
  for (const file of files) {
    if (extname(file).toLowerCase() !== '.pdf') {
      pages.push({ file });
      continue;
    }
    const count = await PdfPageReader.pageCount(file);
    for (let pdfPage = 1; pdfPage <= count; pdfPage++) pages.push({ file, pdfPage });
  }
  return pages;
}
