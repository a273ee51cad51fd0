/**
 * The spreadsheet letter of a column index (from 0), as {@link CatalogIssue} reports columns.
 *
 * @example
 * ```ts
 * import { columnLetter } from '@sohoa/metadata';
 *
 * columnLetter(0); // 'A'
 * columnLetter(26); // 'AA'
 * ```
 */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The index (from 0) of a column letter: `A` → 0, `AA` → 26; the inverse of {@link columnLetter}. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}
