export { LOW_WORD_CONFIDENCE, type LowConfidenceWord } from './low-confidence-words.js';
export { REPORT_FILE, writeReport } from './write-report.js';
