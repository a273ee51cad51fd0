import { describeIssueInBoth } from '../validation/metadata-issue.js';
import type { CatalogIssue, Derivation, ImportCatalogOptions } from './catalog-import-types.js';
import { locate } from './catalog-issue-location.js';
import { cellSource, indexOf, type SheetContext } from './row-cells.js';

/** A record about to be validated, with the scan it points at. */
export interface PagedRecord {
  input: Record<string, unknown>;
  derivations: Derivation[];
  filePath?: string;
  row: number;
  /** Fields left to be counted from the scans. */
  pending: string[];
  /** Set when its page count contradicts the scan's. */
  contradicted?: boolean;
  /** Its sheet, when not the one being read (a document sheet joined to a dossier sheet). */
  context?: SheetContext;
}

/** Consecutive records of one scan: a record naming a file, and the records after it that name none or the same. */
function byFile(records: PagedRecord[]): Array<{ file: string; records: PagedRecord[] }> {
  const groups: Array<{ file: string; records: PagedRecord[] }> = [];
  for (const record of records) {
    const last = groups.at(-1);
    if (record.filePath && record.filePath !== last?.file)
      groups.push({ file: record.filePath, records: [record] });
    else last?.records.push(record);
  }
  return groups;
}

const pagesOf = (record: PagedRecord): number | undefined =>
  typeof record.input.numberOfPage === 'number' ? record.input.numberOfPage : undefined;

/**
 * Fills and checks page counts with the pages of the scans: each file is counted once by
 * `countPages`; an empty count of the one record of a file becomes the file's pages, and one empty
 * count among several records of a file becomes what the others leave (derivations `scan-pages`);
 * counts given are compared with the file's (rule `scanPages`). Without `countPages`, empty counts
 * are left `pending`, to be counted later. A contradicted record is marked `contradicted`.
 */
export async function fillPagesFromScans(
  records: PagedRecord[],
  context: SheetContext,
  options: ImportCatalogOptions,
  issues: CatalogIssue[],
): Promise<void> {
  const { countPages } = options;
  if (!countPages) {
    for (const record of records) if (pagesOf(record) === undefined) record.pending.push('numberOfPage');
    return;
  }
  for (const group of byFile(records)) {
    const first = group.records[0] as PagedRecord;
    const sheet = first.context ?? context;
    const pagesColumn = indexOf(sheet.header, 'documentPages') ?? indexOf(sheet.header, 'dossierPages');
    const counted = await countPages(group.file, { sheet: sheet.sheet, row: first.row });
    if (counted === undefined) continue;
    const empty = group.records.filter((record) => pagesOf(record) === undefined);
    const given = group.records.reduce((sum, record) => sum + (pagesOf(record) ?? 0), 0);
    const from = [cellSource(sheet, first.row, 'filePath', group.file)];
    if (empty.length === 1 && counted - given >= 1) {
      const [record] = empty as [PagedRecord];
      record.input.numberOfPage = counted - given;
      record.derivations.push({ field: 'numberOfPage', value: counted - given, how: 'scan-pages', from });
    } else if (empty.length <= 1 && given !== counted) {
      for (const record of group.records) record.contradicted = true;
      const issue = describeIssueInBoth({
        path: ['numberOfPage'],
        rule: 'scanPages',
        value: given,
        params: { actual: counted, file: group.file },
      });
      issues.push({
        ...issue,
        ...locate({ sheet: sheet.sheet, row: first.row, header: sheet.header }, pagesColumn),
      });
    }
  }
}
