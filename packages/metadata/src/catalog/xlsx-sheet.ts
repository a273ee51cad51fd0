import { excelSerialToDate } from './excel-dates.js';
import type { CellRange, CellValue, RawSheet, RowBudget } from './raw-sheet.js';
import type { WorkbookInfo } from './xlsx-workbook.js';
import { unescapeOoxml } from './xlsx-workbook.js';
import type { XlsxZip } from './xlsx-zip.js';

/** The column index (from 0) of a cell reference such as `AB12`, or -1. */
export function columnIndexOf(reference: string): number {
  let index = 0;
  let letters = 0;
  for (; letters < reference.length; letters++) {
    const code = reference.charCodeAt(letters) & ~32; // upper case
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return letters === 0 ? -1 : index - 1;
}

function rangeOf(reference: string): CellRange | undefined {
  const [from, to = from] = reference.split(':');
  const top = Number(/\d+/.exec(from ?? '')?.[0]) - 1;
  const bottom = Number(/\d+/.exec(to ?? '')?.[0]) - 1;
  const left = columnIndexOf(from ?? '');
  const right = columnIndexOf(to ?? '');
  if ([top, bottom, left, right].some((value) => !Number.isInteger(value) || value < 0)) return undefined;
  return { top, left, bottom, right };
}

interface OpenCell {
  column: number;
  type: string;
  style: number;
  value: string | undefined;
  inline: string;
  formula: string | undefined;
}

function cellValue(cell: OpenCell, workbook: WorkbookInfo): CellValue {
  const raw = cell.value;
  let value: CellValue;
  switch (cell.type) {
    case 's':
      value = raw === undefined ? null : (workbook.sharedStrings[Number(raw)] ?? null);
      break;
    case 'inlineStr':
      value = raw ?? cell.inline;
      break;
    case 'b':
      value = raw === undefined ? null : raw === '1' || raw === 'true';
      break;
    case 'd': {
      const date = raw === undefined ? undefined : new Date(raw);
      value = date && !Number.isNaN(date.getTime()) ? date : (raw ?? null);
      break;
    }
    case 'str':
    case 'e':
      value = raw ?? null;
      break;
    default: {
      const number = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
      if (Number.isNaN(number)) value = null;
      else value = workbook.dateStyles[cell.style] ? excelSerialToDate(number, workbook.date1904) : number;
    }
  }
  if (typeof value !== 'string') return value;
  const text = unescapeOoxml(value).trim();
  return text === '' ? null : text;
}

/**
 * Streams one worksheet part into rows of values (strings trimmed, empty ones `null`; numbers;
 * booleans; dates for date-formatted numbers), row `n` of the sheet at index `n - 1`. Empty rows,
 * formatted or not, cost nothing: only rows holding a value are kept, and the rows end at the last
 * of them. Formulas give their cached value; a formula without one gives `null` and a note. Merged
 * ranges are listed; their value stays in the top-left cell.
 */
export async function readXlsxSheet(
  zip: XlsxZip,
  part: string,
  name: string,
  workbook: WorkbookInfo,
  budget: RowBudget,
): Promise<RawSheet> {
  const kept = new Map<number, CellValue[]>();
  const sheet: RawSheet = { name, rows: [], merges: [], notes: [] };
  let rowIndex = -1;
  let row: CellValue[] = [];
  let cell: OpenCell | undefined;
  let capturing: 'value' | 'formula' | 'inline' | undefined;
  let phonetic = 0;
  let last = -1;
  let lastColumn = -1;
  await zip.readXml(part, {
    open(tag, attributes, selfClosing) {
      switch (tag) {
        case 'row':
          rowIndex = attributes.r ? Number(attributes.r) - 1 : rowIndex + 1;
          row = [];
          lastColumn = -1;
          return undefined;
        case 'c': {
          const column = attributes.r ? columnIndexOf(attributes.r) : -1;
          cell = {
            column: column >= 0 ? column : lastColumn + 1,
            type: attributes.t ?? 'n',
            style: Number(attributes.s ?? 0),
            value: undefined,
            inline: '',
            formula: undefined,
          };
          if (selfClosing) closeCell();
          return undefined;
        }
        case 'v':
          capturing = 'value';
          if (selfClosing && cell) cell.value = '';
          return true;
        case 'f':
          if (cell) cell.formula ??= '';
          capturing = 'formula';
          return true;
        case 'rPh':
          if (!selfClosing) phonetic++;
          return undefined;
        case 't':
          capturing = 'inline';
          return cell !== undefined && phonetic === 0;
        case 'mergeCell': {
          const range = rangeOf(attributes.ref ?? '');
          if (range) sheet.merges.push(range);
          return undefined;
        }
        default:
          return undefined;
      }
    },
    text(text) {
      if (!cell) return;
      if (capturing === 'value') cell.value = text;
      else if (capturing === 'formula') cell.formula = text;
      else cell.inline += text;
    },
    close(tag) {
      if (tag === 'c' && cell) closeCell();
      else if (tag === 'rPh') phonetic--;
      else if (tag === 'row') closeRow();
    },
  });
  function closeCell(): void {
    if (!cell) return;
    if (cell.value === undefined && cell.formula !== undefined && cell.type !== 'inlineStr') {
      sheet.notes.push({
        kind: 'formulaWithoutValue',
        row: rowIndex + 1,
        column: cell.column,
        formula: cell.formula,
      });
    }
    const value = cellValue(cell, workbook);
    if (value !== null) row[cell.column] = value;
    lastColumn = cell.column;
    cell = undefined;
  }
  function closeRow(): void {
    if (row.length === 0) return;
    for (let index = 0; index < row.length; index++) row[index] ??= null;
    budget.take(name, rowIndex + 1, row.length);
    kept.set(rowIndex, row);
    if (rowIndex > last) last = rowIndex;
  }
  sheet.rows = Array.from({ length: last + 1 }, (_, index) => kept.get(index) ?? []);
  return sheet;
}
