import type { Scale } from '../engine/convert-result.js';
import { pageText } from '../layout/order-columns.js';
import type { OcrBlock, OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';

/** The page with `found` blocks placed among its own from top to bottom; text and confidence redone. */
export function withBlocks(page: OcrPage, found: OcrBlock[]): OcrPage {
  if (found.length === 0) return page;
  const blocks = [...page.blocks];
  for (const block of found) {
    const at = blocks.findIndex((other) => other.box.y0 > block.box.y0);
    blocks.splice(at < 0 ? blocks.length : at, 0, block);
  }
  return withText(page, blocks);
}

/** The page with these blocks, its text and confidence redone from them. */
function withText(page: OcrPage, blocks: OcrBlock[]): OcrPage {
  const words = blocks.flatMap((block) =>
    block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)),
  );
  return {
    ...page,
    blocks,
    text: pageText(blocks),
    confidence: words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
  };
}

/** Whether `box` lies wholly within `outer`. */
export function inside(box: PixelBox, outer: PixelBox): boolean {
  return box.x0 >= outer.x0 && box.y0 >= outer.y0 && box.x1 <= outer.x1 && box.y1 <= outer.y1;
}

/** Boxes that share at least half of the smaller one's height and some width. */
export function overlaps(a: PixelBox, b: PixelBox): boolean {
  const shared = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return shared > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0) && Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);
}

/** A box of the engine's image in the page's pixels. */
export function pageBox(box: PixelBox, scale: Scale): PixelBox {
  return {
    x0: Math.round(box.x0 * scale.x),
    y0: Math.round(box.y0 * scale.y),
    x1: Math.round(box.x1 * scale.x),
    y1: Math.round(box.y1 * scale.y),
  };
}

/** The page without `words`: lines left with none, and paragraphs and blocks left empty, go too. */
export function withoutWords(page: OcrPage, words: ReadonlySet<OcrWord>): OcrPage {
  if (words.size === 0) return page;
  const blocks = page.blocks
    .map((block) => ({
      ...block,
      paragraphs: block.paragraphs
        .map((paragraph) => ({
          ...paragraph,
          lines: paragraph.lines
            .map((line) => {
              const kept = line.words.filter((word) => !words.has(word));
              return kept.length === line.words.length
                ? line
                : { ...line, words: kept, text: kept.map((word) => word.text).join(' ') };
            })
            .filter((line) => line.words.length > 0),
        }))
        .filter((paragraph) => paragraph.lines.length > 0),
    }))
    .filter((block) => block.paragraphs.length > 0);
  return withText(page, blocks);
}
