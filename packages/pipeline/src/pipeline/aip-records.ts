import type { Bilingual } from '@sohoa/base';
import type { AipDossier, Dossier } from '@sohoa/metadata';

/**
 * The records a run reads its dossiers as, whether from a catalog or a `dossier.json`: AIP ones
 * when the run makes AIPs (`runPackage` `'aip'`, the default) and knows the archive code, so that
 * `arcFileCode` can be built; they take dates written MM/YYYY or YYYY alone (Thông tư 05/2025
 * §3.4a: `1963-1965`). Otherwise SIP ones, dates in full (DD/MM/YYYY).
 *
 * @example
 * ```ts
 * recordPackage('aip', 'TTLT1'); // 'aip'
 * recordPackage('aip', undefined); // 'sip'
 * ```
 */
export function recordPackage(
  runPackage: 'aip' | 'sip' | 'none' | undefined,
  archiveCode: string | undefined,
): 'aip' | 'sip' {
  return (runPackage ?? 'aip') === 'aip' && archiveCode ? 'aip' : 'sip';
}

/**
 * The archival code of a dossier's AIP (`arcFileCode`): the archive code + the dossier code
 * (which, for a catalog's dossier, already ends with its catalog number); without an archive
 * code, the dossier code itself.
 *
 * @example
 * ```ts
 * arcFileCodeOf('P5.1963.11.1', 'Q3'); // 'Q3.P5.1963.11.1'
 * ```
 */
export function arcFileCodeOf(fileCode: string, archiveCode: string | undefined): string {
  return archiveCode ? `${archiveCode}.${fileCode}` : fileCode;
}

/**
 * An AIP dossier record as the pipeline plans it: with its dossier code `fileCode` in place of
 * `arcFileCode`, which packaging builds again from the archive code and `fileCode`.
 *
 * @example
 * ```ts
 * plannedDossierRecord(aipRecord, 'P5.1963.11'); // { fileCode: 'P5.1963.11', title: …, startDate: '1963', … }
 * ```
 */
export function plannedDossierRecord(record: AipDossier, fileCode: string): Dossier {
  const { arcFileCode: _, ...fields } = record;
  return { fileCode, ...fields };
}

/** Date fields an AIP takes written MM/YYYY or YYYY alone. */
const SPAN_DATE_FIELDS: ReadonlySet<string> = new Set(['startDate', 'endDate', 'issuedDate']);

/**
 * In a run of AIPs (`runPackage` `'aip'`) whose dossiers were read as SIP records for want of the
 * archive code, the fix for errors that are dates by month or year alone, which an AIP takes: give
 * the archive code. `undefined` when no such error is among `issues` (or the run makes SIPs).
 *
 * @example
 * ```ts
 * spanDatesFix([{ field: 'startDate', value: '1963', severity: 'error' }], 'aip')?.en;
 * // 'Dates by month and year or by year alone are accepted in an AIP: give the archive code (--archive-code, …'
 * ```
 */
export function spanDatesFix(
  issues: ReadonlyArray<{ field: string; value: unknown; severity: string }>,
  runPackage: 'aip' | 'sip' | 'none' | undefined,
): Bilingual | undefined {
  const spanDates =
    (runPackage ?? 'aip') === 'aip' &&
    issues.some(
      (issue) =>
        issue.severity === 'error' &&
        SPAN_DATE_FIELDS.has(issue.field) &&
        typeof issue.value === 'string' &&
        /^(\d{1,2}\/)?\d{4}$/.test(issue.value.trim()),
    );
  return spanDates
    ? {
        vi: 'Ngày chỉ có tháng/năm hoặc năm được chấp nhận trong gói AIP: cho mã cơ quan lưu trữ (--archive-code, hoặc "archiveCode" trong sohoa.config.json) để tạo được mã hồ sơ lưu trữ (arcFileCode).',
        en: 'Dates by month and year or by year alone are accepted in an AIP: give the archive code (--archive-code, or "archiveCode" in sohoa.config.json) so the AIP\'s code (arcFileCode) can be built.',
      }
    : undefined;
}
