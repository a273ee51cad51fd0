import { foldVietnamese } from '../legacy/fold-vietnamese.js';
import type { CatalogColumn } from './catalog-columns.js';
import type { CellValue } from './read-sheets.js';

type Family = Record<'date' | 'day' | 'month' | 'year', CatalogColumn>;
type Part = 'day' | 'month' | 'year';

/** Data rows looked at to tell what a column holds. */
const SAMPLED_ROWS = 500;

function wholeNumber(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value)) return Number(value);
  return undefined;
}

/** What every value of a column could be: days (1–31), months (1–12), four-digit years (1800–2100). */
function partsOf(rows: CellValue[][], from: number, column: number): Set<Part> {
  const possible = new Set<Part>(['day', 'month', 'year']);
  let seen = 0;
  for (let index = from; index < rows.length && seen < SAMPLED_ROWS; index++) {
    const value = rows[index]?.[column];
    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) continue;
    seen++;
    const number = wholeNumber(value);
    const digits = typeof value === 'string' ? value.trim().length : String(number).length;
    if (number === undefined || number < 1 || number > 31 || digits > 2) possible.delete('day');
    if (number === undefined || number < 1 || number > 12 || digits > 2) possible.delete('month');
    if (number === undefined || number < 1800 || number > 2100) possible.delete('year');
    if (possible.size === 0) break;
  }
  return seen === 0 ? new Set() : possible;
}

/** The family a heading hints at: `bắt đầu` start, `kết thúc` end, `văn bản`/`ban hành` issued. */
function hintedFamily(headings: string[]): number | undefined {
  const folded = headings.map(foldVietnamese).join(' ');
  if (/\b(bat dau|tu)\b/.test(folded)) return 0;
  if (/\b(ket thuc|den)\b/.test(folded)) return 1;
  if (/\b(van ban|ban hanh|tai lieu)\b/.test(folded)) return 2;
  return undefined;
}

/**
 * Columns that hold a date split in three, found by their values: among columns not otherwise
 * recognised, a column of days (1–31) followed by one of months (1–12) and one of four-digit years.
 * Each such triple becomes the start, end or document date, as their headings hint, else the first
 * of those the sheet lacks (start, then end, then document date).
 */
export function findSplitDates(
  rows: CellValue[][],
  from: number,
  known: ReadonlyMap<number, CatalogColumn>,
  headings: ReadonlyMap<number, string>,
  families: readonly Family[],
): Map<number, CatalogColumn> {
  const found = new Map<number, CatalogColumn>();
  const taken = new Set(known.values());
  const width = rows.slice(from, from + SAMPLED_ROWS).reduce((most, row) => Math.max(most, row.length), 0);
  const parts = Array.from({ length: width }, (_, column) =>
    known.has(column) ? new Set<Part>() : partsOf(rows, from, column),
  );
  const familyFree = (family: Family) =>
    ![family.date, family.day, family.month, family.year].some((column) => taken.has(column));
  for (let column = 0; column + 2 < width; column++) {
    if (!parts[column]?.has('day') || !parts[column + 1]?.has('month') || !parts[column + 2]?.has('year')) {
      continue;
    }
    const hint = hintedFamily([0, 1, 2].map((offset) => headings.get(column + offset) ?? ''));
    const family =
      hint !== undefined && familyFree(families[hint] as Family) ? families[hint] : families.find(familyFree);
    if (!family) break;
    found
      .set(column, family.day)
      .set(column + 1, family.month)
      .set(column + 2, family.year);
    for (const part of [family.day, family.month, family.year]) taken.add(part);
    column += 2;
  }
  return found;
}
