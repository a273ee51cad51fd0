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

/** Parses a whole number ≥ 1 (`--jobs 2`, `--concurrency 2`), rejecting anything else with a usage error. */
export function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError(`expected a whole number ≥ 1, got "${value}".`);
  }
  return number;
}

/** Parses an ISO 8601 time (`--created-at`). */
export function parseTime(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError(`expected an ISO 8601 time, got "${value}".`);
  return date;
}
