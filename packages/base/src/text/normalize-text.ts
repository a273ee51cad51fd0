/**
 * Unicode NFC ("dựng sẵn", precomposed) form of a text: the one form sohoa stores and compares.
 * Vietnamese typed with combining marks (NFD, "tổ hợp") and precomposed text look the same but
 * compare unequal until normalized.
 *
 * @example
 * ```ts
 * import { toNfc } from '@sohoa/base';
 *
 * toNfc('Vie\u0323\u0302t') === 'Việt'; // true
 * ```
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * NFC with every run of whitespace (spaces, tabs, line breaks) collapsed to one space and the ends
 * trimmed: the form in which OCR output is compared with a transcription.
 *
 * @example
 * ```ts
 * import { collapseWhitespace } from '@sohoa/base';
 *
 * collapseWhitespace('Số:  47\n/QĐ-UBND '); // 'Số: 47 /QĐ-UBND'
 * ```
 */
export function collapseWhitespace(text: string): string {
  return toNfc(text).replace(/\s+/gu, ' ').trim();
}
