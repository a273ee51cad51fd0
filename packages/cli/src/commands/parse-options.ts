import type { MessageLanguage } from '@sohoa/base';
import { InvalidArgumentError } from 'commander';

/**
 * A parser of a positive number option (`--dpi 300`) that refuses anything else with a usage
 * error in `language`.
 *
 * @example
 * ```ts
 * command.option('--dpi <number>', 'resolution', parsePositiveNumber('vi'));
 * ```
 */
export function parsePositiveNumber(language: MessageLanguage): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) {
      throw new InvalidArgumentError(
        language === 'vi'
          ? `cần một số dương, nhận "${value}".`
          : `expected a positive number, got "${value}".`,
      );
    }
    return number;
  };
}

/**
 * A parser of a physical size in millimetres written `WxH` (`210x297`) that refuses anything else
 * with a usage error in `language`.
 *
 * @example
 * ```ts
 * command.option('--original-size <WxH>', 'size', parseSizeMm('en'));
 * ```
 */
export function parseSizeMm(language: MessageLanguage): (value: string) => { width: number; height: number } {
  return (value) => {
    const match = /^(\d+(?:\.\d+)?)[x×](\d+(?:\.\d+)?)$/.exec(value.trim());
    if (!match)
      throw new InvalidArgumentError(
        language === 'vi'
          ? `cần kích thước tính bằng milimét dạng 210x297, nhận "${value}".`
          : `expected a size in millimetres like 210x297, got "${value}".`,
      );
    return { width: Number(match[1]), height: Number(match[2]) };
  };
}

/**
 * A parser of a whole number ≥ 1 (`--jobs 2`, `--concurrency 2`) that refuses anything else with a
 * usage error in `language`.
 *
 * @example
 * ```ts
 * command.option('-j, --jobs <number>', 'pages read at once', parseCount('vi'));
 * ```
 */
export function parseCount(language: MessageLanguage): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) {
      throw new InvalidArgumentError(
        language === 'vi'
          ? `cần một số nguyên ≥ 1, nhận "${value}".`
          : `expected a whole number ≥ 1, got "${value}".`,
      );
    }
    return number;
  };
}

/**
 * A parser of a number of seconds > 0 (`--ocr-timeout 90`), returned in milliseconds (at least 1),
 * that refuses anything else with a usage error in `language`.
 *
 * @example
 * ```ts
 * parseSecondsAsMs('en')('1.5'); // 1500
 * ```
 */
export function parseSecondsAsMs(language: MessageLanguage): (value: string) => number {
  return (value) => {
    const seconds = Number(value);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new InvalidArgumentError(
        language === 'vi'
          ? `cần một số giây dương, nhận "${value}".`
          : `expected a positive number of seconds, got "${value}".`,
      );
    }
    return Math.max(1, Math.round(seconds * 1000));
  };
}

/**
 * A parser of an ISO 8601 time (`--created-at 2025-06-01T00:00:00+07:00`) that refuses anything
 * else with a usage error in `language`.
 *
 * @example
 * ```ts
 * parseTime('en')('2025-06-01T00:00:00Z').toISOString(); // '2025-06-01T00:00:00.000Z'
 * ```
 */
export function parseTime(language: MessageLanguage): (value: string) => Date {
  return (value) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
      throw new InvalidArgumentError(
        language === 'vi'
          ? `cần một thời điểm theo ISO 8601, nhận "${value}".`
          : `expected an ISO 8601 time, got "${value}".`,
      );
    return date;
  };
}
