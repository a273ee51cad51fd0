import { foldVietnamese } from '../legacy/fold-vietnamese.js';
import { normalizeVnDate } from '../legacy/normalize-date.js';
import { type CatalogColumn, columnOfHeading } from './catalog-columns.js';
import type { ColumnMapping } from './catalog-import-types.js';
import { columnIndex, columnLetter } from './column-letter.js';
import { findHeader, type SheetHeader } from './find-header.js';
import type { CellValue } from './read-sheets.js';
import { findSplitDates } from './split-date-columns.js';

/** A sheet's header with the columns settled: recognised, overridden and found by their values. */
export interface ResolvedHeader extends SheetHeader {
  mapping: ColumnMapping[];
}

type Overrides = Record<string, CatalogColumn | 'ignore'>;

const LETTER = /^[A-Z]{1,3}$/;

/** The overrides keyed by folded heading (letters are kept apart). */
function headingOverrides(overrides: Overrides): Map<string, CatalogColumn | 'ignore'> {
  return new Map(
    Object.entries(overrides)
      .filter(([key]) => !LETTER.test(key.trim()))
      .map(([key, value]) => [foldVietnamese(key), value]),
  );
}

const DATE_FAMILIES: Array<Record<'date' | 'day' | 'month' | 'year', CatalogColumn>> = [
  { date: 'startDate', day: 'startDay', month: 'startMonth', year: 'startYear' },
  { date: 'endDate', day: 'endDay', month: 'endMonth', year: 'endYear' },
  { date: 'issuedDate', day: 'issuedDay', month: 'issuedMonth', year: 'issuedYear' },
];

/** `Ngày bắt đầu` beside `Tháng bắt đầu` / `Năm bắt đầu` holds the day, not a whole date. */
function splitDateHeadings(columns: Map<number, CatalogColumn>): void {
  const present = new Set(columns.values());
  for (const family of DATE_FAMILIES) {
    if (!present.has(family.month) && !present.has(family.year)) continue;
    for (const [index, column] of columns) if (column === family.date) columns.set(index, family.day);
  }
}

function sampleText(value: CellValue): string {
  if (value instanceof Date) return normalizeVnDate(value) ?? '';
  return String(value).trim();
}

function samplesOf(rows: CellValue[][], from: number, column: number): string[] {
  const samples: string[] = [];
  for (let index = from; index < rows.length && samples.length < 3; index++) {
    const value = rows[index]?.[column];
    if (value === null || value === undefined) continue;
    const shown = sampleText(value);
    if (shown && !samples.includes(shown)) samples.push(shown);
  }
  return samples;
}

/**
 * Finds a sheet's heading row and settles what each column holds: headings recognised (or named in
 * `overrides`), split dates recognised by their headings (`Ngày/Tháng/Năm bắt đầu`) or by their
 * values (a column of days beside one of months and one of four-digit years), then the column
 * letters of `overrides`. Returns `undefined` when the sheet has no heading row.
 */
export function resolveColumns(rows: CellValue[][], overrides: Overrides = {}): ResolvedHeader | undefined {
  const byHeading = headingOverrides(overrides);
  const configured = new Set<number>();
  const recognize = (heading: string): CatalogColumn | undefined => {
    const override = byHeading.get(foldVietnamese(heading));
    if (override !== undefined) return override === 'ignore' ? undefined : override;
    return columnOfHeading(heading);
  };
  const header = findHeader(rows, recognize);
  if (!header) return undefined;
  const { columns, headings } = header;
  for (const [index, heading] of headings) {
    const override = byHeading.get(foldVietnamese(heading));
    if (override === undefined) continue;
    configured.add(index);
    if (override === 'ignore') columns.delete(index);
  }
  splitDateHeadings(columns);
  const byValues = findSplitDates(rows, header.dataStart, columns, headings, DATE_FAMILIES);
  for (const [index, column] of byValues) columns.set(index, column);
  for (const [key, value] of Object.entries(overrides)) {
    const letter = key.trim().toUpperCase();
    if (!LETTER.test(key.trim())) continue;
    const index = columnIndex(letter);
    configured.add(index);
    if (value === 'ignore') {
      columns.delete(index);
      continue;
    }
    for (const [other, column] of columns) if (column === value) columns.delete(other);
    columns.set(index, value);
  }
  let width = 0;
  for (let index = header.dataStart; index < rows.length; index++) {
    width = Math.max(width, rows[index]?.length ?? 0);
  }
  for (const index of headings.keys()) width = Math.max(width, index + 1);
  const mapping: ColumnMapping[] = [];
  for (let index = 0; index < width; index++) {
    const heading = headings.get(index) ?? '';
    const samples = samplesOf(rows, header.dataStart, index);
    if (!heading && samples.length === 0) continue;
    const field = columns.get(index);
    mapping.push({
      column: columnLetter(index),
      heading,
      field: field ?? 'ignored',
      how: configured.has(index) ? 'config' : byValues.has(index) ? 'values' : 'heading',
      samples,
    });
  }
  return { ...header, mapping };
}
