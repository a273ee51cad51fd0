import type { ReportDocument, ReportPage } from './report-state.js';

/**
 * The most page thumbnails one `report.html` carries: about 17 KB each, so at most about 8.5 MB
 * of thumbnails whatever the size of the run.
 *
 * @example
 * ```ts
 * import { REPORT_THUMBNAIL_PAGES } from '@sohoa/pipeline';
 *
 * REPORT_THUMBNAIL_PAGES; // 500
 * ```
 */
export const REPORT_THUMBNAIL_PAGES = 500;

/**
 * The most large page views one `report.html` carries: about 110 KB each, so at most about
 * 6.6 MB of large views (pages with low-confidence words, documents with problems first).
 *
 * @example
 * ```ts
 * import { REPORT_PREVIEW_PAGES } from '@sohoa/pipeline';
 *
 * REPORT_PREVIEW_PAGES; // 60
 * ```
 */
export const REPORT_PREVIEW_PAGES = 60;

/** A document of the report with its problem score and its position in the run. */
export interface BudgetedDocument {
  document: ReportDocument;
  /** The problem score (`documentProblems`): higher is worse. */
  score: number;
  /** Position in dossier and ordinal order. */
  index: number;
}

/**
 * The documents whose pages keep their thumbnails in `report.html` when a run has more than
 * `limit` pages: documents with problems first (worst first), then in run order; a document
 * keeps all its thumbnails or none, and a document too long for what is left is passed over
 * for shorter ones after it. The others are listed without thumbnails (their PDFs are linked).
 *
 * @param pagesOf The pages of a document the limit counts. @default every page
 *
 * @example
 * ```ts
 * const kept = documentsWithThumbnails(rows, REPORT_THUMBNAIL_PAGES);
 * kept.has(rows[0].document); // true for the worst document
 * // The large views: only pages that have one count.
 * documentsWithThumbnails(rows, REPORT_PREVIEW_PAGES, (pages) => pages.filter((page) => page.preview));
 * ```
 */
export function documentsWithThumbnails(
  documents: readonly BudgetedDocument[],
  limit: number = REPORT_THUMBNAIL_PAGES,
  pagesOf: (pages: readonly ReportPage[]) => readonly ReportPage[] = (pages) => pages,
): Set<ReportDocument> {
  const kept = new Set<ReportDocument>();
  let left = limit;
  const order = [...documents].sort((a, b) => b.score - a.score || a.index - b.index);
  for (const { document } of order) {
    const pages = pagesOf(document.record?.pages ?? []).length;
    if (pages > left) continue;
    kept.add(document);
    left -= pages;
  }
  return kept;
}
