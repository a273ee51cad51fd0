import type { Bilingual } from '@sohoa/base';
import { type ValidationOptions, validateRecord } from '../validation/validate-records.js';
import type { Dossier } from './dossier-schema.js';

/**
 * Validates a SIP dossier record against {@link dossierSchema} and returns it normalized (NFC,
 * trimmed), or throws one error listing every problem found, not only the first.
 *
 * @param source - where the record came from, named in the error (e.g. the path of `dossier.json`).
 *   Default: `{ vi: 'Bản ghi hồ sơ', en: 'the dossier record' }`.
 * @param options - message language (default Vietnamese) and the historical-archive rule.
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID`, with `details.issues` an array of {@link MetadataIssue}.
 *
 * @example
 * ```ts
 * import { validateDossier } from '@sohoa/metadata';
 *
 * const dossier = validateDossier(JSON.parse(await readFile('dossier.json', 'utf8')), 'dossier.json');
 * console.log(dossier.fileCode);
 * ```
 */
export function validateDossier(
  input: unknown,
  source: string | Bilingual = { vi: 'Bản ghi hồ sơ', en: 'the dossier record' },
  options: ValidationOptions = {},
): Dossier {
  return validateRecord('dossier', input, source, options);
}
