/** A value of a content stream beyond an implementation limit of ISO 19005-2 6.1.13 (Table 1 of ISO 32000-1 Annex C). */
export interface LimitViolation {
  /** The 6.1.13 test: 1 integer, 2 real, 3 string length, 4 name length, 5 real too close to zero. */
  test: 1 | 2 | 3 | 4 | 5;
  message: string;
}

/**
 * The limit a number breaks, if any. `real` says whether it was written with a decimal point; when
 * that is unknown (pdf-lib keeps no distinction for objects) an integral value counts as an integer.
 */
export function numberViolation(value: number, real = !Number.isInteger(value)): LimitViolation | undefined {
  if (!real) {
    return value > 2_147_483_647 || value < -2_147_483_648
      ? { test: 1, message: `The integer ${value} is out of range.` }
      : undefined;
  }
  if (Math.abs(value) > 3.403e38) return { test: 2, message: `The real ${value} is out of range.` };
  if (value !== 0 && Math.abs(value) < 1.175e-38)
    return { test: 5, message: `The real ${value} is too close to zero.` };
  return undefined;
}

/** The limit a string or name of `length` bytes breaks, if any. */
export function lengthViolation(kind: 'string' | 'name', length: number): LimitViolation | undefined {
  if (kind === 'string')
    return length > 32_767 ? { test: 3, message: `A string is ${length} bytes long.` } : undefined;
  return length > 127 ? { test: 4, message: `A name is ${length} bytes long (more than 127).` } : undefined;
}
