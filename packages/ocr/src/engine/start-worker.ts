import { Worker as ThreadWorker } from 'node:worker_threads';
import { SohoaError } from '@sohoa/core';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrLanguage } from './language-data.js';

/** A started tesseract.js worker and the thread it runs in. */
export interface StartedWorker {
  worker: Worker;
  /** Resolves with a description when the thread dies on its own (a crash, an out-of-memory abort). */
  died: Promise<string>;
  /** Stops the thread; `died` then never resolves. */
  stop(): Promise<void>;
}

/**
 * Starts one tesseract.js worker with sohoa's settings: LSTM engine only, automatic page
 * segmentation, local gzipped model, no cache file, debug output discarded.
 *
 * @throws {@link SohoaError} `OCR_ENGINE_FAILED` when the worker cannot start.
 */
export async function startWorker(language: OcrLanguage, folder: string): Promise<StartedWorker> {
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
      message: `The OCR engine could not start with the "${language}" model from "${folder}": ${describeCause(cause)}.`,
      fix: 'Reinstall the language package (`npm install @tesseract.js-data/vie`); if the model file was replaced, restore it.',
      cause,
      details: { language, folder },
    });
  }
  let stopping = false;
  // tesseract.js keeps its worker_threads Worker on the returned object; a job whose thread dies
  // never settles, so the pool watches the thread itself.
  const thread = (worker as unknown as { worker?: unknown }).worker;
  const died = new Promise<string>((resolve) => {
    if (!(thread instanceof ThreadWorker)) return;
    thread.once('error', (error) => {
      if (!stopping) resolve(`the worker thread failed: ${describeCause(error)}`);
    });
    thread.once('exit', (code) => {
      if (!stopping) resolve(`the worker thread exited with code ${code}`);
    });
  });
  return {
    worker,
    died,
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}

/** The message of an error or anything thrown. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
