import { makeOcrCopy, type PageImage } from '@sohoa/core';
import type { OcrEngine, OcrPage } from '@sohoa/ocr';
import { pageColour } from '@sohoa/pipeline';

/**
 * Reads a scanned page as `digitize` reads one: its OCR copy, with the page in colour for the
 * second look (so a red seal's ring of letters is not taken for unread text).
 *
 * @example
 * ```ts
 * const ocr = await recognizePage(engine, await loadPageImage('p1.jpg'));
 * ```
 */
export async function recognizePage(engine: OcrEngine, page: PageImage): Promise<OcrPage> {
  return engine.recognize(await makeOcrCopy(page), { colour: pageColour(page) });
}
