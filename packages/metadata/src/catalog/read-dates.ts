import { normalizeVnDate, splitVnDateRange } from '../legacy/normalize-date.js';
import type { CatalogColumn } from './catalog-columns.js';
import type { Derivation, DerivationSource } from './catalog-import-types.js';
import type { CellValue } from './read-sheets.js';
import { type Cells, cellSource, isBlank, type SheetContext } from './row-cells.js';

/** The columns of a date: whole, or split into day, month and year. */
export interface DateColumns {
  date: CatalogColumn;
  day: CatalogColumn;
  month: CatalogColumn;
  year: CatalogColumn;
}

const part = (value: CellValue | undefined): string | undefined =>
  isBlank(value) ? undefined : String(value).trim().padStart(2, '0');

/** A date put together from parts: `DD/MM/YYYY`, `MM/YYYY` or `YYYY`, as the parts allow. */
export function dateFromParts(
  day: CellValue | undefined,
  month: CellValue | undefined,
  year: CellValue | undefined,
): string | undefined {
  if (isBlank(year)) return undefined;
  return [part(day), part(month), String(year).trim()].filter(Boolean).join('/');
}

/** Where a date's part was read. */
const sourceOf = (cells: Cells, where: DateWhere, column: CatalogColumn): DerivationSource =>
  cellSource(where.context, where.rowOf?.[column] ?? where.row, column, cells[column]);

/** Where a row's cells are: its sheet, its row, and the row of each cell read on another (a dossier's). */
export interface DateWhere {
  context: SheetContext;
  row: number;
  rowOf?: Partial<Record<CatalogColumn, number>>;
}

/**
 * Reads a date from a row's cells: its whole-date column (rewritten DD/MM/YYYY: a derivation `date`
 * when the cell was written otherwise), else its day, month and year columns (`date-parts`), else the
 * start or end of a range column (`date-range`, when `range` says which). Returns the date as it goes
 * into the record: text it cannot read is kept for validation to report.
 */
export function readDate(
  cells: Cells,
  columns: DateColumns,
  where: DateWhere,
  field: string,
  derivations: Derivation[],
  range?: { column: CatalogColumn; end: 'start' | 'end' },
): string | undefined {
  const whole = cells[columns.date];
  if (!isBlank(whole)) {
    const value = normalizeVnDate(whole);
    if (value !== undefined && value !== String(whole).trim()) {
      derivations.push({ field, value, how: 'date', from: [sourceOf(cells, where, columns.date)] });
    }
    return value;
  }
  const fromParts = dateFromParts(cells[columns.day], cells[columns.month], cells[columns.year]);
  if (fromParts !== undefined) {
    const from = [columns.day, columns.month, columns.year].filter((column) => !isBlank(cells[column]));
    derivations.push({
      field,
      value: fromParts,
      how: 'date-parts',
      from: from.map((column) => sourceOf(cells, where, column)),
    });
    return fromParts;
  }
  if (!range || isBlank(cells[range.column])) return undefined;
  const split = splitVnDateRange(cells[range.column]);
  if (split) {
    const value = split[range.end];
    derivations.push({ field, value, how: 'date-range', from: [sourceOf(cells, where, range.column)] });
    return value;
  }
  // One date (or year) for the whole range: start and end are that date.
  return normalizeVnDate(cells[range.column]);
}
