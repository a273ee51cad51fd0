import { SohoaError } from '@sohoa/core';
import { type Dossier, dossierSchema } from './dossier-schema.js';
import { DOSSIER_FIELD_LABELS } from './field-labels.js';

/** One problem found in a metadata record. */
export interface MetadataIssue {
  /** The XML tag of the field, e.g. `maintenance` (or a dotted path such as `language.1`). */
  field: string;
  /** The field's Vietnamese name, e.g. `Thời hạn lưu trữ`. */
  label: string;
  /** What is wrong and what is expected. */
  message: string;
}

/**
 * Validates a dossier record against {@link dossierSchema} and returns it normalized (NFC,
 * trimmed), or throws one error listing every problem found, not only the first.
 *
 * @param source - where the record came from, named in the error (e.g. the path of `dossier.json`).
 * @throws {@link SohoaError} `METADATA_INVALID`, with `details.issues` an array of {@link MetadataIssue}.
 *
 * @example
 * ```ts
 * import { validateDossier } from '@sohoa/metadata';
 *
 * const dossier = validateDossier(JSON.parse(await readFile('dossier.json', 'utf8')), 'dossier.json');
 * console.log(dossier.fileCode);
 * ```
 */
export function validateDossier(input: unknown, source = 'the dossier record'): Dossier {
  const result = dossierSchema.safeParse(input);
  if (result.success) return result.data;
  const issues: MetadataIssue[] = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(record)';
    const tag = String(issue.path[0] ?? '');
    const label =
      issue.code === 'unrecognized_keys'
        ? 'Trường không có trong Thông tư 05/2025'
        : (DOSSIER_FIELD_LABELS[tag as keyof typeof DOSSIER_FIELD_LABELS] ?? tag);
    return { field, label, message: issue.message };
  });
  const lines = issues.map((issue) => `  - ${issue.label} (${issue.field}): ${issue.message}`);
  throw new SohoaError({
    code: 'METADATA_INVALID',
    message: `${source} does not satisfy Thông tư 05/2025/TT-BNV (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`,
    fix: 'Correct each field listed above.',
    details: { source, issues },
  });
}
