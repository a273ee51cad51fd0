import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import { isDateFormat } from './excel-dates.js';
import { damagedXls } from './xls-cfb.js';
import { BIFF, BiffReader } from './xls-records.js';

/** A sheet as the workbook's globals list it (`BOUNDSHEET8`). */
export interface XlsSheet {
  name: string;
  /** Where the sheet's records (its `BOF`) start in the workbook stream. */
  offset: number;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** 0 worksheet or dialog, 1 macro sheet, 2 chart. */
  kind: number;
}

/** What the cells of every sheet need: shared strings, which cell formats are dates, the date system. */
export interface XlsWorkbookInfo {
  sheets: XlsSheet[];
  sharedStrings: string[];
  /** Index of a cell format (`XF`) → whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

const BIFF8 = 0x0600;
const WORKBOOK_GLOBALS = 0x0005;
const SHEET_KINDS = new Set([0, 1, 2]);
/** The `BOF` record types of Excel 2.x, 3.0 and 4.0. */
const OLDER_BOF = new Set([0x0009, 0x0209, 0x0409]);

/** A workbook whose content sohoa does not read (password, older Excel), with what to do. */
export function unreadableWorkbook(
  fileName: string,
  what: Bilingual,
  fix: Bilingual,
): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'INPUT_UNREADABLE',
    message: { vi: `"${fileName}" ${what.vi}.`, en: `"${fileName}" ${what.en}.` },
    fix,
    details: { path: fileName },
  });
}

/** The error of a workbook protected by a password (an encrypted `.xlsx` or `.xls`). */
export function passwordProtected(fileName: string): SohoaError<MetadataErrorCode> {
  return unreadableWorkbook(
    fileName,
    {
      vi: 'là sổ tính có mật khẩu (nội dung đã bị mã hóa), sohoa không đọc được',
      en: 'is a password-protected workbook (its content is encrypted), which sohoa does not read',
    },
    {
      vi: 'Mở tệp bằng chương trình bảng tính, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.',
      en: 'Open it in a spreadsheet program, remove the password (File › Info › Protect Workbook) and save it again.',
    },
  );
}

/** The error of an Excel 5.0/95 (BIFF5) workbook. */
export function olderExcel(fileName: string, version: string): SohoaError<MetadataErrorCode> {
  return unreadableWorkbook(
    fileName,
    {
      vi: `là sổ tính ${version}, định dạng cũ hơn Excel 97 mà sohoa không đọc được`,
      en: `is an ${version} workbook, a format older than Excel 97 that sohoa does not read`,
    },
    {
      vi: 'Mở tệp bằng chương trình bảng tính rồi lưu dưới dạng .xlsx hoặc .xls (Excel 97–2003).',
      en: 'Open it in a spreadsheet program and save it as .xlsx or .xls (Excel 97–2003).',
    },
  );
}

/**
 * Reads the globals of a BIFF8 workbook stream: its sheets (name, visibility, where their records
 * start), the shared strings (`SST` and its `CONTINUE` records), the cell formats (`XF`) whose
 * number format (`FORMAT`, or built-in) shows a date, and the date system (`DATEMODE`).
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` for an encrypted workbook
 * (`FILEPASS`), a BIFF5 one, or a stream that does not start as a workbook.
 */
export function readXlsWorkbook(stream: Uint8Array, fileName: string): XlsWorkbookInfo {
  const reader = new BiffReader(stream);
  const bof = reader.next();
  if (bof && OLDER_BOF.has(bof.type)) throw olderExcel(fileName, 'Excel 2.x–4.0');
  if (bof?.type !== BIFF.BOF || bof.end - bof.start < 4) {
    throw damagedXls(fileName, {
      vi: 'luồng Workbook không bắt đầu bằng bản ghi BOF',
      en: 'its Workbook stream does not start with a BOF record',
    });
  }
  const version = reader.view.getUint16(bof.start, true);
  if (version !== BIFF8)
    throw olderExcel(fileName, version === 0x0500 ? 'Excel 5.0/95 (BIFF5)' : 'Excel 2.x–4.0');
  if (reader.view.getUint16(bof.start + 2, true) !== WORKBOOK_GLOBALS) {
    throw damagedXls(fileName, {
      vi: 'luồng Workbook không bắt đầu bằng phần chung của sổ tính',
      en: 'its Workbook stream does not start with the workbook globals',
    });
  }
  const info: XlsWorkbookInfo = { sheets: [], sharedStrings: [], dateStyles: [], date1904: false };
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  const view = reader.view;
  for (let record = reader.next(); record && record.type !== BIFF.EOF; record = reader.next()) {
    const { type, start, end } = record;
    if (type === BIFF.FILEPASS) throw passwordProtected(fileName);
    if (type === BIFF.DATEMODE && end - start >= 2) info.date1904 = view.getUint16(start, true) === 1;
    else if (type === BIFF.XF && end - start >= 4) xfFormats.push(view.getUint16(start + 2, true));
    else if (type === BIFF.FORMAT && end - start >= 5) {
      const code = reader.continued({ type, start: start + 2, end }).string(false);
      if (code !== undefined) formats.set(view.getUint16(start, true), code);
    } else if (type === BIFF.BOUNDSHEET && end - start >= 8) {
      const kind = view.getUint8(start + 5);
      const name = reader.continued({ type, start: start + 6, end }).shortString();
      if (!SHEET_KINDS.has(kind) || name === undefined) continue;
      const hidden = view.getUint8(start + 4) & 0x03;
      info.sheets.push({
        name,
        offset: view.getUint32(start, true),
        state: hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible',
        kind,
      });
    } else if (type === BIFF.SST && end - start >= 8) {
      const unique = view.getUint32(start + 4, true);
      const data = reader.continued({ type, start: start + 8, end });
      while (info.sharedStrings.length < unique && !data.done) {
        const text = data.string(true);
        if (text === undefined) break;
        info.sharedStrings.push(text);
      }
    }
  }
  info.dateStyles = xfFormats.map((id) => isDateFormat(id, formats.get(id)));
  return info;
}
