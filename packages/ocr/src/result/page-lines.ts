import type { OcrLine, OcrPage } from './ocr-result.js';

/**
 * All lines of a page in reading order, flattened out of blocks and paragraphs.
 *
 * @example
 * ```ts
 * import { pageLines } from '@sohoa/ocr';
 *
 * for (const line of pageLines(page)) console.log(line.text);
 * ```
 */
export function pageLines(page: OcrPage): OcrLine[] {
  return page.blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
}
