import { orderColumns, pageText, union } from '../layout/order-columns.js';
import type { OcrLine, OcrPage } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';

/** The share of the page's height the header of an administrative document stays within. */
const HEADER_SHARE = 0.25;
/** A word gap wider than this many row heights separates two columns (as `orderColumns` splits them). */
const COLUMN_GAP_ROWS = 2.5;

/**
 * `page` with the lines of its top quarter, where administrative documents print their two-column
 * header (issuing body left; motto, number and date right: Nghị định 30/2020 Appendix I), read
 * left column first by `orderColumns`, and the other lines as they are. A scanner layer draws the
 * two columns as one line; a reader (and the answer key) takes the left column first. When a line
 * of the top quarter has two column gaps or more, the top is a table and the page is left as it
 * is (`orderColumns` would read table rows as column zones).
 *
 * @example
 * ```ts
 * orderHeader(page).text; // 'SỞ Y TẾ HẬU GIANG\nCHI CỤC AN TOÀN\nCỘNG HÒA …' rather than 'SỞ Y TẾ HẬU GIANG CỘNG HÒA …'
 * ```
 */
export function orderHeader(page: OcrPage): OcrPage {
  const top = pageLines(page).filter((line) => line.box.y1 <= page.height * HEADER_SHARE);
  if (top.length === 0 || top.some((line) => columnGaps(line) >= 2)) return page;
  const box = union(top.map((line) => line.box));
  const header = orderColumns({ ...page, blocks: [{ box, paragraphs: [{ box, lines: top }] }] });
  const rest = page.blocks
    .map((block) => ({
      ...block,
      paragraphs: block.paragraphs
        .map((paragraph) => ({ ...paragraph, lines: paragraph.lines.filter((line) => !top.includes(line)) }))
        .filter((paragraph) => paragraph.lines.length > 0),
    }))
    .filter((block) => block.paragraphs.length > 0);
  const blocks = [...header.blocks, ...rest];
  return { ...page, blocks, text: pageText(blocks) };
}

function columnGaps(line: OcrLine): number {
  return line.words
    .slice(1)
    .filter(
      (word, index) =>
        word.box.x0 - (line.words[index]?.box.x1 ?? word.box.x0) > COLUMN_GAP_ROWS * line.rowHeight,
    ).length;
}
