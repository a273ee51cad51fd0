import writeXlsxFile from 'write-excel-file/node';
import type { ImportCatalogOptions } from '../catalog/catalog-import-types.js';

/**
 * A catalog layout in a shape real archives keep, built in memory for the tests of the importer
 * and, through `scans`, for the end-to-end tests of the command line (which write scans of those
 * page counts where the catalog says they are).
 */
export interface CatalogLayout {
  /** A short name for test titles. */
  name: string;
  /** The file name the catalog is read as (its extension says its format). */
  fileName: string;
  /** The options an archivist gives once for this catalog (identifiers, archive code). */
  options: ImportCatalogOptions;
  /** Each scan the catalog points at, as written in its path column, with its number of pages. */
  scans: Record<string, number>;
  /**
   * The data rows (spreadsheet row numbers) that hold a real error on purpose (a missing title, an
   * impossible date…): every other row has complete data and must import without any edit.
   */
  defectRows: number[];
  /** The catalog's bytes. */
  build(): Promise<Uint8Array>;
}

/** A cell for write-excel-file: a value, or a value with its type, merge and format. */
export type Cell =
  | string
  | number
  | null
  | { value: unknown; type: unknown; rowSpan?: number; columnSpan?: number; format?: string };

/** An .xlsx workbook of the given sheets. */
export const xlsx = async (sheets: Array<{ sheet: string; data: Cell[][] }>): Promise<Uint8Array> =>
  new Uint8Array(await writeXlsxFile(sheets as never).toBuffer());

/** A spreadsheet date cell (a date, not text), shown DD/MM/YYYY, merged over `rows` rows. */
export const dateCell = (year: number, month: number, day: number, rows = 1): Cell => ({
  value: new Date(Date.UTC(year, month - 1, day)),
  type: Date,
  format: 'dd/mm/yyyy',
  ...(rows > 1 ? { rowSpan: rows } : {}),
});

/** A cell merged over `rows` rows (the cells below it are `null`). */
export const mergedDown = (value: string | number, rows: number): Cell => ({
  value,
  type: typeof value === 'number' ? Number : String,
  rowSpan: rows,
});
