/**
 * A new record of the values of `sources` (the first source holding a key wins) with its keys in
 * the given order, the others after them, without undefined values. Read key by key rather than
 * spread together: spreading records into one is many times slower, and a catalog builds one per
 * row.
 */
export function orderLike(
  order: readonly string[],
  ...sources: Array<Record<string, unknown>>
): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of order) {
    for (const source of sources) {
      const value = source[key];
      if (value === undefined) continue;
      ordered[key] = value;
      break;
    }
  }
  for (const source of sources) {
    for (const key in source) {
      if (source[key] !== undefined && !Object.hasOwn(ordered, key)) ordered[key] = source[key];
    }
  }
  return ordered;
}
