import { findForbiddenXmlCharacter } from '@sohoa/base';
import * as z from 'zod';
import { isVnDate, parseVnDateSpan } from '../dates/vn-date.js';

/**
 * Building blocks shared by every record schema. Each one states a rule of the circular; the
 * wording of errors is produced from the zod issue (its code, or `params.rule` for custom checks)
 * by `toMetadataIssues`, in Vietnamese or English.
 */

/**
 * Text as stored: NFC, trimmed, and free of characters XML 1.0 forbids (a U+000B pasted from
 * Word's Shift+Enter), which could never be written into EAD, METS or XMP.
 */
const nfcTrimmed = z
  .string()
  .check((context) => {
    const forbidden = findForbiddenXmlCharacter(context.value);
    if (forbidden) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        params: { rule: 'xmlCharacter', character: forbidden.codePoint, position: forbidden.index + 1 },
      });
    }
  })
  .transform((value) => value.normalize('NFC').trim());

/** Optional or required text: NFC, trimmed, at most `maxLength` characters. */
export const text = (maxLength: number) => nfcTrimmed.pipe(z.string().max(maxLength));

/** Text that must not be empty after trimming. */
export const requiredText = (maxLength: number) => nfcTrimmed.pipe(z.string().min(1).max(maxLength));

/** A whole, non-negative number of at most `digits` digits. */
export const count = (digits: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(10 ** digits - 1);

/** One code of a code list (the keys of `codes`). */
export function code<T extends Record<string, string>>(codes: T) {
  // Sorted: keys such as '10'…'32' are integer-like, and objects list those before '01'…'09'.
  const values = Object.keys(codes).sort() as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(values);
}

/** One or more codes of a code list, as a JSON array (e.g. `language: ["01", "02"]`). */
export const codes = <T extends Record<string, string>>(list: T) => z.array(code(list)).min(1);

/** A yes/no flag written `1` or `0`, as the circular's Boolean(1) fields. */
export const flag = z.literal([0, 1]);

/** A real calendar date written DD/MM/YYYY. */
export const dayDate = z
  .string()
  .refine(isVnDate, { params: { rule: 'date' } })
  .meta({ pattern: '^\\d{2}/\\d{2}/\\d{4}$', examples: ['17/01/2025'] });

/** A real date written DD/MM/YYYY, MM/YYYY or YYYY (allowed in AIP records). */
export const spanDate = z
  .string()
  .refine((value) => parseVnDateSpan(value) !== undefined, { params: { rule: 'partialDate' } })
  .meta({ pattern: '^(\\d{2}/){0,2}\\d{4}$', examples: ['17/01/2025', '01/2025', '2025'] });

const DURATION_PATTERN = '^\\d{2}:[0-5]\\d:[0-5]\\d$';
const DURATION = new RegExp(DURATION_PATTERN);

/** A duration written HH:MM:SS (`playTime`, 8 characters). */
export const duration = z
  .string()
  .refine((value) => DURATION.test(value), { params: { rule: 'duration' } })
  .meta({ pattern: DURATION_PATTERN, examples: ['00:42:10'] });
