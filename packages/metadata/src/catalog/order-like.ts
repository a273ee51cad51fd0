/** A copy of `record` with its keys in the given order (others after them), without undefined values. */
export function orderLike(record: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(record)])
    if (record[key] !== undefined) ordered[key] = record[key];
  return ordered;
}
