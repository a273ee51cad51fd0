export {
  checkPdfA,
  type PdfAAdvisory,
  type PdfACheckReport,
  type PdfAClaim,
  type PdfAFailure,
} from './checker/index.js';
export { formatPdfDates, type PdfDates } from './writer/pdf-dates.js';
export type { TextLayerInput, TextLayerLine } from './writer/text-layer-input.js';
export { type PdfAOptions, type PdfAPage, PRODUCER, writePdfA } from './writer/write-pdfa.js';
