import { type IssueInBoth, issueInBoth, type MetadataIssue } from '../validation/metadata-issue.js';
import type { RecordKind, RecordOf } from '../validation/record-schemas.js';
import { type ValidationOptions, validateRecords } from '../validation/validate-records.js';

/** A stand-in for a count still to be made: a valid page count, removed again from the record. */
const PLACEHOLDER = 1;

/** Whether two records hold the same values under the same keys (arrays compared item by item). */
function sameValues(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    if (x === y) return true;
    return (
      Array.isArray(x) &&
      Array.isArray(y) &&
      x.length === y.length &&
      x.every((item, index) => item === y[index])
    );
  });
}

/**
 * The issues of validating one record, in both languages: validated in English, and again in
 * Vietnamese only when there are issues to word (the same issues, in the same order).
 */
function issuesInBoth<K extends RecordKind>(
  kind: K,
  input: Record<string, unknown>,
  options: ValidationOptions,
): { record: RecordOf<K> | undefined; issues: IssueInBoth[] } {
  const report = validateRecords(kind, [input], { ...options, locale: 'en' });
  const en = report.issues;
  const vi = en.length ? validateRecords(kind, [input], { ...options, locale: 'vi' }).issues : [];
  return {
    record: report.records[0],
    issues: en.map((issue, index) => issueInBoth(issue, vi[index] as MetadataIssue)),
  };
}

/**
 * Validates a record whose `pending` fields (page counts to be counted from the scans) are still
 * empty: they are validated as if counted, and left out of the record returned. When validation
 * changed no value, the record returned is `input` itself: a catalog's records are held once, not
 * twice.
 */
export function validateWithPending<K extends RecordKind>(
  kind: K,
  input: Record<string, unknown>,
  pending: readonly string[],
  options: ValidationOptions,
): { record: RecordOf<K> | undefined; issues: IssueInBoth[] } {
  const checked = pending.length ? { ...input } : input;
  for (const field of pending) checked[field] ??= PLACEHOLDER;
  const { record, issues } = issuesInBoth(kind, checked, options);
  if (!record) return { record, issues };
  for (const field of pending) delete (record as Record<string, unknown>)[field];
  const same = sameValues(record as Record<string, unknown>, input);
  return { record: same ? (input as RecordOf<K>) : record, issues };
}
