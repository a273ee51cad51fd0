import { foldVietnamese } from '../legacy/fold-vietnamese.js';
import { type CatalogColumn, DOCUMENT_COLUMNS } from './catalog-columns.js';
import type { SheetHeader } from './find-header.js';
import type { CellValue } from './read-sheets.js';
import { type Cells, type DossierRows, isBlank } from './row-cells.js';

/** Cells that name a dossier: a row with one of them may start a new dossier. */
const NAMING: CatalogColumn[] = ['fileCode', 'notation', 'title'];
/** Cells that tell dossiers apart: a row whose value differs from the current dossier's starts a new one. */
const DISTINGUISHING: CatalogColumn[] = [
  'fileCode',
  'fondName',
  'fondCode',
  'catalogNumber',
  'notation',
  'title',
];
/** Cells of a document row that belong to the document, not to its dossier. */
const DOCUMENT_ONLY = new Set<CatalogColumn>([
  ...DOCUMENT_COLUMNS,
  'description',
  'documentPages',
  'startSheet',
  'inforSign',
]);

/** A line of totals under the table (`Tổng cộng: 3 hồ sơ`, `Cộng 12`): not a dossier. */
const TOTALS = /^(tong cong|cong|tong so)( \d|$)/;

const isTotals = (row: CellValue[]): boolean =>
  row.some((cell) => typeof cell === 'string' && TOTALS.test(foldVietnamese(cell)));

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  String(a).normalize('NFC').trim() === String(b).normalize('NFC').trim();

/**
 * Groups the data rows of a sheet into dossiers. A row naming a dossier (code, number and symbol,
 * or title) that differs from the current dossier's starts a new one; rows with those cells blank
 * (merged, or given on the first row only) or repeating them belong to the current dossier. Document
 * rows are collected under their dossier; a document row before any dossier is passed to `orphan`.
 * A line of totals under the table (`Tổng cộng: 3 hồ sơ`) is skipped.
 */
export function groupRows(
  rows: CellValue[][],
  header: SheetHeader,
  layout: 'document' | 'dossier',
  orphan: (row: number) => void,
): DossierRows[] {
  const groups: DossierRows[] = [];
  let current: DossierRows | undefined;
  const columns = [...header.columns];
  for (let index = header.dataStart; index < rows.length; index++) {
    const raw = rows[index] ?? [];
    const cells: Cells = {};
    let filled = false;
    let documentCell = false;
    for (let place = 0; place < columns.length; place++) {
      const [columnIndex, column] = columns[place] as [number, CatalogColumn];
      const value = raw[columnIndex] ?? null;
      if (isBlank(value)) continue;
      cells[column] = value;
      filled = true;
      if (DOCUMENT_COLUMNS.has(column)) documentCell = true;
    }
    if (!filled) continue;
    const row = index + 1;
    const hasDocument = layout === 'document' && documentCell;
    if (!hasDocument && cells.notation === undefined && cells.fileCode === undefined && isTotals(raw))
      continue;
    const named = NAMING.some((column) => !isBlank(cells[column]));
    const differs =
      current === undefined ||
      DISTINGUISHING.some(
        (column) =>
          cells[column] !== undefined &&
          current?.cells[column] !== undefined &&
          !same(cells[column], current.cells[column]),
      );
    if (named && (differs || layout === 'dossier')) {
      current = { row, cells: {}, rowOf: {}, documents: [] };
      groups.push(current);
    }
    if (current) {
      for (const key in cells) {
        const column = key as CatalogColumn;
        if (hasDocument && DOCUMENT_ONLY.has(column)) continue;
        if (current.cells[column] !== undefined) continue;
        current.cells[column] = cells[column] as CellValue;
        current.rowOf[column] = row;
      }
    }
    if (!hasDocument) continue;
    if (current) current.documents.push({ cells, row });
    else orphan(row);
  }
  return groups;
}
