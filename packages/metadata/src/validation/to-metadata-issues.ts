import type { z } from 'zod';
import type { IssueRule, MessageLocale } from './issue-messages.js';
import { describeIssue, type IssueFacts, type MetadataIssue } from './metadata-issue.js';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function factsOf(issue: z.core.$ZodIssue, value: unknown): IssueFacts {
  const path = issue.path;
  const fact = (rule: IssueRule, params: Record<string, unknown> = {}): IssueFacts => ({
    path,
    rule,
    value,
    params,
  });
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return fact('required');
      if (issue.expected === 'int') return fact('wholeNumber');
      return fact('type', { expected: issue.expected });
    case 'too_big':
      if (issue.origin === 'string') return fact('maxLength', { maximum: issue.maximum });
      return fact('maxDigits', { digits: String(issue.maximum).length });
    case 'too_small':
      if (issue.origin === 'string') return fact('required');
      if (issue.origin === 'array') return fact('atLeastOne');
      return fact('nonNegative');
    case 'invalid_value':
      // A code or flag left out or blank is missing, not a wrong code.
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) return fact('required');
      return issue.values.every((allowed) => typeof allowed === 'number') ? fact('flag') : fact('code');
    case 'custom': {
      const { rule, ...params } = (issue.params ?? {}) as { rule?: IssueRule };
      return fact(rule ?? 'invalid', rule ? params : { message: issue.message });
    }
    default:
      return fact('invalid', { message: issue.message });
  }
}

/**
 * Turns the issues of a failed zod parse into {@link MetadataIssue}s worded in the chosen
 * language. An unknown key becomes one issue per key.
 *
 * @param input - the record that was parsed, to report the value found at each field.
 *
 * @example
 * ```ts
 * import { documentSchema, toMetadataIssues } from '@sohoa/metadata';
 *
 * const result = documentSchema.safeParse(record);
 * if (!result.success) console.log(toMetadataIssues(result.error, record, 'en'));
 * ```
 */
export function toMetadataIssues(
  error: z.ZodError,
  input: unknown,
  locale: MessageLocale = 'vi',
): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        issues.push(describeIssue({ path, rule: 'unknownField', value: valueAt(input, path) }, locale));
      }
      continue;
    }
    issues.push(describeIssue(factsOf(issue, valueAt(input, issue.path)), locale));
  }
  return issues;
}
