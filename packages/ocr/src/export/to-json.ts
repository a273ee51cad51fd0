import type { OcrPage, PixelBox } from '../result/ocr-result.js';
import { type PointBox, toPdfPoints } from './pdf-points.js';

/**
 * Serialises pages as JSON (`{ pages: [...] }`, 2-space indent): the {@link OcrPage} structure
 * with, next to every pixel `box`, a `boxPt` in PDF points (bottom-left origin).
 *
 * @example
 * ```ts
 * import { toJson } from '@sohoa/ocr';
 *
 * await writeFile('p1.json', toJson(page));
 * ```
 */
export function toJson(pages: OcrPage | readonly OcrPage[]): string {
  const list: readonly OcrPage[] = Array.isArray(pages) ? pages : [pages as OcrPage];
  const withPoints = list.map((page) => {
    const points = (box: PixelBox): { box: PixelBox; boxPt: PointBox } => ({
      box,
      boxPt: toPdfPoints(box, page),
    });
    return {
      ...page,
      blocks: page.blocks.map((block) => ({
        ...points(block.box),
        paragraphs: block.paragraphs.map((paragraph) => ({
          ...points(paragraph.box),
          lines: paragraph.lines.map((line) => ({
            ...line,
            ...points(line.box),
            words: line.words.map((word) => ({ ...word, ...points(word.box) })),
          })),
        })),
      })),
    };
  });
  return `${JSON.stringify({ pages: withPoints }, null, 2)}\n`;
}
