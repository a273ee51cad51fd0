import type { MessageLanguage } from '@sohoa/base';
import type { CatalogSummary } from '@sohoa/metadata';
import { sayIn } from '../commands/in-language.js';

/**
 * The summary of a catalog import as `sohoa catalog import` and `sohoa digitize` print it: how
 * many dossiers and documents are ready and how many need fixes, the errors and warnings, then
 * the most frequent reasons (count, field and rule of each).
 *
 * @param label What the summary is of (the catalog's path).
 * @param language The language of the lines. @default 'vi'
 *
 * @example
 * ```ts
 * catalogSummaryLines('muc-luc.xlsx', summarizeCatalog(catalog), 'en');
 * // ['muc-luc.xlsx: 3 of 4 dossier(s) ready, 1 need fixes; 11 of 12 document(s) ready, 1 need fixes; 1 error(s), 0 warning(s)',
 * //  '  top reasons: 1× organName (required)']
 * ```
 */
export function catalogSummaryLines(
  label: string,
  summary: CatalogSummary,
  language: MessageLanguage = 'vi',
): string[] {
  const say = sayIn(language);
  const { dossiers, documents } = summary;
  const lines = [
    say(
      `${label}: ${dossiers.ready}/${dossiers.total} hồ sơ sẵn sàng, ${dossiers.needFixes} cần sửa; ${documents.ready}/${documents.total} văn bản sẵn sàng, ${documents.needFixes} cần sửa; ${summary.errors} lỗi, ${summary.warnings} cảnh báo`,
      `${label}: ${dossiers.ready} of ${dossiers.total} dossier(s) ready, ${dossiers.needFixes} need fixes; ${documents.ready} of ${documents.total} document(s) ready, ${documents.needFixes} need fixes; ${summary.errors} error(s), ${summary.warnings} warning(s)`,
    ),
  ];
  if (summary.pending > 0) {
    lines.push(
      say(
        `  còn ${summary.pending} số trang sẽ đếm từ bản quét`,
        `  ${summary.pending} page count(s) left to count from the scans`,
      ),
    );
  }
  if (summary.documentsNotListed > 0) {
    lines.push(
      say(
        `  ${summary.documentsNotListed} hồ sơ có nhiều văn bản nhưng không liệt kê văn bản nào: mỗi hồ sơ thành một văn bản gồm cả bản quét; muốn tách thì thêm mỗi văn bản một dòng (documentsNotListed)`,
        `  ${summary.documentsNotListed} dossier(s) of several documents list no document: each becomes one document of its whole scan; to split them, add a row per document (documentsNotListed)`,
      ),
    );
  }
  if (summary.topReasons.length > 0) {
    const reasons = summary.topReasons.map((reason) => `${reason.count}× ${reason.field} (${reason.rule})`);
    lines.push(say(`  lý do thường gặp: ${reasons.join(', ')}`, `  top reasons: ${reasons.join(', ')}`));
  }
  return lines;
}
