import { foldVietnamese } from '../legacy/fold-vietnamese.js';
import { type CatalogColumn, columnOfHeading, SUBHEADINGS } from './catalog-columns.js';
import type { CellValue } from './read-sheets.js';

/** The heading of a catalog sheet: where it is and what each column holds. */
export interface SheetHeader {
  /** Index of the first data row. */
  dataStart: number;
  /** Index of the (first) heading row. */
  headerRow: number;
  /** Column index → what it holds. */
  columns: Map<number, CatalogColumn>;
  /** Column index → the heading text as written (parent and child joined). */
  headings: Map<number, string>;
}

/** A cell as trimmed NFC text (`''` for an empty cell or a date). */
export const text = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined || cell instanceof Date ? '' : String(cell).normalize('NFC').trim();

const SEARCHED_ROWS = 25;

/** A row of column numbers under the headings, `1 2 3 …` or `(1) (2) (3) …`. */
function isNumberingRow(row: CellValue[]): boolean {
  const cells = row.map(text).filter(Boolean);
  return cells.length >= 3 && cells.every((cell, index) => cell.replace(/[()]/g, '') === String(index + 1));
}

/**
 * Finds the heading row of a sheet: the row among the first 25 whose cells name the most known
 * columns (at least two). A second heading row of sub-headings (`Ngày`, `Tháng`, `Năm`, `Số`,
 * `Ký hiệu`, `Bắt đầu`, `Kết thúc`) under merged parent cells is joined to its parent, the parent
 * being the nearest heading to the left (a merged cell holds its text in its first column only).
 * A row of column numbers under the headings is skipped. `recognize` names what a heading holds
 * (default: {@link columnOfHeading}).
 */
export function findHeader(
  rows: CellValue[][],
  recognize: (heading: string) => CatalogColumn | undefined = columnOfHeading,
): SheetHeader | undefined {
  let best: { index: number; score: number } | undefined;
  for (let index = 0; index < Math.min(rows.length, SEARCHED_ROWS); index++) {
    const score = (rows[index] ?? []).filter((cell) => recognize(text(cell)) !== undefined).length;
    if (score >= 2 && (!best || score > best.score)) best = { index, score };
  }
  if (!best) return undefined;
  const parents = rows[best.index] ?? [];
  const next = rows[best.index + 1] ?? [];
  const twoRows = next.some((cell) => SUBHEADINGS.has(foldVietnamese(text(cell))));
  const columns = new Map<number, CatalogColumn>();
  const headings = new Map<number, string>();
  const width = Math.max(parents.length, twoRows ? next.length : 0);
  let parent = '';
  for (let column = 0; column < width; column++) {
    const own = text(parents[column]);
    if (own) parent = own;
    const child = twoRows ? text(next[column]) : '';
    const heading =
      child && SUBHEADINGS.has(foldVietnamese(child)) ? `${own || parent} ${child}` : own || child;
    const found = recognize(heading) ?? (child ? recognize(child) : undefined);
    if (!heading) continue;
    headings.set(column, heading);
    if (found && ![...columns.values()].includes(found)) columns.set(column, found);
  }
  let dataStart = best.index + (twoRows ? 2 : 1);
  if (isNumberingRow(rows[dataStart] ?? [])) dataStart++;
  return { dataStart, headerRow: best.index, columns, headings };
}
