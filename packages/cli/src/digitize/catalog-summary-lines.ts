import type { CatalogSummary } from '@sohoa/metadata';

/**
 * The summary of a catalog import as `sohoa catalog import` and `sohoa digitize` print it: how
 * many dossiers and documents are ready and how many need fixes, the errors and warnings, then
 * the most frequent reasons (count, field and rule of each).
 *
 * @param label What the summary is of (the catalog's path).
 *
 * @example
 * ```ts
 * catalogSummaryLines('muc-luc.xlsx', summarizeCatalog(catalog));
 * // ['muc-luc.xlsx: 3 of 4 dossier(s) ready, 1 need fixes; 11 of 12 document(s) ready, 1 need fixes; 1 error(s), 0 warning(s)',
 * //  '  top reasons: 1× organName (required)']
 * ```
 */
export function catalogSummaryLines(label: string, summary: CatalogSummary): string[] {
  const { dossiers, documents } = summary;
  const lines = [
    `${label}: ${dossiers.ready} of ${dossiers.total} dossier(s) ready, ${dossiers.needFixes} need fixes; ${documents.ready} of ${documents.total} document(s) ready, ${documents.needFixes} need fixes; ${summary.errors} error(s), ${summary.warnings} warning(s)`,
  ];
  if (summary.pending > 0) {
    lines.push(`  ${summary.pending} page count(s) left to count from the scans`);
  }
  if (summary.documentsNotListed > 0) {
    lines.push(
      `  ${summary.documentsNotListed} dossier(s) of several documents list no document: add a row per document (documentsNotListed)`,
    );
  }
  if (summary.topReasons.length > 0) {
    const reasons = summary.topReasons.map((reason) => `${reason.count}× ${reason.field} (${reason.rule})`);
    lines.push(`  top reasons: ${reasons.join(', ')}`);
  }
  return lines;
}
