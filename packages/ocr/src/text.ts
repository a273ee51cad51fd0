/**
 * `@sohoa/ocr/text`: the functions of `@sohoa/ocr` that work on recognized text and need neither
 * the OCR engine nor Node — header extraction, post-correction, search keys, column order,
 * combining readings, and the ALTO, hOCR, JSON and plain-text exports. They run in a browser
 * (bundle with `platform: 'browser'`; the Vietnamese lexicon of the correction is about 150 kB of
 * the bundle). The same functions are exported by `@sohoa/ocr`.
 *
 * @packageDocumentation
 */

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
export { pageLines } from './result/page-lines.js';
export { placeToneMarks, searchKey, type ToneMarkStyle, unaccentedKey } from './vietnamese/search-keys.js';
