import type { OcrPoolOptions } from '@sohoa/ocr';
import {
  DIGITIZE_DETECT_ORIENTATION_DEFAULT,
  DIGITIZE_PAGES_PER_WORKER_DEFAULT,
  type DigitizeOcrOptions,
  type DigitizeOptions,
} from './digitize-options.js';

/** The OCR pool settings of a digitize run: its `ocr` options over digitize's own defaults. */
export function ocrPoolSettings(
  ocr: DigitizeOcrOptions = {},
): Pick<OcrPoolOptions, 'pagesPerWorker' | 'timeoutMs' | 'orderColumns' | 'correct'> {
  return {
    pagesPerWorker: ocr.pagesPerWorker ?? DIGITIZE_PAGES_PER_WORKER_DEFAULT,
    ...(ocr.timeoutMs === undefined ? {} : { timeoutMs: ocr.timeoutMs }),
    ...(ocr.orderColumns === undefined ? {} : { orderColumns: ocr.orderColumns }),
    ...(ocr.correct === undefined ? {} : { correct: ocr.correct }),
  };
}

/** Whether pages are turned upright by tesseract's orientation detection (never without cleanup). */
export function detectsOrientation(options: Pick<DigitizeOptions, 'cleanup' | 'ocr'>): boolean {
  return options.cleanup !== false && (options.ocr?.detectOrientation ?? DIGITIZE_DETECT_ORIENTATION_DEFAULT);
}
