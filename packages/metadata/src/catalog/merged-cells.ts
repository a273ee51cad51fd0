import type { CatalogColumn } from './catalog-columns.js';
import type { SheetHeader } from './find-header.js';
import type { CellRange, CellValue } from './read-sheets.js';

/**
 * Columns whose merged cell is not repeated on each row of the range: a count merged over several
 * rows counts them together, and an ordinal numbers one row.
 */
const NOT_REPEATED = new Set<CatalogColumn>([
  'documentPages',
  'dossierPages',
  'totalDoc',
  'numberOfPaper',
  'docOrdinal',
]);

/** More columns than a spreadsheet has: a row and a column index as one number. */
const COLUMNS = 16_384;

/** The key of a cell in {@link fillMergedCells}'s map. */
export const cellKey = (rowIndex: number, columnIndex: number): number => rowIndex * COLUMNS + columnIndex;

/**
 * Gives every row of a merged range below the headings the value of the range's first cell, as the
 * spreadsheet shows it: a dossier's cells merged down over its document rows, an issuer or a scan
 * merged over several documents, a box ("Hộp số") merged over the dossiers it holds. A range
 * merged across columns keeps its value in its first column only. Counts and ordinals are not
 * repeated (see {@link NOT_REPEATED}). In place; returns, for each cell filled (by
 * {@link cellKey}), the row index of the cell it came from, so that derivations cite that cell.
 */
export function fillMergedCells(
  rows: CellValue[][],
  merges: readonly CellRange[],
  header: SheetHeader,
): Map<number, number> {
  const filled = new Map<number, number>();
  for (const range of merges) {
    if (range.top < header.dataStart || range.bottom === range.top) continue;
    const column = header.columns.get(range.left);
    if (column === undefined || NOT_REPEATED.has(column)) continue;
    const value = rows[range.top]?.[range.left] ?? null;
    if (value === null) continue;
    for (let index = range.top + 1; index <= range.bottom && index < rows.length; index++) {
      const row = rows[index] as CellValue[];
      // A value written under the merge stays; a row holding nothing else is no row of the range.
      if ((row[range.left] ?? null) !== null || !row.some((cell) => cell !== null)) continue;
      row[range.left] = value;
      filled.set(cellKey(index, range.left), range.top);
    }
  }
  return filled;
}
