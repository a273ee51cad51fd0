export { type BinarizeSauvolaOptions, binarizeSauvola } from './binarize-sauvola.js';
export { type CleanedMaster, type CleanedPage, type CleanPageOptions, cleanPage } from './clean-page.js';
export { type CleanedOcrPage, cleanPageForOcr } from './clean-page-for-ocr.js';
export { type DespeckleOptions, type DespeckleResult, despeckle } from './despeckle.js';
export { normalizeBackground } from './normalize-background.js';
export { type CleanedImage, mapFromSource, mapToSource, type PageGeometry } from './page-geometry.js';
export { upscaledSize } from './upscale-gray.js';
