import type { MessageLanguage } from '@sohoa/base';
import { Option } from 'commander';
import { sayIn } from './in-language.js';
import { parsePositiveNumber } from './parse-options.js';

/**
 * `--dpi <number>`, the resolution to use instead of the one stored in the image files, with its
 * help and its usage error (a number that is not positive) in `language`. Every command that reads
 * scans takes it; commander leaves it `undefined` when it is not given (each file's own resolution).
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 *
 * const command = new Command('clean').addOption(dpiOption('en'));
 * command.parse(['--dpi', '300'], { from: 'user' }).opts().dpi; // 300
 * ```
 */
export function dpiOption(language: MessageLanguage): Option {
  const say = sayIn(language);
  return new Option(
    '--dpi <number>',
    say(
      'độ phân giải dùng thay cho độ phân giải ghi trong tệp',
      'resolution to use instead of the one stored in the files',
    ),
  ).argParser(parsePositiveNumber(language));
}

/**
 * `--language-data <folder>`, a folder holding `vie.traineddata.gz` to use instead of the installed
 * npm package's, with its help in `language`. Every command that runs OCR takes it; commander leaves
 * it `undefined` when it is not given (the installed `@tesseract.js-data/vie`).
 *
 * @example
 * ```ts
 * import { Command } from 'commander';
 *
 * const command = new Command('ocr').addOption(languageDataOption('vi'));
 * command.parse(['--language-data', 'models'], { from: 'user' }).opts().languageData; // 'models'
 * ```
 */
export function languageDataOption(language: MessageLanguage): Option {
  const say = sayIn(language);
  return new Option(
    '--language-data <folder>',
    say(
      'thư mục chứa vie.traineddata.gz (mặc định: gói npm đã cài)',
      'a folder holding vie.traineddata.gz (default: the installed npm package)',
    ),
  );
}
