export {
  type AnalyzePageOptions,
  analyzePage,
  type BorderWidths,
  type CheckScanProfileOptions,
  type ColorInfo,
  checkScanProfile,
  type DetectSkewOptions,
  describeColor,
  detectOrientation,
  detectSkew,
  measureSharpness,
  type OrientationDetector,
  type PageAnalysis,
  type PageOrientation,
  type QuarterTurn,
  type ScannedMaterial,
  type ScanProfileReport,
  type ScanProfileViolation,
  type SkewEstimate,
} from './analysis/index.js';
export {
  type BinarizeSauvolaOptions,
  binarizeSauvola,
  type CleanedImage,
  type CleanedMaster,
  type CleanedOcrPage,
  type CleanedPage,
  type CleanPageOptions,
  cleanPage,
  cleanPageForOcr,
  type DespeckleOptions,
  type DespeckleResult,
  despeckle,
  mapFromSource,
  mapToSource,
  normalizeBackground,
  type PageGeometry,
  upscaledSize,
} from './cleanup/index.js';
export {
  CORE_ERROR_CODES,
  type CoreErrorCode,
  ERROR_CODES,
  SohoaError,
  type SohoaErrorCode,
  type SohoaErrorOptions,
} from './errors/index.js';
export { readInputFile } from './fs/read-input-file.js';
export { writeFileAtomic } from './fs/write-file-atomic.js';
export { encodeForPdf, type PdfReadyImage } from './image/encode-for-pdf.js';
export type { GrayImage } from './image/gray-image.js';
export { type LoadPageImageOptions, loadPageImage } from './image/load-page-image.js';
export { makeOcrCopy } from './image/make-ocr-copy.js';
export type { PageImage, PageImageFormat } from './image/page-image.js';
export { type PagesInput, readPages } from './image/read-pages.js';
export { type ReadTiffPageOptions, readTiffPage } from './image/read-tiff-page.js';
export { characterErrorRate, collapseWhitespace, orderFreeWordError, toNfc } from './text/moved-to-base.js';
export { VERSION } from './version.js';
