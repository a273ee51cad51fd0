import { type Bilingual, SohoaError } from '@sohoa/base';
import type { CatalogIssue } from '@sohoa/metadata';
import { spanDatesFix } from './aip-records.js';

/** A dossier of a catalog whose metadata (its own or a document's) is invalid: where it is. */
export interface InvalidDossier {
  sheet: string;
  /** The dossier's row and its documents' rows. */
  rows: number[];
  /** Whether the dossier's own record is valid (then a document's is not). */
  dossierValid: boolean;
  /** The dossier's place (`catalogPlace`), for the message. */
  place: Bilingual;
}

/**
 * The error of a dossier whose metadata is invalid, quoting the catalog's errors on its rows (the
 * import's `issues`, those of the whole catalog included: read once the import has ended). In a run
 * of AIPs (`runPackage` `'aip'`) without the archive code, a date by month or year alone, which an
 * AIP takes, adds the option that would accept it.
 *
 * @example
 * ```ts
 * const error = catalogMetadataError(invalid, catalog.issues, 'aip');
 * error.code; // 'METADATA_INVALID'
 * ```
 */
export function catalogMetadataError(
  invalid: InvalidDossier,
  issues: readonly CatalogIssue[],
  runPackage: 'aip' | 'sip' | 'none',
): SohoaError {
  const { place, dossierValid } = invalid;
  const rows = new Set(invalid.rows);
  const errors = issues.filter(
    (issue) => issue.severity === 'error' && issue.sheet === invalid.sheet && rows.has(issue.row),
  );
  // Each issue is given in both languages: each message quotes them in its own.
  const cell = (issue: CatalogIssue) => `${issue.column ?? ''}${issue.row}`;
  const list = (text: (issue: CatalogIssue) => string) =>
    errors.length ? ` (${errors.map((issue) => `${cell(issue)}: ${text(issue)}`).join('; ')})` : '';
  const listed = { vi: list((issue) => issue.messageVi), en: list((issue) => issue.message) };
  const aipFix = spanDatesFix(errors, runPackage);
  return new SohoaError({
    code: 'METADATA_INVALID',
    message: {
      vi: `${place.vi}: ${dossierValid ? 'siêu dữ liệu của một văn bản trong hồ sơ' : 'siêu dữ liệu của hồ sơ'} không hợp lệ${listed.vi}.`,
      en: `${place.en}: the ${dossierValid ? 'metadata of a document of the dossier is' : "dossier's metadata is"} invalid${listed.en}.`,
    },
    fix: {
      vi: `Sửa dòng này trong mục lục (chạy "sohoa catalog import" để xem mọi lỗi).${aipFix ? ` ${aipFix.vi}` : ''}`,
      en: `Correct the row in the catalog (run "sohoa catalog import" to see every problem).${aipFix ? ` ${aipFix.en}` : ''}`,
    },
    details: { source: place.en },
  });
}
