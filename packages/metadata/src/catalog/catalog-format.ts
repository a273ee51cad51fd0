import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';

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

/**
 * Decides from the first bytes and the name whether a catalog is an `.xlsx` or a `.csv`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for an empty file, an
 * `.xls` or password-protected workbook, a PDF, or anything else.
 */
export function catalogFormat(fileName: string, head: Uint8Array, size: number): 'xlsx' | 'csv' {
  const extension = extensionOf(fileName);
  const saveAs = {
    vi: 'Mở tệp bằng chương trình bảng tính rồi lưu dưới dạng .xlsx (Excel Workbook), hoặc xuất ra tệp .csv.',
    en: 'Open it in a spreadsheet program and save it as .xlsx (Excel Workbook), or export a .csv.',
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
  if (OLE2.every((byte, index) => head[index] === byte)) {
    throw refuse(
      fileName,
      {
        vi: 'là sổ tính Excel 97–2003 (.xls) hoặc sổ tính có mật khẩu, sohoa không đọc được',
        en: 'is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which sohoa does not read',
      },
      {
        vi: 'Gỡ mật khẩu (nếu có), rồi lưu dưới dạng .xlsx (Excel Workbook) hoặc xuất ra tệp .csv.',
        en: 'Remove the password if any, then save it as .xlsx (Excel Workbook) or export a .csv.',
      },
    );
  }
  if (new TextDecoder('latin1').decode(head.subarray(0, 5)) === '%PDF-') {
    throw refuse(
      fileName,
      { vi: 'là tài liệu PDF, không phải bảng tính', en: 'is a PDF document, not a spreadsheet' },
      { vi: 'Cung cấp mục lục dưới dạng .xlsx hoặc .csv.', en: 'Give the catalog as .xlsx or .csv.' },
    );
  }
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return 'csv';
  if (extension === '.xlsx' || extension === '.xlsm' || extension === '.xls') {
    throw refuse(
      fileName,
      {
        vi: `có đuôi ${extension} nhưng không phải bảng tính (nội dung không phải tệp nén ZIP)`,
        en: `is named ${extension} but is not a spreadsheet (its content is not a ZIP archive)`,
      },
      saveAs,
    );
  }
  throw refuse(
    fileName,
    {
      vi: 'không phải tệp .xlsx cũng không phải tệp .csv',
      en: 'is neither an .xlsx workbook nor a .csv file',
    },
    {
      vi: 'Lưu mục lục dưới dạng .xlsx hoặc .csv. Sổ tính .xls cũ phải được lưu lại dưới dạng .xlsx.',
      en: 'Save the catalog as .xlsx or .csv. Old .xls workbooks must be saved again as .xlsx.',
    },
  );
}
