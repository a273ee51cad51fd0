import type { IssueRule } from '../validation/issue-messages.js';
import type { CatalogImport } from './catalog-import-types.js';

/** Counts of ready and failing records in a catalog import, and why records fail. */
export interface CatalogSummary {
  dossiers: {
    total: number;
    /** Valid, with every document valid: ready to digitize (page counts may still be `pending`). */
    ready: number;
    /** The dossier or one of its documents has errors. */
    needFixes: number;
  };
  documents: { total: number; ready: number; needFixes: number };
  /** Records (dossiers and documents) whose page count is left to be counted from the scans. */
  pending: number;
  /**
   * Scanned dossiers of several documents that the catalog lists no document of (rule
   * `documentsNotListed`): valid records, but their scans cannot be split into documents until it
   * does, so each is digitized as one document of its whole scan.
   */
  documentsNotListed: number;
  errors: number;
  warnings: number;
  /**
   * The most frequent errors, by rule and field, most frequent first (at most five); an error
   * reported once for the catalog counts the dossiers it concerns.
   */
  topReasons: Array<{ rule: IssueRule; field: string; count: number; example: string }>;
}

const TOP_REASONS = 5;

/**
 * Sums up a catalog import for a summary line: how many dossiers and documents are ready, how many
 * need fixes, and the most frequent errors.
 *
 * @example
 * ```ts
 * import { importCatalog, summarizeCatalog } from '@sohoa/metadata';
 *
 * const summary = summarizeCatalog(await importCatalog('muc-luc.xlsx', { creator: 'H49.64.33' }));
 * console.log(`${summary.dossiers.ready}/${summary.dossiers.total} dossiers ready`);
 * for (const reason of summary.topReasons) console.log(reason.count, reason.rule, reason.field);
 * ```
 */
export function summarizeCatalog(result: CatalogImport): CatalogSummary {
  const documents = result.dossiers.flatMap((dossier) => dossier.documents);
  const readyDossiers = result.dossiers.filter(
    (dossier) => dossier.record && dossier.documents.every((document) => document.record),
  ).length;
  const readyDocuments = documents.filter((document) => document.record).length;
  const reasons = new Map<string, CatalogSummary['topReasons'][number]>();
  let errors = 0;
  for (const issue of result.issues) {
    if (issue.severity !== 'error') continue;
    errors++;
    const field = issue.field.split('.')[0] ?? issue.field;
    const key = `${issue.rule} ${field}`;
    const known = reasons.get(key);
    // An issue reported once for the catalog weighs as many dossiers as it stands for.
    const weight = issue.count ?? 1;
    if (known) known.count += weight;
    else reasons.set(key, { rule: issue.rule, field, count: weight, example: issue.message });
  }
  return {
    dossiers: {
      total: result.dossiers.length,
      ready: readyDossiers,
      needFixes: result.dossiers.length - readyDossiers,
    },
    documents: {
      total: documents.length,
      ready: readyDocuments,
      needFixes: documents.length - readyDocuments,
    },
    pending: [...result.dossiers, ...documents].filter((record) => record.pending?.length).length,
    documentsNotListed: result.issues.find((issue) => issue.rule === 'documentsNotListed')?.count ?? 0,
    errors,
    warnings: result.issues.length - errors,
    topReasons: [...reasons.values()].sort((a, b) => b.count - a.count).slice(0, TOP_REASONS),
  };
}
