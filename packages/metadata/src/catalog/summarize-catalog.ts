import type { IssueRule } from '../validation/issue-messages.js';
import type { CatalogImport, ImportedDossier } from './catalog-import-types.js';

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
   * reported once for the catalog counts the dossiers it concerns. `example` is the message of the
   * first such error in English, `exampleVi` in Vietnamese.
   */
  topReasons: Array<{ rule: IssueRule; field: string; count: number; example: string; exampleVi: string }>;
}

const TOP_REASONS = 5;

/**
 * A catalog's dossiers and documents counted one dossier at a time ({@link countCatalogDossier}),
 * for {@link summarizeCatalog} when they are handed to `onDossier` rather than kept.
 */
export interface CatalogCounts {
  dossiers: number;
  /** Valid, with every document valid. */
  readyDossiers: number;
  documents: number;
  readyDocuments: number;
  /** Records (dossiers and documents) whose page count is left to be counted from the scans. */
  pending: number;
}

const emptyCounts = (): CatalogCounts => ({
  dossiers: 0,
  readyDossiers: 0,
  documents: 0,
  readyDocuments: 0,
  pending: 0,
});

/**
 * Adds a dossier and its documents to `counts` (new counts when none are given) and returns them.
 *
 * @example
 * ```ts
 * import { type CatalogCounts, countCatalogDossier, summarizeCatalog } from '@sohoa/metadata';
 * import { importCatalog } from '@sohoa/metadata/node';
 *
 * let counts: CatalogCounts | undefined;
 * const catalog = await importCatalog('muc-luc.xlsx', {
 *   onDossier: (dossier) => {
 *     counts = countCatalogDossier(counts, dossier);
 *   },
 * });
 * const summary = summarizeCatalog(catalog, counts);
 * ```
 */
export function countCatalogDossier(
  counts: CatalogCounts | undefined,
  dossier: ImportedDossier,
): CatalogCounts {
  const total = counts ?? emptyCounts();
  const readyDocuments = dossier.documents.filter((document) => document.record).length;
  total.dossiers++;
  if (dossier.record && readyDocuments === dossier.documents.length) total.readyDossiers++;
  total.documents += dossier.documents.length;
  total.readyDocuments += readyDocuments;
  total.pending += [dossier, ...dossier.documents].filter((record) => record.pending?.length).length;
  return total;
}

/**
 * Sums up a catalog import for a summary line: how many dossiers and documents are ready, how many
 * need fixes, and the most frequent errors. The dossiers are counted from the result, or given as
 * `counts` when they were handed to `onDossier` (the result then holds none).
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
export function summarizeCatalog(result: CatalogImport, counts?: CatalogCounts): CatalogSummary {
  const counted =
    counts ?? result.dossiers.reduce((total, dossier) => countCatalogDossier(total, dossier), emptyCounts());
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
    else
      reasons.set(key, {
        rule: issue.rule,
        field,
        count: weight,
        example: issue.message,
        exampleVi: issue.messageVi,
      });
  }
  return {
    dossiers: {
      total: counted.dossiers,
      ready: counted.readyDossiers,
      needFixes: counted.dossiers - counted.readyDossiers,
    },
    documents: {
      total: counted.documents,
      ready: counted.readyDocuments,
      needFixes: counted.documents - counted.readyDocuments,
    },
    pending: counted.pending,
    documentsNotListed: result.issues.find((issue) => issue.rule === 'documentsNotListed')?.count ?? 0,
    errors,
    warnings: result.issues.length - errors,
    topReasons: [...reasons.values()].sort((a, b) => b.count - a.count).slice(0, TOP_REASONS),
  };
}
