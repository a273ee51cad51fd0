import type { CatalogColumn } from './catalog-columns.js';
import type { DerivationSource } from './catalog-import-types.js';
import { columnLetter } from './column-letter.js';
import type { SheetHeader } from './find-header.js';
import { cellKey } from './merged-cells.js';
import type { CellValue } from './read-sheets.js';

/** The non-blank cells of a row, by what their columns hold. */
export type Cells = Partial<Record<CatalogColumn, CellValue>>;

/** The rows of one dossier: its own cells (with the row each came from) and its document rows. */
export interface DossierRows {
  /** The row the dossier starts on, from 1. */
  row: number;
  cells: Cells;
  /** The row each dossier cell was read on (cells repeated or merged are read on their first row). */
  rowOf: Partial<Record<CatalogColumn, number>>;
  /** Set when its rows name a dossier code that no dossier row of another sheet has. */
  withoutDossierRow?: boolean;
  /** Its document rows; `context` when they are on another sheet than the dossier's row. */
  documents: Array<{ cells: Cells; row: number; context?: SheetContext }>;
}

/** Where the cells being read are: sheet, header and the sheet's name. */
export interface SheetContext {
  sheet: string;
  header: SheetHeader;
  /** Cells given the value of a merged range above them (by `cellKey`) → the range's first row index. */
  mergedFrom?: ReadonlyMap<number, number>;
}

export const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Per sheet header: each catalog column's index, letter and heading, looked up once. */
const COLUMN_PLACES = new WeakMap<
  SheetHeader,
  Map<CatalogColumn, { index: number; letter: string; heading: string }>
>();

function placeOf(header: SheetHeader, column: CatalogColumn) {
  let places = COLUMN_PLACES.get(header);
  if (!places) {
    places = new Map();
    for (const [index, found] of header.columns) {
      if (places.has(found)) continue; // the first column holding it, as the rows are read
      places.set(found, { index, letter: columnLetter(index), heading: header.headings.get(index) ?? '' });
    }
    COLUMN_PLACES.set(header, places);
  }
  return places.get(column);
}

/** The column index holding a catalog column, if the sheet has one. */
export const indexOf = (header: SheetHeader, column: CatalogColumn): number | undefined =>
  placeOf(header, column)?.index;

/** The cell a value was read from, for a derivation's `from`. */
export function cellSource(
  context: SheetContext,
  row: number,
  column: CatalogColumn,
  value: unknown,
): DerivationSource {
  const place = placeOf(context.header, column);
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!place) return { sheet: context.sheet, row, value: shown };
  // A cell under a merged range shows the range's first cell: that is the cell cited.
  const top = context.mergedFrom?.get(cellKey(row - 1, place.index));
  const cited = top === undefined ? row : top + 1;
  // One shape for every cell source: a catalog holds hundreds of thousands of them.
  return { sheet: context.sheet, row: cited, column: place.letter, heading: place.heading, value: shown };
}

/**
 * The path in a "Đường dẫn file" cell with `/` separators, if the cell holds text. Built by
 * `join`, which makes one flat string: a catalog holds a path per row, and a string pieced
 * together by `replaceAll` keeps every piece.
 */
export const slashPath = (cell: CellValue | undefined): string | undefined =>
  typeof cell === 'string' ? cell.trim().split('\\').join('/') : undefined;

/** An option a derived value came from, for a derivation's `from`. */
export const optionSource = (name: string, value: unknown): DerivationSource => ({
  sheet: '(options)',
  row: 0,
  heading: name,
  value,
});
