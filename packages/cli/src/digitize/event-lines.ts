import type { MessageLanguage } from '@sohoa/base';
import type { DigitizeEvent } from '@sohoa/pipeline';
import { sayIn } from '../commands/in-language.js';
import { catalogSummaryLines } from './catalog-summary-lines.js';

/** The lines one event prints for people: `info` on stdout, `errors` on stderr. */
export interface EventLines {
  info: string[];
  errors: string[];
}

/**
 * The plain-text lines of a {@link DigitizeEvent}, as `sohoa digitize` prints them when its output
 * is not a terminal (and above the progress bar when it is), in `language`. Failures go to stderr
 * as `sohoa: lỗi <CODE>: <message>` (`sohoa: error …` in English).
 *
 * @param language The language of the lines. @default 'vi'
 *
 * @example
 * ```ts
 * eventLines({ type: 'warning', message: 'check it', messages: { vi: 'xem lại', en: 'check it' } }, 'en');
 * // { info: ['  warning: check it'], errors: [] }
 * ```
 */
export function eventLines(event: DigitizeEvent, language: MessageLanguage = 'vi'): EventLines {
  const say = sayIn(language);
  const failed = say('sohoa: lỗi', 'sohoa: error');
  const info: string[] = [];
  const errors: string[] = [];
  const document = (dossier: string, ordinal: number) => `${dossier}.${ordinal}`;
  switch (event.type) {
    case 'plan':
      info.push(
        say(
          `sohoa digitize: ${event.dossiers} hồ sơ, ${event.documents} văn bản, ${event.pages} trang; ngày tạo tài liệu số ${event.createdAt}`,
          `sohoa digitize: ${event.dossiers} dossier(s), ${event.documents} document(s), ${event.pages} page(s); outputs dated ${event.createdAt}`,
        ),
      );
      if (event.swept > 0)
        info.push(
          say(
            `  đã xóa ${event.swept} tệp tạm do lần chạy bị ngắt trước để lại`,
            `  removed ${event.swept} temporary file(s) left by an interrupted run`,
          ),
        );
      for (const catalog of event.catalogs) {
        info.push(
          ...catalogSummaryLines(`${say('mục lục', 'catalog')} ${catalog.file}`, catalog.summary, language),
        );
      }
      break;
    case 'dossier-start':
      info.push(
        say(
          `hồ sơ ${event.dossier}: ${event.documents} văn bản`,
          `dossier ${event.dossier}: ${event.documents} document(s)`,
        ),
      );
      break;
    case 'page-done':
      info.push(
        `  ${document(event.dossier, event.ordinal)} ${say('trang', 'page')} ${event.page}/${event.pages}  ${event.source}  ${event.seconds.toFixed(1)} s  ${say('độ tin cậy OCR', 'OCR confidence')} ${Math.round(event.confidence)}`,
      );
      for (const violation of event.violations)
        info.push(
          `    ! ${violation.code}: ${say(violation.messageVi, violation.message)} (${say(violation.ruleVi, violation.rule)})`,
        );
      break;
    case 'page-checked':
      info.push(
        `  ${document(event.dossier, event.ordinal)} ${say('trang', 'page')} ${event.page}/${event.pages}  ${event.source}  ${event.violations.length === 0 ? say('đạt', 'ok') : say('không đạt yêu cầu quét', 'violates the scan profile')}`,
      );
      for (const violation of event.violations)
        info.push(
          `    ! ${violation.code}: ${say(violation.messageVi, violation.message)} (${say(violation.ruleVi, violation.rule)})`,
        );
      break;
    case 'document-skipped':
      info.push(
        say(
          `  bỏ qua ${event.file}: đã xong ở lần chạy trước, mã kiểm tra khớp`,
          `  skipped ${event.file}: finished by an earlier run, checksums verified`,
        ),
      );
      break;
    case 'document-done':
      info.push(
        say(
          `  đã ghi ${event.file} (${event.pages} trang, PDF/A-2b, ${event.seconds.toFixed(1)} s, độ tin cậy OCR trung bình ${Math.round(event.confidence)})`,
          `  wrote ${event.file} (${event.pages} page(s), PDF/A-2b, ${event.seconds.toFixed(1)} s, mean OCR confidence ${Math.round(event.confidence)})`,
        ),
      );
      if (event.filled.length > 0) {
        const fields = event.filled.map((field) => `${field.field}=${field.value}`).join('; ');
        info.push(say(`    đọc từ phần đầu văn bản: ${fields}`, `    read from the header: ${fields}`));
      }
      for (const disagreement of event.disagreements) {
        const { field, given, read } = disagreement;
        const confidence = disagreement.confidence.toFixed(2);
        info.push(
          say(
            `    ! ${field}: siêu dữ liệu ghi "${given}", phần đầu văn bản đọc được "${read}" (độ tin cậy ${confidence})`,
            `    ! ${field}: the metadata says "${given}", the page header reads "${read}" (confidence ${confidence})`,
          ),
        );
      }
      break;
    case 'document-failed':
      errors.push(
        `${failed} ${event.code}: ${document(event.dossier, event.ordinal)}: ${event.messages?.[language] ?? event.message}`,
      );
      break;
    case 'dossier-done':
      info.push(
        say(
          `hồ sơ ${event.dossier} ${event.skipped ? 'đã xong từ trước' : 'xong'}${event.package ? `: ${event.package} (đã kiểm tra)` : ''}`,
          `dossier ${event.dossier} ${event.skipped ? 'already done' : 'done'}${event.package ? `: ${event.package} (validated)` : ''}`,
        ),
      );
      break;
    case 'dossier-failed':
      errors.push(`${failed} ${event.code}: ${event.messages?.[language] ?? event.message}`);
      for (const finding of (event.findings ?? []).filter((item) => item.severity === 'error')) {
        errors.push(
          `  ${finding.requirement} ${finding.file ?? ''}${finding.line ? `:${finding.line}` : ''} ${say(finding.messageVi, finding.message)}`,
        );
      }
      break;
    case 'warning':
      info.push(`  ${say('cảnh báo', 'warning')}: ${event.messages[language]}`);
      break;
    case 'summary': {
      const { summary } = event;
      const minutes = summary.seconds / 60;
      const { documents, dossiers } = summary;
      const dossiersDone = dossiers.done + dossiers.skipped;
      const seconds = summary.seconds.toFixed(1);
      const rate = summary.pages > 0 && minutes > 0 ? (summary.pages / minutes).toFixed(1) : undefined;
      info.push(
        say(
          `${summary.dryRun ? 'đã kiểm tra' : 'đã số hóa'} ${documents.done} văn bản${documents.skipped ? `, ${documents.skipped} đã xong từ trước` : ''}, ${documents.failed} lỗi; xong ${dossiersDone}/${dossiers.total} hồ sơ; ${summary.pages} trang trong ${seconds} s${rate ? ` (${rate} trang/phút)` : ''}`,
          `${summary.dryRun ? 'checked' : 'digitized'} ${documents.done} document(s)${documents.skipped ? `, ${documents.skipped} already done` : ''}, ${documents.failed} failed; ${dossiersDone} of ${dossiers.total} dossier(s) done; ${summary.pages} page(s) in ${seconds} s${rate ? ` (${rate} pages/min)` : ''}`,
        ),
      );
      if (summary.report) info.push(`${say('báo cáo', 'report')}: ${summary.report}`);
      if (summary.failures.length > 0) {
        errors.push(
          say(
            `sohoa digitize: ${summary.failures.length} lỗi:`,
            `sohoa digitize: ${summary.failures.length} failure(s):`,
          ),
        );
        for (const failure of summary.failures) {
          errors.push(
            `  ${failure.ordinal === undefined ? failure.dossier : document(failure.dossier, failure.ordinal)}: ${failure.code}`,
          );
        }
      }
      break;
    }
  }
  return { info, errors };
}
