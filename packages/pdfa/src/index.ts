export { type BilevelImage, encodeCcittG4 } from './ccitt/encode-ccitt-g4.js';
export {
  type CheckPdfAOptions,
  checkPdfA,
  type PdfAAdvisory,
  type PdfACheckReport,
  type PdfAClaim,
  type PdfAFailure,
  type PdfAPart,
  type PdfFileSlice,
} from './checker/index.js';
export { PDFA_ERROR_CODES, type PdfaErrorCode } from './errors/pdfa-error-codes.js';
export {
  type OpenScannedPdfOptions,
  openScannedPdf,
  type ScannedPdf,
  type ScannedPdfPage,
  type ScannedPdfPageSize,
} from './reader/open-scanned-pdf.js';
export type { OriginalImageRefusal } from './reader/page-original-image.js';
export { type ReadTextLayerOptions, readTextLayer } from './reader/read-text-layer.js';
export type {
  LayerBox,
  LayerLine,
  LayerWord,
  TextLayerCheck,
  TextLayerPage,
  TextLayerProblem,
  TextLayerProblemCode,
} from './reader/text-layer-page.js';
export {
  type PageTextLayer,
  type RewriteScannedPdfOptions,
  type RewrittenPage,
  type RewrittenPdf,
  rewriteScannedPdf,
} from './rewrite/rewrite-scanned-pdf.js';
export type { DocumentDescription } from './rewrite/true-pdfa-claim.js';
export { type SignPdfOptions, signPdf, vietnamIsoTime } from './signature/sign-pdf.js';
export {
  type PdfSignatureCheck,
  type PdfSignatureReport,
  verifyPdfSignature,
} from './signature/verify-pdf-signature.js';
export { VERSION } from './version.js';
export {
  ARCHIVAL_NAMESPACES,
  type ArchivalMetadata,
  type ArchivalValue,
} from './writer/archival-metadata.js';
export { formatPdfDates, type PdfDates } from './writer/pdf-dates.js';
export type {
  AssociatedFileRelationship,
  CcittPageImage,
  EncodedPageImage,
  PdfAAttachment,
  PdfAOptions,
  PdfAPage,
  PdfAPageSource,
} from './writer/pdfa-options.js';
export { PRODUCER, streamPdfA } from './writer/stream-pdfa.js';
export type { TextLayerInput, TextLayerLine } from './writer/text-layer-input.js';
export { writePdfA } from './writer/write-pdfa.js';
export { writePdfAFile } from './writer/write-pdfa-file.js';
