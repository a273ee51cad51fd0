export { checkPdfA } from './check-pdfa.js';
export type { PdfAAdvisory, PdfACheckReport, PdfAClaim, PdfAFailure } from './report.js';
