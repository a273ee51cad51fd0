import { InvalidArgumentError } from 'commander';

/** Parses a positive number option (`--dpi 300`), rejecting anything else with a usage error. */
export function parsePositiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new InvalidArgumentError(`expected a positive number, got "${value}".`);
  }
  return number;
}
