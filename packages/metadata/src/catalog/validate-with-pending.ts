import type { MetadataIssue } from '../validation/metadata-issue.js';
import type { RecordKind, RecordOf } from '../validation/record-schemas.js';
import { type ValidationOptions, validateRecords } from '../validation/validate-records.js';

/** A stand-in for a count still to be made: a valid page count, removed again from the record. */
const PLACEHOLDER = 1;

/**
 * Validates a record whose `pending` fields (page counts to be counted from the scans) are still
 * empty: they are validated as if counted, and left out of the record returned.
 */
export function validateWithPending<K extends RecordKind>(
  kind: K,
  input: Record<string, unknown>,
  pending: readonly string[],
  options: ValidationOptions,
): { record: RecordOf<K> | undefined; issues: MetadataIssue[] } {
  const checked = { ...input };
  for (const field of pending) checked[field] ??= PLACEHOLDER;
  const report = validateRecords(kind, [checked], options);
  const record = report.records[0];
  if (record) for (const field of pending) delete (record as Record<string, unknown>)[field];
  return { record, issues: report.issues };
}
