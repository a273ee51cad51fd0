export { type CheckPdfAOptions, checkPdfA } from './check-pdfa.js';
export type { PdfFileSlice } from './pdf-source.js';
export type { PdfAAdvisory, PdfACheckReport, PdfAClaim, PdfAFailure } from './report.js';
export type { PdfAPart } from './rule.js';
