import type { OcrPage } from '../result/ocr-result.js';

/**
 * The plain text of one or more pages: lines separated by `\n`, blocks by a blank line, pages by
 * a form feed (`\f`), ending with a newline. NFC.
 *
 * @example
 * ```ts
 * import { toPlainText } from '@sohoa/ocr';
 *
 * await writeFile('dossier.txt', toPlainText(pages));
 * ```
 */
export function toPlainText(pages: OcrPage | readonly OcrPage[]): string {
  const list: readonly OcrPage[] = Array.isArray(pages) ? pages : [pages as OcrPage];
  return `${list.map((page) => page.text).join('\n\f')}\n`;
}
