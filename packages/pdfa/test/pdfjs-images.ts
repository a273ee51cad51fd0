/**
 * Test helper: the images pdf.js decodes for a page (as a viewer would draw them), through its
 * operator list, so tests compare decoded pixels without poppler.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** An image as pdf.js decoded it: `kind` 1 = 1 bit per pixel packed (1 = white), 2 = RGB, 3 = RGBA. */
export interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array;
}

/** The images painted on each page, in drawing order. */
export async function decodedImages(bytes: Uint8Array): Promise<DecodedImage[][]> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  }).promise;
  try {
    const pages: DecodedImage[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      const images: DecodedImage[] = [];
      for (const [index, operator] of operators.fnArray.entries()) {
        if (operator !== OPS.paintImageXObject) continue;
        const id = operators.argsArray[index][0] as string;
        const image = await new Promise<DecodedImage>((resolve) => page.objs.get(id, resolve));
        images.push(image);
      }
      pages.push(images);
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
