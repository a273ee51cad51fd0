import { OCR_PAGE_TIMEOUT_MS_DEFAULT } from '@sohoa/ocr';
import { DIGITIZE_PAGES_PER_WORKER_DEFAULT, type DigitizeOcrOptions } from '@sohoa/pipeline';
import { type Command, InvalidArgumentError } from 'commander';

/**
 * The OCR flags shared by `sohoa digitize` and `sohoa queue submit`, as commander parses them.
 *
 * @example
 * ```ts
 * const options: OcrCommandOptions = { pagesPerWorker: 20, ocrTimeout: 90_000, ocrCorrect: false };
 * ```
 */
export interface OcrCommandOptions {
  pagesPerWorker?: number | undefined;
  /** Milliseconds (the flag is given in seconds). */
  ocrTimeout?: number | undefined;
  ocrColumns?: boolean | undefined;
  ocrCorrect?: boolean | undefined;
  detectOrientation?: boolean | undefined;
}

/**
 * Adds the OCR flags (`--pages-per-worker`, `--ocr-timeout <seconds>`, `--[no-]detect-orientation`,
 * `--no-ocr-columns`, `--no-ocr-correct`) to a command, with digitize's defaults in their help.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { ocrSettingsOf, withOcrOptions } from '@sohoa/cli';
 *
 * const command = withOcrOptions(new Command('submit')).action((options) => ocrSettingsOf(options));
 * ```
 */
export function withOcrOptions(command: Command): Command {
  return command
    .option(
      '--detect-orientation',
      "turn pages scanned sideways or upside down upright (tesseract's orientation detection; default: on)",
    )
    .option('--no-detect-orientation', 'read pages as scanned, without orientation detection')
    .option(
      '--pages-per-worker <number>',
      `pages an OCR worker reads before a fresh one replaces it, bounding memory (default: ${DIGITIZE_PAGES_PER_WORKER_DEFAULT})`,
      parseWholeNumber,
    )
    .option(
      '--ocr-timeout <seconds>',
      `longest time one page's OCR may take before it fails with OCR_TIMEOUT (default: ${OCR_PAGE_TIMEOUT_MS_DEFAULT / 1000})`,
      parseSecondsToMs,
    )
    .option('--no-ocr-columns', "keep tesseract's reading order (no left-column-first two-column zones)")
    .option('--no-ocr-correct', 'no post-correction of words that are not Vietnamese words');
}

/**
 * The `ocr` options of `digitize` from the flags: only what was given (`false` for a `--no-…`
 * flag), so that a config file or the defaults fill the rest.
 *
 * @example
 * ```ts
 * ocrSettingsOf({ ocrTimeout: 90_000, ocrColumns: false }); // { timeoutMs: 90000, orderColumns: false }
 * ```
 */
export function ocrSettingsOf(options: OcrCommandOptions): DigitizeOcrOptions {
  const settings: DigitizeOcrOptions = {
    pagesPerWorker: options.pagesPerWorker,
    timeoutMs: options.ocrTimeout,
    orderColumns: options.ocrColumns === false ? false : undefined,
    correct: options.ocrCorrect === false ? false : undefined,
    detectOrientation: options.detectOrientation,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

function parseWholeNumber(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}".`);
  }
  return number;
}

function parseSecondsToMs(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new InvalidArgumentError(`expected a positive number of seconds, got "${value}".`);
  }
  return Math.max(1, Math.round(seconds * 1000));
}
