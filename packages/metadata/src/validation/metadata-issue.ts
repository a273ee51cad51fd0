import { toNfc } from '@sohoa/base';
import { CODE_LISTS } from '../codes/code-lists.js';
import { type FieldLabel, fieldLabel } from '../fields/field-labels.js';
import { describeRule, type IssueRule, type MessageLocale } from './issue-messages.js';

/** One problem found in a metadata record. */
export interface MetadataIssue {
  /** The XML tag of the field, e.g. `maintenance` (or a dotted path such as `language.1`). */
  field: string;
  /** The field's Vietnamese name, e.g. `Thời hạn lưu trữ`. */
  label: string;
  /**
   * The whole message in the chosen language: field (Vietnamese name and tag), value, broken rule
   * and fix, e.g. `Thời hạn lưu trữ (maintenance) = "5": không phải mã hợp lệ. Cách sửa: …`.
   */
  message: string;
  /** The broken rule, a stable identifier; see {@link IssueRule}. */
  rule: IssueRule;
  /** The value found (`undefined` when the field is missing). */
  value: unknown;
  /** How to fix it, in the chosen language. */
  fix: string;
  /** `error` makes the record invalid; `warning` is reported but does not. */
  severity: 'error' | 'warning';
  /** The position of the record in the list validated, when several were validated at once. */
  record?: number;
}

/** What is known about a problem before it is put into words. */
export interface IssueFacts {
  /** The path of the field inside the record. */
  path: readonly PropertyKey[];
  rule: IssueRule;
  value: unknown;
  params?: Record<string, unknown>;
  severity?: 'error' | 'warning';
  /** What the problem is about when it is not a field, e.g. `{ vi: 'Trang tính', en: 'sheet' }`. Default: the field's names. */
  subject?: FieldLabel;
  /** The `field` to report when it is not the path, e.g. `(sheet)`. Default: the path joined with dots. */
  field?: string;
}

const VALUE_TEXT_LIMIT = 60;

function showValue(value: unknown, locale: MessageLocale): string {
  if (value === undefined || value === null || value === '') return locale === 'vi' ? '(trống)' : '(empty)';
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > VALUE_TEXT_LIMIT ? `${shown.slice(0, VALUE_TEXT_LIMIT - 1)}…` : shown;
}

/** The tag that names a path: its last string segment (`language.1` → `language`). */
function tagOf(path: readonly PropertyKey[]): string {
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    if (typeof segment === 'string') return segment;
  }
  return '';
}

/**
 * Puts a problem into words: the field by its Vietnamese name and tag, the value, the rule and the fix.
 *
 * @example
 * ```ts
 * import { describeIssue } from '@sohoa/metadata';
 *
 * describeIssue({ path: ['maintenance'], rule: 'code', value: '5' }, 'en').message;
 * // 'Thời hạn lưu trữ (maintenance, retention period) = "5": is not a valid code. Fix: use one of the codes: 01 (Vĩnh viễn), …'
 * ```
 */
export function describeIssue(facts: IssueFacts, locale: MessageLocale = 'vi'): MetadataIssue {
  const tag = tagOf(facts.path);
  const label = facts.subject ?? (tag ? fieldLabel(tag) : { vi: 'Bản ghi', en: 'record' });
  const params = { ...facts.params };
  if (facts.rule === 'code' && params.codes === undefined && Object.hasOwn(CODE_LISTS, tag)) {
    params.codes = Object.entries(CODE_LISTS[tag as keyof typeof CODE_LISTS])
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, name]) => `${code} (${name})`)
      .join(', ');
  }
  const text = describeRule(facts.rule, { params }, locale);
  const field = facts.field ?? (facts.path.map(String).join('.') || '(record)');
  const name = locale === 'vi' ? `${label.vi} (${field})` : `${label.vi} (${field}, ${label.en})`;
  const fixWord = locale === 'vi' ? 'Cách sửa' : 'Fix';
  return {
    field,
    label: label.vi,
    message: `${name} = ${showValue(facts.value, locale)}: ${text.rule}. ${fixWord}: ${text.fix}.`,
    rule: facts.rule,
    value: facts.value,
    fix: text.fix,
    severity: facts.severity ?? 'error',
  };
}

/**
 * One problem said in both languages sohoa speaks, so that whoever shows it picks the user's
 * language (`--messages vi|en`) without putting it into words again: `message` and `fix` in
 * English, `messageVi` and `fixVi` in Vietnamese, all in NFC. The English message names the field
 * by its Vietnamese name too, as {@link describeIssue} does.
 *
 * @example
 * ```ts
 * import { describeIssueInBoth } from '@sohoa/metadata';
 *
 * const issue = describeIssueInBoth({ path: ['maintenance'], rule: 'code', value: '5' });
 * const language: 'vi' | 'en' = 'vi';
 * console.log(language === 'en' ? issue.message : issue.messageVi);
 * // 'Thời hạn lưu trữ (maintenance) = "5": không phải mã hợp lệ. Cách sửa: …'
 * ```
 */
export interface IssueInBoth extends Omit<MetadataIssue, 'message' | 'fix'> {
  /** The whole message in English: field, value, broken rule and fix. */
  message: string;
  /** The same message in Vietnamese (NFC). */
  messageVi: string;
  /** How to fix it, in English. */
  fix: string;
  /** How to fix it, in Vietnamese (NFC). */
  fixVi: string;
}

/**
 * One problem described in both languages: {@link describeIssue} in English and in Vietnamese, as
 * one {@link IssueInBoth}.
 *
 * @example
 * ```ts
 * import { describeIssueInBoth } from '@sohoa/metadata';
 *
 * const issue = describeIssueInBoth({ path: ['title'], rule: 'required', value: undefined });
 * issue.message; // 'Tiêu đề hồ sơ (title, dossier title) = (empty): is required but missing or empty. Fix: give a value for this field.'
 * issue.messageVi; // 'Tiêu đề hồ sơ (title) = (trống): trường bắt buộc nhưng bị bỏ trống. Cách sửa: nhập giá trị cho trường này.'
 * ```
 */
export function describeIssueInBoth(facts: IssueFacts): IssueInBoth {
  return issueInBoth(describeIssue(facts, 'en'), describeIssue(facts, 'vi'));
}

/**
 * Joins one problem described in English (`en`) and in Vietnamese (`vi`) into an
 * {@link IssueInBoth}: the facts are taken from `en`, the texts from each.
 *
 * @example
 * ```ts
 * const facts = { path: ['title'], rule: 'required', value: undefined } as const;
 * const issue = issueInBoth(describeIssue(facts, 'en'), describeIssue(facts, 'vi'));
 * ```
 */
export function issueInBoth(en: MetadataIssue, vi: MetadataIssue): IssueInBoth {
  return {
    ...en,
    message: toNfc(en.message),
    messageVi: toNfc(vi.message),
    fix: toNfc(en.fix),
    fixVi: toNfc(vi.fix),
  };
}
