import { describeIssueInBoth } from '../validation/metadata-issue.js';
import type { CatalogIssue, CatalogSheet, ImportedDossier } from './catalog-import-types.js';

/** A record counted in, with where it is. */
interface First {
  sheet: string;
  row: number;
}

/**
 * The warnings said once for the whole catalog about its dossiers, counted as each dossier is
 * built (so the dossiers need not be kept): page counts left to the scans (`pagesFromScans`) and
 * scanned dossiers of several documents without a row per document (`documentsNotListed`).
 */
export class CatalogWideIssues {
  #pending = 0;
  #firstPending: First | undefined;
  #unlisted = 0;
  #firstUnlisted: { sheet: string; row: number; totalDoc: number } | undefined;

  /** Counts a dossier in. */
  add(dossier: ImportedDossier): void {
    // The rows whose page count is empty: documents, or dossiers of a catalog of dossiers.
    for (const record of dossier.documents.length ? dossier.documents : [dossier]) {
      if (!record.pending?.includes('numberOfPage')) continue;
      this.#pending++;
      // The first of the lowest row, as a stable sort by row would put first.
      if (!this.#firstPending || record.row < this.#firstPending.row) this.#firstPending = record;
    }
    const { totalDoc } = dossier.input;
    if (
      dossier.documents.length === 0 &&
      dossier.filePath !== undefined &&
      typeof totalDoc === 'number' &&
      totalDoc > 1
    ) {
      this.#unlisted++;
      this.#firstUnlisted ??= { sheet: dossier.sheet, row: dossier.row, totalDoc };
    }
  }

  /** The warnings, for the dossiers counted in. */
  issues(sheets: readonly CatalogSheet[]): CatalogIssue[] {
    return [...this.#pendingPages(), ...this.#documentsNotListed(sheets)];
  }

  /** One warning for the whole catalog when page counts are left to be counted from the scans. */
  #pendingPages(): CatalogIssue[] {
    const first = this.#firstPending;
    if (!first) return [];
    const rows = this.#pending;
    const issue = describeIssueInBoth({
      path: ['numberOfPage'],
      rule: 'pagesFromScans',
      value: undefined,
      params: { count: rows },
      severity: 'warning',
    });
    return [{ ...issue, sheet: first.sheet, row: first.row, count: rows }];
  }

  /**
   * One warning for the whole catalog when scanned dossiers (a row naming its scan) of several
   * documents (`totalDoc` > 1) have no row per document: their scans cannot be split into
   * documents, so each is digitized as one document of its whole scan.
   */
  #documentsNotListed(sheets: readonly CatalogSheet[]): CatalogIssue[] {
    const first = this.#firstUnlisted;
    if (!first) return [];
    const count = this.#unlisted;
    const issue = describeIssueInBoth({
      path: ['totalDoc'],
      rule: 'documentsNotListed',
      value: first.totalDoc,
      params: { count },
      severity: 'warning',
    });
    const sheet = sheets.find((each) => each.name === first.sheet);
    const column = Object.entries(sheet?.columns ?? {}).find(([, field]) => field === 'totalDoc')?.[0];
    return [
      {
        ...issue,
        sheet: first.sheet,
        row: first.row,
        ...(column
          ? { column, heading: sheet?.mapping.find((each) => each.column === column)?.heading }
          : {}),
        count,
      },
    ];
  }
}
