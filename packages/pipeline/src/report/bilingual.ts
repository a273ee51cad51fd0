import { escapeHtml } from './escape-html.js';

/**
 * A label of `report.html`: the Vietnamese, then the English in small print, both escaped.
 *
 * @example
 * ```ts
 * bilingual('Hồ sơ', 'Dossier'); // 'Hồ sơ <small lang="en">Dossier</small>'
 * ```
 */
export function bilingual(vietnamese: string, english: string): string {
  return `${escapeHtml(vietnamese)} <small lang="en">${escapeHtml(english)}</small>`;
}
