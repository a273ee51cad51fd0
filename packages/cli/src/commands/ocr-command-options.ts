import type { MessageLanguage } from '@sohoa/base';
import type { DigitizeOcrOptions } from '@sohoa/pipeline';
import type { Command } from 'commander';
import { HELP_VALUES } from './help-values.js';
import { sayIn } from './in-language.js';
import { parseCount, parseSecondsAsMs } from './parse-options.js';

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
 * `--no-ocr-columns`, `--no-ocr-correct`) to a command, with digitize's defaults in their help,
 * which is in `language` (default English), as are their usage errors.
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 * import { ocrSettingsOf, withOcrOptions } from '@sohoa/cli';
 *
 * const command = withOcrOptions(new Command('submit'), 'vi').action((options) => ocrSettingsOf(options));
 * ```
 */
export function withOcrOptions(command: Command, language: MessageLanguage = 'en'): Command {
  const say = sayIn(language);
  return command
    .option(
      '--detect-orientation',
      say(
        'xoay thẳng trang quét nằm ngang hoặc lộn ngược (nhận biết hướng trang của tesseract; mặc định: bật)',
        "turn pages scanned sideways or upside down upright (tesseract's orientation detection; default: on)",
      ),
    )
    .option(
      '--no-detect-orientation',
      say(
        'đọc trang như khi quét, không nhận biết hướng trang',
        'read pages as scanned, without orientation detection',
      ),
    )
    .option(
      '--pages-per-worker <number>',
      say(
        `số trang một tiến trình OCR đọc trước khi được thay bằng tiến trình mới, để giới hạn bộ nhớ (mặc định: ${HELP_VALUES.pagesPerWorker})`,
        `pages an OCR worker reads before a fresh one replaces it, bounding memory (default: ${HELP_VALUES.pagesPerWorker})`,
      ),
      parseCount(language),
    )
    .option(
      '--ocr-timeout <seconds>',
      say(
        `thời gian OCR dài nhất của một trang, quá thì trang lỗi OCR_TIMEOUT (mặc định: ${HELP_VALUES.ocrPageTimeoutMs / 1000})`,
        `longest time one page's OCR may take before it fails with OCR_TIMEOUT (default: ${HELP_VALUES.ocrPageTimeoutMs / 1000})`,
      ),
      parseSecondsAsMs(language),
    )
    .option(
      '--no-ocr-columns',
      say(
        'giữ thứ tự đọc của tesseract (không đọc cột trái trước ở vùng hai cột)',
        "keep tesseract's reading order (no left-column-first two-column zones)",
      ),
    )
    .option(
      '--no-ocr-correct',
      say(
        'không sửa sau OCR các từ không phải từ tiếng Việt',
        'no post-correction of words that are not Vietnamese words',
      ),
    );
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
