import { SohoaError } from '@sohoa/base';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrErrorCode } from '../errors/ocr-error-codes.js';
import type { OcrLanguage } from './language-data.js';
import { startTesseract } from './start-tesseract.js';
import { describeCause, type StartedWorker, watchWorker } from './watch-worker.js';

/**
 * Starts one tesseract.js worker with sohoa's settings: LSTM engine only, automatic page
 * segmentation, local gzipped model, no cache file, debug output discarded.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_ENGINE_FAILED` when the worker cannot start
 * (a model it cannot load, a thread that dies while starting: see `startTesseract`).
 */
export async function startWorker(
  language: OcrLanguage,
  folder: string,
  settings: { invertedText: boolean } = { invertedText: true },
): Promise<StartedWorker> {
  let worker: Worker;
  try {
    worker = await startTesseract(async (errorHandler) => {
      const created = await createWorker(language, OEM.LSTM_ONLY, {
        langPath: folder,
        gzip: true,
        cacheMethod: 'none',
        logger: () => {},
        errorHandler,
      });
      await created.setParameters({
        tessedit_pageseg_mode: PSM.AUTO,
        // Tesseract 5 re-reads each low-confidence line inverted (white on black) unless told not to.
        tessedit_do_invert: settings.invertedText ? '1' : '0',
        // Tesseract prints "Detected N diacritics" for every page; send its debug output nowhere.
        debug_file: '/dev/null',
      });
      return created;
    });
  } catch (cause) {
    const reason = describeCause(cause);
    throw new SohoaError<OcrErrorCode>({
      code: 'OCR_ENGINE_FAILED',
      message: {
        vi: `Không khởi động được bộ máy OCR với mô hình "${language}" trong "${folder}": ${reason}.`,
        en: `The OCR engine could not start with the "${language}" model from "${folder}": ${reason}.`,
      },
      fix: {
        vi: 'Cài lại gói ngôn ngữ (`npm install @tesseract.js-data/vie`); nếu tệp mô hình đã bị thay, hãy khôi phục tệp gốc.',
        en: 'Reinstall the language package (`npm install @tesseract.js-data/vie`); if the model file was replaced, restore it.',
      },
      cause,
      details: { language, folder },
    });
  }
  return watchWorker(worker);
}
