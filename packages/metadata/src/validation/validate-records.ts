import { type Bilingual, SohoaError } from '@sohoa/base';
import { MAINTENANCE_CODES } from '../codes/code-lists.js';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import type { MessageLocale } from './issue-messages.js';
import { describeIssue, type MetadataIssue } from './metadata-issue.js';
import { RECORD_SCHEMAS, type RecordKind, type RecordOf } from './record-schemas.js';
import { toMetadataIssues } from './to-metadata-issues.js';

/** How records are validated. */
export interface ValidationOptions {
  /**
   * Language of the issue messages (`issues[].message`, and `details.issues` of the error
   * `validateRecord` throws; the error's own text is given in both languages). Default: `'vi'`.
   */
  locale?: MessageLocale;
  /**
   * The records are submitted to or kept by a historical archive (lưu trữ lịch sử), where only
   * permanent retention (`maintenance` `01`) is allowed (standards reference §3.4a). Default: `false`.
   */
  historicalArchive?: boolean;
}

/** The outcome of validating many records at once. */
export interface RecordsReport<K extends RecordKind> {
  /** One entry per input, in order: the normalized record, or `undefined` where it has errors. */
  records: Array<RecordOf<K> | undefined>;
  /** Every problem of every record, each with its `record` position. */
  issues: MetadataIssue[];
  /** How many records have at least one error. */
  invalidCount: number;
}

function historicalRetentionIssue(input: unknown, locale: MessageLocale): MetadataIssue | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const maintenance = (input as { maintenance?: unknown }).maintenance;
  if (typeof maintenance !== 'string' || !Object.hasOwn(MAINTENANCE_CODES, maintenance)) return undefined;
  if (maintenance === '01') return undefined;
  return describeIssue({ path: ['maintenance'], rule: 'historicalRetention', value: maintenance }, locale);
}

function checkOne<K extends RecordKind>(
  kind: K,
  input: unknown,
  options: ValidationOptions,
): { record: RecordOf<K> | undefined; issues: MetadataIssue[] } {
  const locale = options.locale ?? 'vi';
  const result = RECORD_SCHEMAS[kind].safeParse(input);
  const issues = result.success ? [] : toMetadataIssues(result.error, input, locale);
  if (options.historicalArchive) {
    const issue = historicalRetentionIssue(input, locale);
    if (issue) issues.push(issue);
  }
  const valid = result.success && issues.every((issue) => issue.severity !== 'error');
  return { record: valid ? (result.data as RecordOf<K>) : undefined, issues };
}

/**
 * Validates many records of one kind and reports every problem of every record, never stopping
 * at the first. Nothing is thrown for invalid records.
 *
 * @example
 * ```ts
 * import { validateRecords } from '@sohoa/metadata';
 *
 * const report = validateRecords('document', rows, { locale: 'en' });
 * for (const issue of report.issues) console.log(`#${issue.record}: ${issue.message}`);
 * ```
 */
export function validateRecords<K extends RecordKind>(
  kind: K,
  inputs: readonly unknown[],
  options: ValidationOptions = {},
): RecordsReport<K> {
  const records: Array<RecordOf<K> | undefined> = [];
  const issues: MetadataIssue[] = [];
  let invalidCount = 0;
  inputs.forEach((input, index) => {
    const checked = checkOne(kind, input, options);
    records.push(checked.record);
    if (checked.record === undefined) invalidCount++;
    for (const issue of checked.issues) issues.push({ ...issue, record: index });
  });
  return { records, issues, invalidCount };
}

/**
 * Validates one record of the given kind and returns it normalized (NFC, trimmed), or throws one
 * error listing every problem found.
 *
 * @param source - where the record came from, named in the error (e.g. a file path; or `{ vi, en }` for
 *   a name in words). Default: `{ vi: 'Bản ghi', en: 'the record' }`.
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID`, with `details.issues` an array of {@link MetadataIssue}.
 *
 * @example
 * ```ts
 * import { validateRecord } from '@sohoa/metadata';
 *
 * const document = validateRecord('aipDocument', record, 'EAD_doc_1.xml', { locale: 'en' });
 * ```
 */
export function validateRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
  source: string | Bilingual = { vi: 'Bản ghi', en: 'the record' },
  options: ValidationOptions = {},
): RecordOf<K> {
  const checked = checkOne(kind, input, options);
  if (checked.record !== undefined) return checked.record;
  const issues = checked.issues;
  const inOther = checkOne(kind, input, { ...options, locale: options.locale === 'en' ? 'vi' : 'en' }).issues;
  const [vi, en] = options.locale === 'en' ? [inOther, issues] : [issues, inOther];
  const name = typeof source === 'string' ? { vi: source, en: source } : source;
  throw new SohoaError<MetadataErrorCode>({
    code: 'METADATA_INVALID',
    message: {
      vi: issueList(`${name.vi} không đáp ứng Thông tư 05/2025/TT-BNV (${vi.length} lỗi):`, vi),
      en: issueList(
        `${name.en} does not satisfy Thông tư 05/2025/TT-BNV (${en.length} problem${en.length === 1 ? '' : 's'}):`,
        en,
      ),
    } satisfies Bilingual,
    fix: { vi: 'Sửa từng trường nêu trên.', en: 'Correct each field listed above.' },
    details: { source: name.en, issues },
  });
}

/** A heading followed by one line per issue. */
function issueList(heading: string, issues: readonly MetadataIssue[]): string {
  return `${heading}\n${issues.map((issue) => `  - ${issue.message}`).join('\n')}\n`;
}
