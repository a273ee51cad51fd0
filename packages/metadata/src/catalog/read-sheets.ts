import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import { baseName, catalogFormat } from './catalog-format.js';
import { readCsvSheet } from './csv-sheet.js';
import { type RawSheet, RowBudget } from './raw-sheet.js';
import {
  type CatalogSource,
  type ReadSheetsOptions,
  readSheetBytes,
  readWorkbookSheets,
} from './read-sheet-bytes.js';
import { DEFAULT_SPREADSHEET_LIMITS } from './spreadsheet-limits.js';
import { checkXlsSize, readXlsSheets } from './xls-read.js';
import { openXlsxZip } from './xlsx-zip.js';

export type { CellRange, CellValue, RawSheet, SheetNote } from './raw-sheet.js';
export type { CatalogSource, ReadSheetsOptions } from './read-sheet-bytes.js';

const CHUNK = 64 * 1024;

async function headOf(path: string): Promise<{ head: Uint8Array; size: number }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const size = (await handle.stat()).size;
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, 0);
    return { head, size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (error as Error).message;
    throw new SohoaError<MetadataErrorCode>({
      code: code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: {
        vi: `Không đọc được mục lục "${path}": ${reason}.`,
        en: `Cannot read the catalog "${path}": ${reason}.`,
      },
      fix: {
        vi: 'Kiểm tra đường dẫn của tệp .xlsx, .xls hoặc .csv.',
        en: 'Check the path of the .xlsx, .xls or .csv file.',
      },
      cause: error,
      details: { path },
    });
  } finally {
    await handle?.close();
  }
}

/**
 * Reads the sheets of an `.xlsx` or Excel 97–2003 `.xls` workbook (every sheet, in order; hidden
 * ones only listed unless `readHiddenSheets`) or a `.csv` file (one sheet named after the file),
 * streaming: the ZIP's central directory is checked against {@link SpreadsheetLimits} before
 * anything is inflated, each sheet's XML is read as it inflates (never whole), and only rows
 * holding a value are kept. An `.xls` (at most `maxUncompressedBytes`) is read whole, then its
 * records one by one, with the same cells and notes.
 * Cells: shared and inline strings (trimmed; empty is `null`), numbers, booleans, dates (numbers
 * with a date format, built-in or custom like `dd/mm/yyyy`, 1900 or 1904 date system), formulas
 * by their cached value. A `.csv` is UTF-8 with or without BOM, else Windows-1252; `,`, `;` or tab.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND`; `INPUT_UNREADABLE` for an
 * empty file, a password-protected or Excel 5.0/95 (or older) workbook, a PDF, a damaged ZIP,
 * OLE2 file or XML, or anything not `.xlsx`/`.xls`/`.csv`; `CATALOG_LIMIT_EXCEEDED` past a limit.
 */
export async function readSheets(
  input: string | CatalogSource,
  options: ReadSheetsOptions = {},
): Promise<RawSheet[]> {
  if (typeof input !== 'string') return readSheetBytes(input, options, openXlsxZip);
  const limits = { ...DEFAULT_SPREADSHEET_LIMITS, ...options.limits };
  const { head, size } = await headOf(input);
  const format = catalogFormat(input, head, size);
  if (format === 'xlsx')
    return readWorkbookSheets(await openXlsxZip(input, input, limits), input, limits, options);
  if (format === 'xls') {
    checkXlsSize(input, size, limits);
    return readXlsSheets(new Uint8Array(await readFile(input)), input, limits, options);
  }
  const sheet = await readCsvSheet(
    () => createReadStream(input, { highWaterMark: CHUNK }),
    input,
    baseName(input),
    () => new RowBudget(input, limits),
  );
  return [sheet];
}
