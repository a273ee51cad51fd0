import { type SpreadsheetLimits, spreadsheetLimitError } from './spreadsheet-limits.js';

/** A spreadsheet cell as read: text, number, boolean, date or empty. */
export type CellValue = string | number | boolean | Date | null;

/** A rectangle of cells, by row and column index (from 0), corners included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Something the reader noticed in a sheet that the catalog's reader should be told. */
export type SheetNote =
  | {
      /** The sheet is hidden; its rows were not read (`readHiddenSheets: true` reads them). */
      kind: 'hiddenSheet';
      state: 'hidden' | 'veryHidden';
    }
  | {
      /** A formula cell saved without its computed value; it reads as empty. */
      kind: 'formulaWithoutValue';
      /** The spreadsheet row number, from 1. */
      row: number;
      /** The column index, from 0. */
      column: number;
      formula: string;
    };

/** One sheet of a catalog, as rows of cells. */
export interface RawSheet {
  name: string;
  /** Row `n` of the sheet at index `n - 1`; empty rows are `[]`; rows end at the last holding a value. */
  rows: CellValue[][];
  /**
   * Merged ranges of an `.xlsx` sheet. Their value is in the top-left cell only; the other cells
   * of a range read `null`, as in the spreadsheet program.
   */
  merges: CellRange[];
  notes: SheetNote[];
}

/** Counts the rows holding a value, and their cells, across the sheets of one catalog. */
export class RowBudget {
  private rows = 0;
  private cells = 0;

  constructor(
    private readonly fileName: string,
    private readonly limits: SpreadsheetLimits,
  ) {}

  /** Counts one row of `cells` cells; throws `CATALOG_LIMIT_EXCEEDED` past `maxRows` or `maxCells`. */
  take(sheet: string, row: number, cells: number): void {
    this.rows++;
    this.cells += cells;
    const where = {
      vi: `(đạt tới ở trang tính "${sheet}", dòng ${row})`,
      en: `(reached at sheet "${sheet}", row ${row})`,
    };
    if (this.rows > this.limits.maxRows) {
      throw spreadsheetLimitError(
        this.fileName,
        { vi: `số dòng có giá trị ${where.vi}`, en: `the number of rows holding a value ${where.en}` },
        'maxRows',
        this.limits.maxRows,
      );
    }
    if (this.cells > this.limits.maxCells) {
      throw spreadsheetLimitError(
        this.fileName,
        { vi: `số ô ${where.vi}`, en: `the number of cells ${where.en}` },
        'maxCells',
        this.limits.maxCells,
      );
    }
  }
}
