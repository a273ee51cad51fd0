import type { ReportDocument } from './report-state.js';

/** Mean page confidence (0–100) below which a document's OCR counts as a problem. */
export const LOW_PAGE_CONFIDENCE = 80;

/** One kind of problem of a document, counted, with its labels in Vietnamese and English. */
export interface DocumentProblem {
  kind:
    | 'failed'
    | 'disagreements'
    | 'missing-text'
    | 'violations'
    | 'low-confidence'
    | 'suggestions'
    | 'blank'
    | 'warnings';
  count: number;
  vi: string;
  en: string;
}

/** What the report shows of a document's problems, and the score the table sorts them by. */
export interface DocumentProblems {
  problems: DocumentProblem[];
  /** Higher is worse: a failure outweighs any number of disagreements, which outweigh violations, and so on. */
  score: number;
  /** Mean OCR confidence of the pages, 0–100; absent for a failed document. */
  confidence?: number | undefined;
  /** Pages' scan-profile violations. */
  violations: number;
  /** Regions where text may be missing (ink like text where OCR read no word), over all pages. */
  missingText: number;
  /** Words read with low confidence, over all pages. */
  lowConfidenceWords: number;
  /** The largest skew corrected on a page, degrees (absolute). */
  deskew: number;
}

const WEIGHTS: Record<DocumentProblem['kind'], number> = {
  failed: 10_000,
  disagreements: 1_000,
  'missing-text': 500,
  violations: 300,
  'low-confidence': 100,
  suggestions: 30,
  blank: 10,
  warnings: 3,
};

/**
 * The problems of a document for `report.html`: its failure, header disagreements with the
 * catalog, regions where text may be missing (a line OCR may have lost: worse than a scan-profile
 * violation), scan-profile violations, low OCR confidence (mean under {@link LOW_PAGE_CONFIDENCE}, or
 * words read under 70), suggested readings to confirm, blank pages and cleanup warnings; with a
 * score that orders documents worst first.
 *
 * @example
 * ```ts
 * const { problems, score } = documentProblems(document);
 * problems.map((problem) => `${problem.count} ${problem.en}`); // ['1 metadata disagreements', …]
 * ```
 */
export function documentProblems(document: ReportDocument): DocumentProblems {
  const record = document.record;
  if (!record) {
    return {
      problems: [{ kind: 'failed', count: 1, vi: 'Lỗi', en: 'failed' }],
      score: WEIGHTS.failed,
      violations: 0,
      missingText: 0,
      lowConfidenceWords: 0,
      deskew: 0,
    };
  }
  const pages = record.pages;
  const confidence = pages.reduce((sum, page) => sum + page.confidence, 0) / Math.max(1, pages.length);
  const violations = pages.reduce((sum, page) => sum + page.violations.length, 0);
  const words = pages.reduce((sum, page) => sum + (page.lowConfidenceWords?.length ?? 0), 0);
  const missingText = pages.reduce((sum, page) => sum + (page.missingText?.length ?? 0), 0);
  const counts: [DocumentProblem['kind'], number, string, string][] = [
    ['disagreements', record.disagreements.length, 'chênh lệch siêu dữ liệu', 'metadata disagreements'],
    ['missing-text', missingText, 'vùng có thể thiếu chữ', 'regions where text may be missing'],
    ['violations', violations, 'vi phạm quy cách quét', 'scan-profile violations'],
    [
      'low-confidence',
      confidence < LOW_PAGE_CONFIDENCE ? Math.max(1, words) : words,
      'từ nhận dạng kém tin cậy',
      'low-confidence words',
    ],
    ['suggestions', record.suggested?.length ?? 0, 'gợi ý cần xác nhận', 'readings to confirm'],
    ['blank', pages.filter((page) => page.blank).length, 'trang trắng', 'blank pages'],
    ['warnings', pages.reduce((sum, page) => sum + page.warnings.length, 0), 'cảnh báo', 'warnings'],
  ];
  const problems = counts
    .filter(([, count]) => count > 0)
    .map(([kind, count, vi, en]) => ({ kind, count, vi, en }));
  return {
    problems,
    score: problems.reduce((sum, problem) => sum + WEIGHTS[problem.kind] * Math.min(problem.count, 9), 0),
    confidence,
    violations,
    missingText,
    lowConfidenceWords: words,
    deskew: Math.max(0, ...pages.map((page) => Math.abs(page.deskewAngle))),
  };
}
