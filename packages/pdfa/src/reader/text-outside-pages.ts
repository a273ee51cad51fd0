import { PDFDocument } from 'pdf-lib';
import { PDFJS_OPTIONS } from './open-pdf-document.js';

/**
 * How many text runs each page draws outside its visible area. pdf.js leaves such text out of a
 * page's text content (as it does when a viewer searches), so the runs are counted on a copy of
 * the document whose pages are enlarged ten times their size in every direction.
 *
 * @example
 * ```ts
 * const structure = await PDFDocument.load(bytes);
 * await textRunsOutsidePages(structure); // [0, 0, 12]: page 3 draws 12 runs off the page
 * ```
 */
export async function textRunsOutsidePages(structure: PDFDocument): Promise<number[]> {
  const copy = await PDFDocument.load(await structure.save({ useObjectStreams: false }), {
    ignoreEncryption: true,
    updateMetadata: false,
  });
  const views = copy.getPages().map((page) => {
    const { x, y, width, height } = page.getCropBox();
    const margin = 10 * Math.max(width, height);
    page.setMediaBox(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    page.setCropBox(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    return { x, y, width, height };
  });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: await copy.save(), ...PDFJS_OPTIONS }).promise;
  try {
    const counts: number[] = [];
    for (const [index, view] of views.entries()) {
      const page = await document.getPage(index + 1);
      const content = await page.getTextContent();
      let outside = 0;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , e = 0, f = 0] = item.transform as number[];
        const inside =
          e + item.width >= view.x && e <= view.x + view.width && f >= view.y && f <= view.y + view.height;
        if (!inside) outside++;
      }
      counts.push(outside);
      page.cleanup();
    }
    return counts;
  } finally {
    await document.destroy();
  }
}
