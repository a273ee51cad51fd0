import { describeIssueInBoth } from '../validation/metadata-issue.js';
import type { CatalogIssue } from './catalog-import-types.js';
import { columnLetter } from './column-letter.js';
import type { RawSheet } from './raw-sheet.js';

const FORMULA_SHOWN = 60;

/**
 * The warnings of what the reader noticed in a sheet (a hidden sheet not read, a formula without
 * a computed value), located like every catalog issue by sheet, row and column. A very hidden
 * sheet (one Excel's Unhide menu does not show, made by a program: the lists behind drop-downs,
 * as in sohoa's catalog template) is skipped without a warning: no archivist can have typed
 * dossiers there, nor act on the warning.
 *
 * @example
 * ```ts
 * const issues = sheetNoteIssues({ name: 'Danh mục', rows: [], merges: [], notes: [{ kind: 'hiddenSheet', state: 'hidden' }] });
 * issues[0]?.rule; // 'hiddenSheet'
 * ```
 */
export function sheetNoteIssues(sheet: RawSheet): CatalogIssue[] {
  return sheet.notes.flatMap((note) => {
    if (note.kind === 'hiddenSheet') {
      return note.state === 'veryHidden' ? [] : [sheetWarning('hiddenSheet', sheet.name)];
    }
    const column = columnLetter(note.column);
    const formula = `=${note.formula}`;
    const issue = describeIssueInBoth({
      path: [],
      field: '(cell)',
      subject: { vi: 'Ô', en: 'cell' },
      rule: 'formulaWithoutValue',
      value: `${column}${note.row}`,
      params: {
        formula: formula.length > FORMULA_SHOWN ? `${formula.slice(0, FORMULA_SHOWN - 1)}…` : formula,
      },
      severity: 'warning',
    });
    return [{ ...issue, sheet: sheet.name, row: note.row, column }];
  });
}

/**
 * A warning about a whole sheet (`hiddenSheet`, `noHeader`), located at its first row.
 *
 * @example
 * ```ts
 * sheetWarning('noHeader', 'Sheet2').sheet; // 'Sheet2'
 * ```
 */
export function sheetWarning(rule: 'hiddenSheet' | 'noHeader', sheetName: string): CatalogIssue {
  const issue = describeIssueInBoth({
    path: [],
    field: '(sheet)',
    subject: { vi: 'Trang tính', en: 'sheet' },
    rule,
    value: sheetName,
    severity: 'warning',
  });
  return { ...issue, sheet: sheetName, row: 1 };
}
