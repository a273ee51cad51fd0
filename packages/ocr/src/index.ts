export { createOcrEngine, type OcrEngine, type OcrEngineOptions } from './engine/create-ocr-engine.js';
export { LANGUAGE_PACKAGES, type OcrLanguage, resolveLanguageData } from './engine/language-data.js';
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
