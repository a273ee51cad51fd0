import { PDFDocument } from 'pdf-lib';

/**
 * A scanned PDF of `pages` blank A4 pages, for tests that plan scans without reading their pixels.
 *
 * @example
 * ```ts
 * await writeFile('a.pdf', await blankScan(3));
 * ```
 */
export async function blankScan(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let page = 0; page < pages; page++) pdf.addPage([595, 842]);
  return pdf.save();
}
