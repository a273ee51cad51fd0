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
 * two columns as one line; a reader (and the answer key) takes the left column first. The x range
 * the clearly split lines of the top all leave empty is passed on as the `gutter`, so that a line
 * whose wide left part (`SỞ Y TẾ HẬU GIANG`) leaves only a narrow gap splits too. When a line
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
  if (top.length === 0 || top.some((line) => columnGaps(line).length >= 2)) return page;
  const box = union(top.map((line) => line.box));
  const header = orderColumns(
    { ...page, blocks: [{ box, paragraphs: [{ box, lines: top }] }] },
    { gutter: commonGutter(top) },
  );
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

/** The line's word gaps wider than the column gap, as x ranges. */
function columnGaps(line: OcrLine): { x0: number; x1: number }[] {
  return line.words.slice(1).flatMap((word, index) => {
    const x0 = line.words[index]?.box.x1 ?? word.box.x0;
    return word.box.x0 - x0 > COLUMN_GAP_ROWS * line.rowHeight ? [{ x0, x1: word.box.x0 }] : [];
  });
}

/**
 * The x range every clearly split line of the header leaves empty between its columns (where a
 * line with a wide left part, `SỞ Y TẾ HẬU GIANG  CỘNG HÒA …`, may leave only a narrow gap), or
 * `undefined` when no line splits clearly or their gaps share no range.
 */
function commonGutter(lines: OcrLine[]): { x0: number; x1: number } | undefined {
  const gaps = lines.flatMap(columnGaps);
  if (gaps.length === 0) return undefined;
  const x0 = Math.max(...gaps.map((gap) => gap.x0));
  const x1 = Math.min(...gaps.map((gap) => gap.x1));
  return x0 < x1 ? { x0, x1 } : undefined;
}
