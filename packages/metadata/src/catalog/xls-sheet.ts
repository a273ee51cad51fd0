import { excelSerialToDate } from './excel-dates.js';
import type { CellValue, RawSheet, RowBudget } from './raw-sheet.js';
import { damagedXls } from './xls-cfb.js';
import { BIFF, BiffReader } from './xls-records.js';
import type { XlsSheet, XlsWorkbookInfo } from './xls-workbook.js';

/** The text of a cell error code (`BOOLERR`, a formula's error result), as `.xlsx` writes it. */
const ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

/** The records that hold cells, and merged ranges. */
const CELLS = new Set<number>([
  BIFF.LABELSST,
  BIFF.LABEL,
  BIFF.RSTRING,
  BIFF.NUMBER,
  BIFF.RK,
  BIFF.MULRK,
  BIFF.BOOLERR,
  BIFF.FORMULA,
  BIFF.MERGEDCELLS,
  BIFF.BLANK,
  BIFF.MULBLANK,
]);

/** The number of an `RK` value: a 30-bit integer or the high bits of a double, maybe ÷ 100. */
const DOUBLE = new DataView(new ArrayBuffer(8));
function rkNumber(rk: number): number {
  let value: number;
  if (rk & 0x02) value = rk >> 2;
  else {
    DOUBLE.setUint32(4, rk & 0xfffffffc, true);
    value = DOUBLE.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

/**
 * Reads one sheet of a BIFF8 workbook stream into rows of values, exactly as `readXlsxSheet` does
 * for `.xlsx`: strings (`LABELSST`, `LABEL`, `RSTRING`) trimmed, empty ones `null`; numbers
 * (`NUMBER`, `RK`, `MULRK`), dates for those whose cell format shows a date; booleans and errors
 * (`BOOLERR`); formulas by their cached result (a string one in the `STRING` record after it);
 * blank cells empty; merged ranges (`MERGEDCELLS`). Only rows holding a value are kept and counted
 * against the budget. Records of charts embedded in the sheet (their own `BOF`…`EOF`) are skipped.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` when the sheet's records do
 * not start where the workbook says; `CATALOG_LIMIT_EXCEEDED` past the budget.
 */
export function readXlsSheet(
  stream: Uint8Array,
  sheet: XlsSheet,
  workbook: XlsWorkbookInfo,
  fileName: string,
  budget: RowBudget,
): RawSheet {
  const result: RawSheet = { name: sheet.name, rows: [], merges: [], notes: [] };
  const reader = new BiffReader(stream, sheet.offset);
  const view = reader.view;
  if (sheet.offset >= stream.length || reader.next()?.type !== BIFF.BOF) {
    throw damagedXls(fileName, {
      vi: `không tìm thấy dữ liệu của trang tính "${sheet.name}" ở vị trí sổ tính ghi`,
      en: `the records of the sheet "${sheet.name}" are not where the workbook says`,
    });
  }
  if (sheet.kind === 2) return result;
  const kept = new Map<number, CellValue[]>();
  let rowIndex = -1;
  let row: CellValue[] = [];
  let last = -1;
  const closeRow = () => {
    if (row.length === 0) return;
    for (let index = 0; index < row.length; index++) row[index] ??= null;
    budget.take(sheet.name, rowIndex + 1, row.length);
    const earlier = kept.get(rowIndex);
    if (earlier) {
      // The same row again, further on (no program writes this): its cells join the first.
      row.forEach((value, index) => {
        if (value !== null) earlier[index] = value;
      });
      for (let index = 0; index < earlier.length; index++) earlier[index] ??= null;
    } else kept.set(rowIndex, row);
    if (rowIndex > last) last = rowIndex;
    row = [];
  };
  const put = (rowAt: number, column: number, value: CellValue) => {
    if (rowAt !== rowIndex) {
      closeRow();
      rowIndex = rowAt;
    }
    if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '') row[column] = text;
    } else if (value !== null) row[column] = value;
  };
  const number = (value: number, xf: number): CellValue =>
    workbook.dateStyles[xf] ? excelSerialToDate(value, workbook.date1904) : value;
  let pendingString: { row: number; column: number } | undefined;
  let depth = 1;
  for (let record = reader.next(); record; record = reader.next()) {
    const { type, start, end } = record;
    if (type === BIFF.BOF) depth++;
    else if (type === BIFF.EOF && --depth === 0) break;
    if (depth !== 1) continue;
    if (type === BIFF.STRING) {
      // A formula's string result: count, flags, characters (maybe across CONTINUE records).
      const text = reader.continued(record).string(false);
      if (pendingString && text !== undefined) put(pendingString.row, pendingString.column, text);
      pendingString = undefined;
      continue;
    }
    if (!CELLS.has(type) || end - start < 6) continue;
    // A formula's string result comes right after it (shared or array formula records aside).
    pendingString = undefined;
    const rowAt = view.getUint16(start, true);
    const column = view.getUint16(start + 2, true);
    const xf = view.getUint16(start + 4, true);
    switch (type) {
      case BIFF.LABELSST:
        if (end - start >= 10)
          put(rowAt, column, workbook.sharedStrings[view.getUint32(start + 6, true)] ?? null);
        break;
      case BIFF.LABEL:
      case BIFF.RSTRING:
        put(rowAt, column, reader.continued({ type, start: start + 6, end }).string(false) ?? null);
        break;
      case BIFF.NUMBER:
        if (end - start >= 14) put(rowAt, column, number(view.getFloat64(start + 6, true), xf));
        break;
      case BIFF.RK:
        if (end - start >= 10) put(rowAt, column, number(rkNumber(view.getUint32(start + 6, true)), xf));
        break;
      case BIFF.MULRK:
        // Row, first column, then (format, RK) of each cell, then the last column.
        for (let at = start + 4, index = column; at + 6 <= end - 2; at += 6, index++) {
          put(rowAt, index, number(rkNumber(view.getUint32(at + 2, true)), view.getUint16(at, true)));
        }
        break;
      case BIFF.BOOLERR:
        if (end - start >= 8) {
          const value = view.getUint8(start + 6);
          put(rowAt, column, view.getUint8(start + 7) ? (ERRORS[value] ?? null) : value !== 0);
        }
        break;
      case BIFF.FORMULA: {
        if (end - start < 14) break;
        if (view.getUint16(start + 12, true) !== 0xffff) {
          put(rowAt, column, number(view.getFloat64(start + 6, true), xf));
          break;
        }
        const kind = view.getUint8(start + 6);
        const value = view.getUint8(start + 8);
        if (kind === 0) pendingString = { row: rowAt, column };
        else if (kind === 1) put(rowAt, column, value !== 0);
        else if (kind === 2) put(rowAt, column, ERRORS[value] ?? null);
        break;
      }
      case BIFF.MERGEDCELLS: {
        const count = view.getUint16(start, true);
        for (let index = 0, at = start + 2; index < count && at + 8 <= end; index++, at += 8) {
          result.merges.push({
            top: view.getUint16(at, true),
            bottom: view.getUint16(at + 2, true),
            left: view.getUint16(at + 4, true),
            right: view.getUint16(at + 6, true),
          });
        }
        break;
      }
    }
  }
  closeRow();
  result.rows = Array.from({ length: last + 1 }, (_, index) => kept.get(index) ?? []);
  return result;
}
