import { baseName, catalogFormat } from './catalog-format.js';
import { readCsvSheet } from './csv-sheet.js';
import { type RawSheet, RowBudget } from './raw-sheet.js';
import { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet-limits.js';
import { readXlsSheets } from './xls-read.js';
import { readXlsxSheet } from './xlsx-sheet.js';
import { readWorkbook } from './xlsx-workbook.js';
import type { XlsxZip } from './xlsx-zip.js';
import { openXlsxBytes } from './xlsx-zip-bytes.js';

/** Where a catalog comes from. */
export interface CatalogSource {
  /** The file's bytes, when not read from a path. */
  bytes: Uint8Array;
  /** The file name, for its format and for messages. */
  fileName: string;
}

/**
 * How a catalog spreadsheet is read (also options of `importCatalog`).
 *
 * @example
 * ```ts
 * import { importCatalog } from '@sohoa/metadata';
 *
 * await importCatalog('muc-luc.xlsx', { readHiddenSheets: true, limits: { maxRows: 1_000_000 } });
 * ```
 */
export interface ReadSheetsOptions {
  /** Safety limits, each overridable; see {@link SpreadsheetLimits}. Default: {@link DEFAULT_SPREADSHEET_LIMITS}. */
  limits?: Partial<SpreadsheetLimits>;
  /**
   * Read hidden sheets too. Default: `false`: a hidden sheet is listed with a note and no rows,
   * because in catalogs hidden sheets hold the lists behind drop-downs, drafts and older
   * versions, whose rows would become duplicate or bogus dossiers.
   */
  readHiddenSheets?: boolean;
}

const CHUNK = 64 * 1024;

/** Opens the `.xlsx` ZIP of a catalog held in memory. */
export type XlsxBytesOpener = (
  bytes: Uint8Array,
  fileName: string,
  limits: SpreadsheetLimits,
) => XlsxZip | Promise<XlsxZip>;

/** Reads the sheets of an opened workbook, in order; hidden ones only listed unless `readHiddenSheets`. Closes the ZIP. */
export async function readWorkbookSheets(
  zip: XlsxZip,
  fileName: string,
  limits: SpreadsheetLimits,
  options: ReadSheetsOptions,
): Promise<RawSheet[]> {
  try {
    const workbook = await readWorkbook(zip, fileName);
    const budget = new RowBudget(fileName, limits);
    const sheets: RawSheet[] = [];
    for (const sheet of workbook.sheets) {
      if (sheet.state !== 'visible' && !options.readHiddenSheets) {
        sheets.push({
          name: sheet.name,
          rows: [],
          merges: [],
          notes: [{ kind: 'hiddenSheet', state: sheet.state }],
        });
      } else {
        sheets.push(await readXlsxSheet(zip, sheet.part, sheet.name, workbook, budget));
      }
    }
    return sheets;
  } finally {
    zip.close();
  }
}

/**
 * Reads the sheets of a catalog held in memory, with no Node built-in (the reader of the
 * browser): an `.xlsx` opened by `open` (default: fflate), an Excel 97–2003 `.xls`, or a `.csv`
 * (one sheet named after the file). Same cells, limits and errors as `readSheets` of
 * `@sohoa/metadata/node`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for an empty file, a
 * password-protected or Excel 5.0/95 (or older) workbook, a PDF, a damaged ZIP, OLE2 file or XML,
 * or anything not `.xlsx`/`.xls`/`.csv`; `CATALOG_LIMIT_EXCEEDED` past a limit.
 */
export async function readSheetBytes(
  source: CatalogSource,
  options: ReadSheetsOptions = {},
  open: XlsxBytesOpener = openXlsxBytes,
): Promise<RawSheet[]> {
  const limits = { ...DEFAULT_SPREADSHEET_LIMITS, ...options.limits };
  const { bytes, fileName } = source;
  const format = catalogFormat(fileName, bytes.subarray(0, 8), bytes.length);
  if (format === 'xlsx')
    return readWorkbookSheets(await open(bytes, fileName, limits), fileName, limits, options);
  if (format === 'xls') return readXlsSheets(bytes, fileName, limits, options);
  const sheet = await readCsvSheet(
    async function* () {
      for (let start = 0; start < bytes.length; start += CHUNK) yield bytes.subarray(start, start + CHUNK);
    },
    fileName,
    baseName(fileName),
    () => new RowBudget(fileName, limits),
  );
  return [sheet];
}
