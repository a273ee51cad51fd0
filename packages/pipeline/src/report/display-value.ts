/**
 * A record value as `report.html` shows it: a list joined with commas, an object as JSON,
 * `undefined` as nothing, anything else as its string (escaped by the caller).
 *
 * @example
 * ```ts
 * displayValue(['01', '02']); // '01, 02'
 * ```
 */
export function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value === undefined ? '' : String(value);
}
