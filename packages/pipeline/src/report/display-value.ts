import { CODE_LISTS } from '@sohoa/metadata';

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

/**
 * A field's value as `report.html` shows it: a value of a Thông tư 05/2025 code list with the
 * name of its code beside it (`15 — Tờ trình`, each code of a list named), anything else as
 * {@link displayValue} shows it.
 *
 * @example
 * ```ts
 * displayField('typeName', '15'); // '15 — Tờ trình'
 * displayField('language', ['01', '02']); // '01 — Tiếng Việt, 02 — Tiếng Anh'
 * displayField('subject', 'Về việc …'); // 'Về việc …'
 * ```
 */
export function displayField(field: string, value: unknown): string {
  if (!Object.hasOwn(CODE_LISTS, field)) return displayValue(value);
  const names: Readonly<Record<string, string>> = CODE_LISTS[field as keyof typeof CODE_LISTS];
  const named = (code: unknown) =>
    typeof code === 'string' && Object.hasOwn(names, code) ? `${code} — ${names[code]}` : displayValue(code);
  return Array.isArray(value) ? value.map(named).join(', ') : named(value);
}
