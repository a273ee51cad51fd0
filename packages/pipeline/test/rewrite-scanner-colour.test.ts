import type { OcrEngine, OcrPage, RecognizeOptions, RgbImage } from '@sohoa/ocr';
import { describe, expect, it } from 'vitest';
import { SCANNER_PDFS } from '../../../fixtures/index.js';
import { rewriteScannerPdf } from '../src/index.js';

describe('rewriteScannerPdf', () => {
  it("gives the OCR's second look each rendered page in colour, as digitize's other routes do", async () => {
    const asked: Array<{ gray: { width: number; height: number }; colour: RgbImage | undefined }> = [];
    const engine: OcrEngine = {
      async recognize(gray, options?: RecognizeOptions) {
        asked.push({ gray, colour: await options?.colour?.() });
        const page: OcrPage = {
          width: gray.width,
          height: gray.height,
          dpi: gray.dpi,
          text: '',
          confidence: 0,
          blocks: [],
        };
        return page;
      },
      async terminate() {},
    };
    const [landscape = ''] = SCANNER_PDFS;
    await rewriteScannerPdf(landscape, { mode: 'replace', engine });
    expect(asked).toHaveLength(1);
    const [{ gray, colour } = { gray: { width: 0, height: 0 }, colour: undefined }] = asked;
    expect(colour).toBeDefined();
    expect([colour?.width, colour?.height]).toEqual([gray.width, gray.height]);
    expect(colour?.data.length).toBe(gray.width * gray.height * 3);
    // The page's colour background (not a bilevel mask): some pixels are not gray.
    let coloured = 0;
    const data = colour?.data ?? new Uint8Array();
    for (let index = 0; index < data.length; index += 3 * 97) {
      const [r = 0, g = 0, b = 0] = [data[index], data[index + 1], data[index + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) coloured++;
    }
    expect(coloured).toBeGreaterThan(0);
  });
});
