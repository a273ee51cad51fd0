import type { GrayImage } from '@sohoa/core';
import { convertResult, type Scale } from '../engine/convert-result.js';
import { flattenRegion, type PaperLevels } from '../layout/paper-levels.js';
import type { OcrBlock, OcrLine, OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';
import { overlaps, pageBox, withBlocks, withoutWords } from './page-blocks.js';
import type { ReadRegion } from './reread-unread-ink.js';

/**
 * Tesseract's page segmentation for a part read again: '6', a uniform block. Measured on the five
 * recorded real scans with the middle words of 49 body lines taken out of their reading (the part
 * was found on 49 of 51 lines): block mode read 49 of the 49 parts back, at a CER of 0.071 against
 * the words taken out; one line ('7') 39, at 0.447 (the crop's margin holds bits of the rows above
 * and below, which one-line mode takes for the line). With a margin of one row across instead of
 * two: raw line ('13') 42 parts at 0.352, one line at twice the resolution 36 at 0.498.
 */
const PSM = '6';

/** A re-read word is kept only from this confidence (0–100) on. */
const MIN_WORD_CONFIDENCE = 50;

/**
 * Reads again, each on its own, boxes of ink the engine read in no word, in `ocrImage` pixels:
 * the parts of lines of `findSkippedInk`, or where a page read short has its unread ink
 * (`findPageShortfall`). Each is cut out with two rows' margin across and half a row
 * above and below, paper flattened, read as a block of text. The words read there with confidence
 * ≥ 50 whose middle lies within a row of the part join the page as a line of their own, and replace
 * the words of the page they overlap when those were read with less confidence (a stray ':' or 'ˆ'
 * the engine read there); the parts that give none are returned as still unread.
 */
export async function rereadLineParts(
  page: OcrPage,
  parts: PixelBox[],
  ocrImage: GrayImage,
  paper: PaperLevels,
  scale: Scale,
  rowHeight: number,
  read: ReadRegion,
): Promise<{ page: OcrPage; unread: PixelBox[] }> {
  const size = { width: page.width, height: page.height, dpi: page.dpi };
  const known = pageLines(page).flatMap((line) => line.words);
  const replaced = new Set<OcrWord>();
  const unread: PixelBox[] = [];
  const found: OcrBlock[] = [];
  for (const part of parts) {
    const crop = {
      x0: Math.max(0, Math.round(part.x0 - rowHeight * 2)),
      y0: Math.max(0, Math.round(part.y0 - rowHeight / 2)),
      x1: Math.min(ocrImage.width, Math.round(part.x1 + rowHeight * 2)),
      y1: Math.min(ocrImage.height, Math.round(part.y1 + rowHeight / 2)),
    };
    const result = await read(flattenRegion(ocrImage, paper, crop), { tessedit_pageseg_mode: PSM });
    const reread = convertResult(result, size, scale, { x: crop.x0, y: crop.y0 });
    const target = pageBox(part, scale);
    const margin = rowHeight * scale.y;
    const lines: OcrLine[] = [];
    for (const line of pageLines(reread)) {
      const words: OcrWord[] = [];
      const under: OcrWord[] = [];
      for (const word of line.words) {
        if (word.confidence < MIN_WORD_CONFIDENCE || !centredIn(word.box, target, margin)) continue;
        // A word the page has there already stays, unless it was read with less confidence (a
        // stray mark read as ':' or 'ˆ' where the words were): then the new word replaces it.
        const overlapped = known.filter((other) => overlaps(other.box, word.box));
        if (overlapped.some((other) => other.confidence >= word.confidence)) continue;
        under.push(...overlapped);
        words.push(word);
      }
      const text = words.map((word) => word.text).join(' ');
      if (!/\p{L}{2}/u.test(text)) continue;
      for (const other of under) replaced.add(other);
      lines.push({
        ...line,
        text,
        box: around(words),
        words,
        confidence: words.reduce((sum, word) => sum + word.confidence, 0) / words.length,
      });
    }
    if (lines.length === 0) unread.push(part);
    else found.push({ box: target, paragraphs: [{ box: target, lines }] });
  }
  return { page: withBlocks(withoutWords(page, replaced), found), unread };
}

function centredIn(box: PixelBox, outer: PixelBox, margin: number): boolean {
  const x = (box.x0 + box.x1) / 2;
  const y = (box.y0 + box.y1) / 2;
  return x >= outer.x0 - margin && x <= outer.x1 + margin && y >= outer.y0 - margin && y <= outer.y1 + margin;
}

function around(words: OcrWord[]): PixelBox {
  return words.slice(1).reduce(
    (all, { box }) => ({
      x0: Math.min(all.x0, box.x0),
      y0: Math.min(all.y0, box.y0),
      x1: Math.max(all.x1, box.x1),
      y1: Math.max(all.y1, box.y1),
    }),
    { ...(words[0] as OcrWord).box },
  );
}
