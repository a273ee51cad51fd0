import type { ValueNote } from '../legacy/normalize-record-values.js';
import { describeIssueInBoth, type IssueInBoth } from '../validation/metadata-issue.js';
import type { CatalogColumn } from './catalog-columns.js';
import type { CatalogImport, CatalogIssue } from './catalog-import-types.js';
import { columnLetter } from './column-letter.js';
import type { SheetHeader } from './find-header.js';

/** Where a catalog row sits: its sheet, its row number and the sheet's header. */
export interface RowContext {
  sheet: string;
  row: number;
  header: SheetHeader;
  /** The row a cell was read on, when not `row` (a dossier's cells given on a later row). */
  rowOf?: Partial<Record<CatalogColumn, number>>;
}

export function locate(
  context: RowContext,
  columnIndex: number | undefined,
): Pick<CatalogIssue, 'sheet' | 'row' | 'column' | 'heading'> {
  if (columnIndex === undefined) return { sheet: context.sheet, row: context.row };
  const heading = context.header.headings.get(columnIndex);
  const column = context.header.columns.get(columnIndex);
  return {
    sheet: context.sheet,
    row: (column === undefined ? undefined : context.rowOf?.[column]) ?? context.row,
    column: columnLetter(columnIndex),
    ...(heading === undefined ? {} : { heading }),
  };
}

/** The column index of the catalog column a record field was read from. */
export function sourceColumn(
  header: SheetHeader,
  field: string,
  level: 'dossier' | 'document',
): number | undefined {
  const candidates: Partial<Record<string, CatalogColumn[]>> = {
    fileCode: ['fileCode', 'notation'],
    arcFileCode: ['fileCode', 'notation'],
    paperFileCode: ['paperFileCode', 'box', 'shelf', 'storeroom'],
    startDate: ['startDate', 'dateRange', 'startDay', 'startYear'],
    endDate: ['endDate', 'dateRange', 'endDay', 'endYear'],
    issuedDate: ['issuedDate', 'issuedDay', 'issuedYear'],
    numberOfPage: level === 'dossier' ? ['dossierPages', 'documentPages'] : ['documentPages'],
    description: ['description'],
    codeNumber: ['codeNumber', 'numberAndNotation'],
    codeNotation: ['codeNotation', 'numberAndNotation'],
    docCode: ['docOrdinal'],
    docId: ['docOrdinal'],
  };
  const wanted = candidates[field] ?? [field as CatalogColumn];
  for (const column of wanted) {
    for (const [index, found] of header.columns) if (found === column) return index;
  }
  return undefined;
}

export function pushIssues(
  issues: readonly IssueInBoth[],
  context: RowContext,
  level: 'dossier' | 'document',
  result: CatalogImport,
): void {
  for (const issue of issues) {
    const { record: _, ...rest } = issue;
    const field = issue.field.split('.')[0] ?? '';
    result.issues.push({ ...rest, ...locate(context, sourceColumn(context.header, field, level)) });
  }
}

/** Reports, as warnings on their cells, the free-text values that were read as the code "other". */
export function pushValueNotes(
  notes: ValueNote[],
  context: RowContext,
  level: 'dossier' | 'document',
  result: CatalogImport,
): void {
  for (const note of notes) {
    const issue = describeIssueInBoth({
      path: [note.field],
      rule: 'otherCode',
      value: note.value,
      params: { code: note.result },
      severity: 'warning',
    });
    result.issues.push({ ...issue, ...locate(context, sourceColumn(context.header, note.field, level)) });
  }
}
