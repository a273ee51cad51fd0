export {
  type DigitizeConfig,
  digitizeConfigSchema,
  loadDigitizeConfig,
  settingsOfConfig,
} from './digitize/config-file.js';
export {
  type DossierFolder,
  type DossierFolderDocument,
  type DossierFolderRun,
  PAGE_EXTENSIONS,
  readDossierFolder,
} from './digitize/dossier-folder.js';
export { type P12SigningOptions, p12SigningHook } from './digitize/p12-signing-hook.js';
export { PIPELINE_ERROR_CODES, type PipelineErrorCode } from './errors/pipeline-error-codes.js';
export { type CleanedAndRead, cleanAndRead } from './pipeline/clean-and-read.js';
export { expandPageFiles } from './pipeline/expand-page-files.js';
export * from './pipeline/index.js';
export { mapOrdered } from './pipeline/map-ordered.js';
export { ocrSoftware } from './pipeline/ocr-software.js';
export { pageColour } from './pipeline/page-colour.js';
export { PdfPageReader, type ScannedPage } from './pipeline/pdf-page-reader.js';
export { requireConformingPdfA } from './pipeline/require-conforming-pdfa.js';
export {
  type RewriteScannerPdfOptions,
  type RewrittenScannerPdf,
  rewriteScannerPdf,
} from './pipeline/rewrite-scanner-pdf.js';
export { type ScanPageCounter, scanPageCounter } from './pipeline/scan-page-counter.js';
export { TiffPageReader } from './pipeline/tiff-page-reader.js';
export * from './report/index.js';
export { VERSION } from './version.js';
