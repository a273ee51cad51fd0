import { loadPageImage, type PageImage } from '@sohoa/core';
import { expandPageFiles, PdfPageReader } from '@sohoa/pipeline';

/**
 * The pages of image files and scanned PDFs, one at a time, in order: an image file is one page,
 * a PDF gives each of its pages rendered at its own resolution.
 */
export async function* readPageImages(
  files: readonly string[],
  options: { dpi?: number | undefined; firstPageOnly?: boolean } = {},
): AsyncGenerator<PageImage> {
  const reader = new PdfPageReader({ dpi: options.dpi });
  try {
    for (const ref of await expandPageFiles(files)) {
      yield ref.pdfPage === undefined
        ? await loadPageImage(ref.file, { dpi: options.dpi })
        : await reader.read(ref.file, ref.pdfPage);
      if (options.firstPageOnly) return;
    }
  } finally {
    await reader.close();
  }
}
