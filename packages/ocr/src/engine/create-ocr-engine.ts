import { type GrayImage, SohoaError } from '@sohoa/core';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrPage } from '../result/ocr-result.js';
import { convertResult } from './convert-result.js';
import { type OcrLanguage, resolveLanguageData } from './language-data.js';
import { toPgm } from './to-pgm.js';

/** Options of {@link createOcrEngine}. */
export interface OcrEngineOptions {
  /**
   * The language model to read with.
   * @default 'vie'
   */
  language?: OcrLanguage;
  /**
   * A folder holding `<language>.traineddata.gz`, instead of the one in the language's npm package.
   * @default the `4.0.0_best_int` folder of `@tesseract.js-data/<language>`
   */
  languageDataPath?: string;
}

/** A started OCR engine. Reuse it for many pages; call {@link OcrEngine.terminate} when done. */
export interface OcrEngine {
  /**
   * Reads one page. The image's `dpi` is passed to the engine, which sizes its text model by it.
   * @throws {@link SohoaError} `OCR_ENGINE_FAILED`.
   */
  recognize(image: GrayImage): Promise<OcrPage>;
  /** Stops the engine and frees its memory. */
  terminate(): Promise<void>;
}

/**
 * Starts a Vietnamese OCR engine (tesseract.js, LSTM engine only, automatic page segmentation),
 * fully offline: the model comes from the installed npm package, nothing is downloaded and no
 * cache file is written.
 *
 * @throws {@link SohoaError} `OCR_LANGUAGE_DATA_MISSING` when the model is not installed,
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
export async function createOcrEngine(options: OcrEngineOptions = {}): Promise<OcrEngine> {
  const language = options.language ?? 'vie';
  const { folder } = await resolveLanguageData(language, options.languageDataPath);
  let worker: Worker;
  try {
    worker = await createWorker(language, OEM.LSTM_ONLY, {
      langPath: folder,
      gzip: true,
      cacheMethod: 'none',
      logger: () => {},
      errorHandler: () => {},
    });
    await worker.setParameters({
      tessedit_pageseg_mode: PSM.AUTO,
      // Tesseract prints "Detected N diacritics" for every page; send its debug output nowhere.
      debug_file: '/dev/null',
    });
  } catch (cause) {
    throw new SohoaError({
      code: 'OCR_ENGINE_FAILED',
      message: `The OCR engine could not start with the "${language}" model from "${folder}": ${describe(cause)}.`,
      fix: 'Reinstall the language package (`npm install @tesseract.js-data/vie`); if the model file was replaced, restore it.',
      cause,
      details: { language, folder },
    });
  }
  return {
    async recognize(image) {
      try {
        const result = await worker.recognize(
          toPgm(image),
          { user_defined_dpi: String(Math.round(image.dpi)) } as Record<string, string>,
          { blocks: true, text: false },
        );
        return convertResult(result.data, { width: image.width, height: image.height, dpi: image.dpi });
      } catch (cause) {
        throw new SohoaError({
          code: 'OCR_ENGINE_FAILED',
          message: `OCR failed on a ${image.width} × ${image.height} page: ${describe(cause)}.`,
          fix: 'Check the page image; if the failure repeats on good pages, report it with the image.',
          cause,
          details: { width: image.width, height: image.height },
        });
      }
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
