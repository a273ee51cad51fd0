export { LOW_WORD_CONFIDENCE, type LowConfidenceWord } from './low-confidence-words.js';
export type { ReportDocument, ReportFailure, ReportPage, ReportRecord } from './report-state.js';
export {
  type BudgetedDocument,
  documentsWithThumbnails,
  REPORT_PREVIEW_PAGES,
  REPORT_THUMBNAIL_PAGES,
} from './thumbnail-budget.js';
export { REPORT_FILE, writeReport } from './write-report.js';
