import { type RawSheet, RowBudget } from './raw-sheet.js';
import { type SpreadsheetLimits, spreadsheetLimitError } from './spreadsheet-limits.js';
import { openCfb } from './xls-cfb.js';
import { readXlsSheet } from './xls-sheet.js';
import { olderExcel, passwordProtected, readXlsWorkbook, unreadableWorkbook } from './xls-workbook.js';

/**
 * Throws `CATALOG_LIMIT_EXCEEDED` when an `.xls` of `size` bytes is larger than
 * `limits.maxUncompressedBytes`: an `.xls` is read whole into memory (its sectors can lie anywhere
 * in the file), so its size is bounded like an `.xlsx`'s inflated size.
 */
export function checkXlsSize(fileName: string, size: number, limits: SpreadsheetLimits): void {
  if (size > limits.maxUncompressedBytes) {
    throw spreadsheetLimitError(
      fileName,
      { vi: `kích thước tệp .xls (${size} byte)`, en: `the size of the .xls file (${size} bytes)` },
      'maxUncompressedBytes',
      limits.maxUncompressedBytes,
    );
  }
}

/**
 * Reads the sheets of an Excel 97–2003 workbook (`.xls`: BIFF8 records in the `Workbook` stream of
 * an OLE2 compound file) held in memory, in order, hidden ones only listed unless
 * `readHiddenSheets`: the same {@link RawSheet}s, limits and errors as an `.xlsx`.
 *
 * @example
 * ```ts
 * const sheets = readXlsSheets(bytes, 'muc-luc.xls', DEFAULT_SPREADSHEET_LIMITS, {});
 * sheets[0]?.rows[1]; // ['Mã hồ sơ', 'Tiêu đề hồ sơ', …]
 * ```
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for a damaged or truncated
 * file, a password-protected workbook (`.xls` or `.xlsx`), an Excel 5.0/95 one, or an OLE2 file
 * that is not a workbook (a `.doc`); `CATALOG_LIMIT_EXCEEDED` past a limit.
 */
export function readXlsSheets(
  bytes: Uint8Array,
  fileName: string,
  limits: SpreadsheetLimits,
  options: { readHiddenSheets?: boolean },
): RawSheet[] {
  checkXlsSize(fileName, bytes.length, limits);
  const cfb = openCfb(bytes, fileName);
  if (cfb.root.has('EncryptionInfo') || cfb.root.has('EncryptedPackage')) throw passwordProtected(fileName);
  const entry = cfb.root.get('Workbook');
  if (entry?.type !== 2) {
    if (cfb.root.get('Book')?.type === 2) throw olderExcel(fileName, 'Excel 5.0/95 (BIFF5)');
    throw unreadableWorkbook(
      fileName,
      {
        vi: 'là tệp OLE2 nhưng không phải sổ tính Excel (không có luồng Workbook); có thể là tệp .doc hoặc .ppt bị đổi tên',
        en: 'is an OLE2 file but not an Excel workbook (it has no Workbook stream); it may be a .doc or .ppt renamed',
      },
      {
        vi: 'Cung cấp mục lục dưới dạng .xlsx, .xls hoặc .csv.',
        en: 'Give the catalog as .xlsx, .xls or .csv.',
      },
    );
  }
  const stream = cfb.read(entry);
  const workbook = readXlsWorkbook(stream, fileName);
  const budget = new RowBudget(fileName, limits);
  return workbook.sheets.map((sheet) =>
    sheet.state !== 'visible' && !options.readHiddenSheets
      ? { name: sheet.name, rows: [], merges: [], notes: [{ kind: 'hiddenSheet', state: sheet.state }] }
      : readXlsSheet(stream, sheet, workbook, fileName, budget),
  );
}
