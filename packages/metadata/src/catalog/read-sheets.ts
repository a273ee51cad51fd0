import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { readCsvSheet } from './csv-sheet.js';
import { type RawSheet, RowBudget } from './raw-sheet.js';
import { DEFAULT_SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet-limits.js';
import { readXlsxSheet } from './xlsx-sheet.js';
import { readWorkbook } from './xlsx-workbook.js';
import { openXlsxZip } from './xlsx-zip.js';

export type { CellRange, CellValue, RawSheet, SheetNote } from './raw-sheet.js';

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
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuse(fileName: string, what: string, fix: string): SohoaError {
  return new SohoaError({
    code: 'INPUT_UNREADABLE',
    message: `"${fileName}" ${what}.`,
    fix,
    details: { path: fileName },
  });
}

/** Decides from the first bytes and the name whether the file is an `.xlsx` or a `.csv`. */
function formatOf(fileName: string, head: Uint8Array, size: number): 'xlsx' | 'csv' {
  const extension = extname(fileName).toLowerCase();
  const saveAs = 'Open it in a spreadsheet program and save it as .xlsx (Excel Workbook), or export a .csv.';
  if (size === 0)
    throw refuse(fileName, 'is empty (0 bytes)', 'Check that the catalog was copied completely.');
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (OLE2.every((byte, index) => head[index] === byte)) {
    throw refuse(
      fileName,
      'is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which sohoa does not read',
      'Remove the password if any, then save it as .xlsx (Excel Workbook) or export a .csv.',
    );
  }
  if (new TextDecoder('latin1').decode(head.subarray(0, 5)) === '%PDF-') {
    throw refuse(fileName, 'is a PDF document, not a spreadsheet', 'Give the catalog as .xlsx or .csv.');
  }
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return 'csv';
  if (extension === '.xlsx' || extension === '.xlsm' || extension === '.xls') {
    throw refuse(
      fileName,
      `is named ${extension} but is not a spreadsheet (its content is not a ZIP archive)`,
      saveAs,
    );
  }
  throw refuse(
    fileName,
    'is neither an .xlsx workbook nor a .csv file',
    'Save the catalog as .xlsx or .csv. Old .xls workbooks must be saved again as .xlsx.',
  );
}

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
    throw new SohoaError({
      code: code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: `Cannot read the catalog "${path}": ${(error as Error).message}.`,
      fix: 'Check the path of the .xlsx or .csv file.',
      cause: error,
      details: { path },
    });
  } finally {
    await handle?.close();
  }
}

async function readXlsx(
  input: string | Uint8Array,
  fileName: string,
  limits: SpreadsheetLimits,
  options: ReadSheetsOptions,
): Promise<RawSheet[]> {
  const zip = await openXlsxZip(input, fileName, limits);
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
 * Reads the sheets of an `.xlsx` workbook (every sheet, in order; hidden ones only listed unless
 * `readHiddenSheets`) or a `.csv` file (one sheet named after the file), streaming: the ZIP's
 * central directory is checked against {@link SpreadsheetLimits} before anything is inflated,
 * each sheet's XML is read as it inflates (never whole), and only rows holding a value are kept.
 * Cells: shared and inline strings (trimmed; empty is `null`), numbers, booleans, dates (numbers
 * with a date format, built-in or custom like `dd/mm/yyyy`, 1900 or 1904 date system), formulas
 * by their cached value. A `.csv` is UTF-8 with or without BOM, else Windows-1252; `,`, `;` or tab.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND`; `INPUT_UNREADABLE` for an
 * empty file, an `.xls`, a PDF, a damaged ZIP or XML, or anything not `.xlsx`/`.csv`;
 * `CATALOG_LIMIT_EXCEEDED` past a limit.
 */
export async function readSheets(
  input: string | CatalogSource,
  options: ReadSheetsOptions = {},
): Promise<RawSheet[]> {
  const limits = { ...DEFAULT_SPREADSHEET_LIMITS, ...options.limits };
  const fileName = typeof input === 'string' ? input : input.fileName;
  const { head, size } =
    typeof input === 'string'
      ? await headOf(input)
      : { head: input.bytes.subarray(0, 8), size: input.bytes.length };
  if (formatOf(fileName, head, size) === 'xlsx') {
    return readXlsx(typeof input === 'string' ? input : input.bytes, fileName, limits, options);
  }
  const chunks =
    typeof input === 'string'
      ? () => createReadStream(input, { highWaterMark: CHUNK })
      : async function* () {
          for (let start = 0; start < input.bytes.length; start += CHUNK)
            yield input.bytes.subarray(start, start + CHUNK);
        };
  const sheet = await readCsvSheet(
    chunks,
    fileName,
    basename(fileName),
    () => new RowBudget(fileName, limits),
  );
  return [sheet];
}
