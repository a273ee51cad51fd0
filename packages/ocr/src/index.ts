export { createOcrEngine, type OcrEngineOptions } from './engine/create-ocr-engine.js';
export { LANGUAGE_PACKAGES, type OcrLanguage, resolveLanguageData } from './engine/language-data.js';
export {
  createOcrPool,
  type OcrEngine,
  type OcrPool,
  type OcrPoolOptions,
  type OcrPoolStats,
  type RecognizeOptions,
} from './pool/create-ocr-pool.js';
export type {
  Baseline,
  OcrBlock,
  OcrLine,
  OcrPage,
  OcrParagraph,
  OcrWord,
  PixelBox,
} from './result/ocr-result.js';
export { pageLines } from './result/page-lines.js';
