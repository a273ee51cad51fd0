import { fieldLabel } from '@sohoa/metadata';
import type { PlannedDerivation } from '../pipeline/planned-dossier.js';
import { bilingual } from './bilingual.js';
import { displayField, displayValue } from './display-value.js';
import { escapeHtml } from './escape-html.js';

/** How a value was derived (`Derivation.how` of `@sohoa/metadata`), in Vietnamese and English. */
const HOW: Record<string, [string, string]> = {
  parts: ['Ghép từ các phần', 'built from parts'],
  'date-parts': ['Ghép từ ngày, tháng, năm', 'date from day, month and year'],
  date: ['Viết lại ngày theo DD/MM/YYYY', 'date rewritten as DD/MM/YYYY'],
  'date-range': ['Tách từ khoảng thời gian', 'split from a date range'],
  'free-text-code': ['Chữ đổi thành mã', 'free text read as a code'],
  'scan-pages': ['Đếm từ bản quét', 'counted from the scan'],
  documents: ['Đếm từ các văn bản', 'counted from the documents'],
  dossier: ['Lấy từ hồ sơ', 'taken from the dossier'],
  'whole-dossier': [
    'Cả hồ sơ quét thành một văn bản: lấy từ dòng hồ sơ',
    "whole dossier scanned as one document: from the dossier's row",
  ],
  default: ['Giá trị mặc định', 'default'],
  option: ['Tùy chọn dòng lệnh hoặc cấu hình', 'given as an option'],
};

/**
 * The table of `report.html` listing the values a catalog import derived for a document and its
 * dossier: the field, the value, how it was derived, and each source (sheet, cell, heading and
 * value as read), so an archivist can audit every value sohoa built rather than read. Empty when
 * there are none (a dossier folder).
 *
 * @example
 * ```ts
 * renderDerivations([{ record: 'dossier', field: 'startDate', value: '01/03/1995', how: 'date-parts',
 *   from: [{ sheet: 'Mục lục', row: 2, column: 'G', heading: 'Ngày bắt đầu', value: 1 }] }]);
 * ```
 */
export function renderDerivations(derivations: readonly PlannedDerivation[] | undefined): string {
  if (!derivations?.length) return '';
  const rows = derivations.map((derivation) => {
    const label = fieldLabel(derivation.field);
    const record =
      derivation.record === 'dossier' ? bilingual('Hồ sơ', 'dossier') : bilingual('Văn bản', 'document');
    const [vietnamese, english] = HOW[derivation.how] ?? [derivation.how, derivation.how];
    const sources = derivation.from.map((source) => {
      // A cell (`Sheet!G5`), a whole row (`Sheet!5:5`), or an option (`(options)`).
      const cell = source.column
        ? `${source.sheet}!${source.column}${source.row}`
        : source.row > 0
          ? `${source.sheet}!${source.row}:${source.row}`
          : source.sheet;
      const heading = source.heading ? ` “${source.heading}”` : '';
      return `<li><code>${escapeHtml(cell)}</code>${escapeHtml(heading)} = ${escapeHtml(displayValue(source.value))}</li>`;
    });
    return [
      `<tr data-field="${escapeHtml(derivation.field)}" data-how="${escapeHtml(derivation.how)}">`,
      `<td>${record}</td><th scope="row">${bilingual(label.vi, label.en)}</th>`,
      `<td>${escapeHtml(displayField(derivation.field, derivation.value))}</td><td>${bilingual(vietnamese, english)}</td>`,
      `<td>${sources.length ? `<ul>${sources.join('')}</ul>` : ''}</td></tr>`,
    ].join('');
  });
  return [
    `<details class="derivations" open><summary>${bilingual(`Giá trị suy ra (${derivations.length})`, 'Derived values, with their sources')}</summary>`,
    '<table class="derivations"><thead><tr>',
    `<th>${bilingual('Của', 'Of')}</th><th>${bilingual('Trường', 'Field')}</th><th>${bilingual('Giá trị', 'Value')}</th>`,
    `<th>${bilingual('Cách suy ra', 'How')}</th><th>${bilingual('Nguồn (ô, tiêu đề cột = giá trị)', 'From (cell, heading = value)')}</th>`,
    `</tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
  ].join('');
}
