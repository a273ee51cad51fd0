import { createOcrPool, type OcrPool, type OcrPoolOptions } from '../pool/create-ocr-pool.js';

/**
 * Starts a Vietnamese OCR engine: an {@link OcrPool} of one worker unless `size` says otherwise
 * (tesseract.js, LSTM engine only, automatic page segmentation), fully offline: the model comes
 * from the installed npm package, nothing is downloaded and no cache file is written. Use
 * {@link createOcrPool} to get one worker per core by default.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_LANGUAGE_DATA_MISSING` when the model is not installed,
 *   `OCR_ENGINE_FAILED` when the engine cannot start.
 *
 * @example
 * ```ts
 * import { loadPageImage, makeOcrCopy } from '@sohoa/core';
 * import { createOcrEngine } from '@sohoa/ocr';
 *
 * const engine = await createOcrEngine();
 * try {
 *   const page = await engine.recognize(await makeOcrCopy(await loadPageImage('p1.jpg')));
 *   console.log(page.text);
 * } finally {
 *   await engine.terminate();
 * }
 * ```
 */
export function createOcrEngine(options: OcrPoolOptions = {}): Promise<OcrPool> {
  return createOcrPool({ size: 1, ...options });
}

/** Options of {@link createOcrEngine}: those of {@link createOcrPool}, with `size` defaulting to 1. */
export type OcrEngineOptions = OcrPoolOptions;
