/**
 * Renders page 1 of a PDF as luma with `openScannedPdf` (pdf.js on a Skia canvas) at a given
 * resolution. Chosen over poppler's `pdftoppm` for fidelity: at 300 dpi pdftoppm moves parts of
 * a 1:1 image by a pixel (2 % of a bilevel page's pixels differ from the stored G4 image), while
 * pdf.js reproduces the stored pixels exactly (G4) or within decoder rounding (JPEG, ~63 dB).
 */
import { openScannedPdf } from '../src/index.js';
import { type LumaImage, toLuma } from './image-fidelity.js';

/**
 * Page 1 of `pdf`, rendered at `dpi`.
 *
 * @example
 * ```ts
 * const rendered = await renderFirstPage(await readFile('out.pdf'), 300);
 * ```
 */
export async function renderFirstPage(pdf: Uint8Array, dpi: number): Promise<LumaImage> {
  const document = await openScannedPdf(new Uint8Array(pdf), { dpi });
  try {
    for await (const page of document.pages()) return toLuma(page.pixels, page.width, page.height, 3);
    throw new Error('the PDF has no page');
  } finally {
    await document.close();
  }
}
