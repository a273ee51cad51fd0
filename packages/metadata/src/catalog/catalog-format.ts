import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import { olderExcel } from './xls-workbook.js';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The last segment of a `/`- or `\`-separated path. */
export function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

/** The lower-case extension of a file name with its dot (`.xlsx`), or `''`. */
function extensionOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

function refuse(fileName: string, what: Bilingual, fix: Bilingual): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'INPUT_UNREADABLE',
    message: { vi: `"${fileName}" ${what.vi}.`, en: `"${fileName}" ${what.en}.` },
    fix,
    details: { path: fileName },
  });
}

/** Whether the first bytes are the `BOF` record of an Excel 2.x–4.0 worksheet (not in an OLE2 file). */
const isOlderExcel = (head: Uint8Array) =>
  head[0] === 0x09 && [0, 2, 4].includes(head[1] ?? -1) && [4, 6].includes(head[2] ?? -1) && head[3] === 0;

/**
 * Decides from the first bytes and the name whether a catalog is an `.xlsx`, an `.xls` (an OLE2
 * compound file: an Excel 97–2003 workbook, or a password-protected one, which its reader tells
 * apart) or a `.csv`.
 *
 * @example
 * ```ts
 * catalogFormat('muc-luc.xls', head, size); // 'xls' when head starts D0 CF 11 E0 A1 B1 1A E1
 * ```
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for an empty file, an
 * Excel 2.x–4.0 worksheet, a PDF, or anything else.
 */
export function catalogFormat(fileName: string, head: Uint8Array, size: number): 'xlsx' | 'xls' | 'csv' {
  const extension = extensionOf(fileName);
  const saveAs = {
    vi: 'Mở tệp bằng chương trình bảng tính rồi lưu dưới dạng .xlsx (Excel Workbook) hoặc .xls, hoặc xuất ra tệp .csv.',
    en: 'Open it in a spreadsheet program and save it as .xlsx (Excel Workbook) or .xls, or export a .csv.',
  };
  if (size === 0) {
    throw refuse(
      fileName,
      { vi: 'là tệp rỗng (0 byte)', en: 'is empty (0 bytes)' },
      {
        vi: 'Kiểm tra mục lục đã được sao chép đầy đủ chưa.',
        en: 'Check that the catalog was copied completely.',
      },
    );
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (OLE2.every((byte, index) => head[index] === byte)) return 'xls';
  if (isOlderExcel(head)) throw olderExcel(fileName, 'Excel 2.x–4.0');
  if (new TextDecoder('latin1').decode(head.subarray(0, 5)) === '%PDF-') {
    throw refuse(
      fileName,
      { vi: 'là tài liệu PDF, không phải bảng tính', en: 'is a PDF document, not a spreadsheet' },
      {
        vi: 'Cung cấp mục lục dưới dạng .xlsx, .xls hoặc .csv.',
        en: 'Give the catalog as .xlsx, .xls or .csv.',
      },
    );
  }
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return 'csv';
  if (extension === '.xlsx' || extension === '.xlsm' || extension === '.xls') {
    throw refuse(
      fileName,
      {
        vi: `có đuôi ${extension} nhưng không phải bảng tính (nội dung không phải tệp nén ZIP của .xlsx hay tệp OLE2 của .xls)`,
        en: `is named ${extension} but is not a spreadsheet (its content is neither the ZIP archive of an .xlsx nor the OLE2 file of an .xls)`,
      },
      saveAs,
    );
  }
  throw refuse(
    fileName,
    {
      vi: 'không phải sổ tính .xlsx hay .xls, cũng không phải tệp .csv',
      en: 'is not an .xlsx or .xls workbook, nor a .csv file',
    },
    {
      vi: 'Lưu mục lục dưới dạng .xlsx, .xls hoặc .csv.',
      en: 'Save the catalog as .xlsx, .xls or .csv.',
    },
  );
}
