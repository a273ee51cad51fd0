import { InvalidArgumentError } from 'commander';

/** Parses a positive number option (`--dpi 300`), rejecting anything else with a usage error. */
export function parsePositiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new InvalidArgumentError(`expected a positive number, got "${value}".`);
  }
  return number;
}

/** Parses a physical size in millimetres written `WxH` (`210x297`), rejecting anything else. */
export function parseSizeMm(value: string): { width: number; height: number } {
  const match = /^(\d+(?:\.\d+)?)[x×](\d+(?:\.\d+)?)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a size in millimetres like 210x297, got "${value}".`);
  return { width: Number(match[1]), height: Number(match[2]) };
}
