import type { DigitizeEvent } from '@sohoa/pipeline';
import { catalogSummaryLines } from './catalog-summary-lines.js';

/** The lines one event prints for people: `info` on stdout, `errors` on stderr. */
export interface EventLines {
  info: string[];
  errors: string[];
}

/**
 * The plain-text lines of a {@link DigitizeEvent}, as `sohoa digitize` prints them when its output
 * is not a terminal (and above the progress bar when it is). Failures go to stderr as
 * `sohoa: error <CODE>: <message>`.
 *
 * @example
 * ```ts
 * eventLines({ type: 'warning', message: 'check it' }); // { info: ['  warning: check it'], errors: [] }
 * ```
 */
export function eventLines(event: DigitizeEvent): EventLines {
  const info: string[] = [];
  const errors: string[] = [];
  const document = (dossier: string, ordinal: number) => `${dossier}.${ordinal}`;
  switch (event.type) {
    case 'plan':
      info.push(
        `sohoa digitize: ${event.dossiers} dossier(s), ${event.documents} document(s), ${event.pages} page(s); outputs dated ${event.createdAt}`,
      );
      if (event.swept > 0) info.push(`  removed ${event.swept} temporary file(s) left by an interrupted run`);
      for (const catalog of event.catalogs) {
        info.push(...catalogSummaryLines(`catalog ${catalog.file}`, catalog.summary));
      }
      break;
    case 'dossier-start':
      info.push(`dossier ${event.dossier}: ${event.documents} document(s)`);
      break;
    case 'page-done':
      info.push(
        `  ${document(event.dossier, event.ordinal)} page ${event.page}/${event.pages}  ${event.source}  ${event.seconds.toFixed(1)} s  OCR confidence ${Math.round(event.confidence)}`,
      );
      for (const violation of event.violations)
        info.push(`    ! ${violation.code}: ${violation.message} (${violation.rule})`);
      break;
    case 'page-checked':
      info.push(
        `  ${document(event.dossier, event.ordinal)} page ${event.page}/${event.pages}  ${event.source}  ${event.violations.length === 0 ? 'ok' : 'violates the scan profile'}`,
      );
      for (const violation of event.violations)
        info.push(`    ! ${violation.code}: ${violation.message} (${violation.rule})`);
      break;
    case 'document-skipped':
      info.push(`  skipped ${event.file}: finished by an earlier run, checksums verified`);
      break;
    case 'document-done':
      info.push(
        `  wrote ${event.file} (${event.pages} page(s), PDF/A-2b, ${event.seconds.toFixed(1)} s, mean OCR confidence ${Math.round(event.confidence)})`,
      );
      if (event.filled.length > 0) {
        info.push(
          `    read from the header: ${event.filled.map((field) => `${field.field}=${field.value}`).join('; ')}`,
        );
      }
      for (const disagreement of event.disagreements) {
        info.push(
          `    ! ${disagreement.field}: the metadata says "${disagreement.given}", the page header reads "${disagreement.read}" (confidence ${disagreement.confidence.toFixed(2)})`,
        );
      }
      break;
    case 'document-failed':
      errors.push(`sohoa: error ${event.code}: ${document(event.dossier, event.ordinal)}: ${event.message}`);
      break;
    case 'dossier-done':
      info.push(
        `dossier ${event.dossier} ${event.skipped ? 'already done' : 'done'}${event.package ? `: ${event.package} (validated)` : ''}`,
      );
      break;
    case 'dossier-failed':
      errors.push(`sohoa: error ${event.code}: ${event.message}`);
      for (const finding of (event.findings ?? []).filter((item) => item.severity === 'error')) {
        errors.push(
          `  ${finding.requirement} ${finding.file ?? ''}${finding.line ? `:${finding.line}` : ''} ${finding.message}`,
        );
      }
      break;
    case 'warning':
      info.push(`  warning: ${event.message}`);
      break;
    case 'summary': {
      const { summary } = event;
      const minutes = summary.seconds / 60;
      info.push(
        `${summary.dryRun ? 'checked' : 'digitized'} ${summary.documents.done} document(s)${summary.documents.skipped ? `, ${summary.documents.skipped} already done` : ''}, ${summary.documents.failed} failed; ${summary.dossiers.done + summary.dossiers.skipped} of ${summary.dossiers.total} dossier(s) done; ${summary.pages} page(s) in ${summary.seconds.toFixed(1)} s${summary.pages > 0 && minutes > 0 ? ` (${(summary.pages / minutes).toFixed(1)} pages/min)` : ''}`,
      );
      if (summary.report) info.push(`report: ${summary.report}`);
      if (summary.failures.length > 0) {
        errors.push(`sohoa digitize: ${summary.failures.length} failure(s):`);
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
