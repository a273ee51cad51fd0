const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a value for HTML text and quoted attribute values: every string `report.html` shows
 * (metadata, OCR text, file names, error messages) goes through it, so none can inject markup.
 * `undefined` and `null` become the empty string; other values are converted with `String`.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Số"</b> & ký hiệu'); // '&lt;b&gt;&quot;Số&quot;&lt;/b&gt; &amp; ký hiệu'
 * ```
 */
export function escapeHtml(value: unknown): string {
  if (value === undefined || value === null) return '';
  return String(value).replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}
