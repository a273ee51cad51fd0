export {
  chooseTextLayer,
  type ExistingTextLayer,
  TEXT_LAYER_MODES,
  type TextLayerChoice,
  type TextLayerMode,
  type TextLayerSource,
} from './combine/choose-text-layer.js';
export {
  type CombinedReading,
  type CombineReadingsOptions,
  combineReadings,
  type ReadingSource,
  type WordChoice,
} from './combine/combine-readings.js';
export {
  type TextLayerRecord,
  type TextLayerSoftware,
  textLayerRecord,
} from './combine/text-layer-record.js';
export { type CorrectedPage, type Correction, correctPage } from './correction/correct-page.js';
export { createOcrEngine, type OcrEngineOptions } from './engine/create-ocr-engine.js';
export { LANGUAGE_PACKAGES, type OcrLanguage, resolveLanguageData } from './engine/language-data.js';
export { OCR_ERROR_CODES, type OcrErrorCode } from './errors/ocr-error-codes.js';
export { type PointBox, toPdfPoints } from './export/pdf-points.js';
export { type AltoOptions, toAlto } from './export/to-alto.js';
export { type HocrOptions, toHocr } from './export/to-hocr.js';
export { toJson } from './export/to-json.js';
export { toPlainText } from './export/to-plain-text.js';
export {
  type DocumentHeader,
  type ExtractHeaderOptions,
  extractHeader,
  type HeaderField,
} from './header/extract-header.js';
export { orderColumns } from './layout/order-columns.js';
export { isSealRed, type RgbImage } from './layout/seal-ink.js';
export {
  createOrientationDetector,
  type DetectedOrientation,
  type OcrOrientationDetector,
  type OrientationDetectorOptions,
} from './orientation/create-orientation-detector.js';
export { OSD_PACKAGE, resolveOsdData } from './orientation/osd-data.js';
export {
  createOcrPool,
  OCR_PAGE_TIMEOUT_MS_DEFAULT,
  type OcrEngine,
  type OcrPool,
  type OcrPoolOptions,
  type OcrPoolStats,
  type RecognizeOptions,
} from './pool/create-ocr-pool.js';
export type {
  Baseline,
  MissingText,
  MissingTextKind,
  OcrBlock,
  OcrLine,
  OcrPage,
  OcrParagraph,
  OcrWord,
  PixelBox,
} from './result/ocr-result.js';
export { pageLines } from './result/page-lines.js';
export { VERSION } from './version.js';
export { placeToneMarks, searchKey, type ToneMarkStyle, unaccentedKey } from './vietnamese/search-keys.js';
