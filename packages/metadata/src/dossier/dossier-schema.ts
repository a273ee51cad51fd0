import { z } from 'zod';
import {
  CONFIDENCE_LEVEL_CODES,
  LANGUAGE_CODES,
  MAINTENANCE_CODES,
  MODE_CODES,
  PHYSICAL_CONDITION_CODES,
  RISK_RECOVERY_STATUS_CODES,
} from '../codes/code-lists.js';

const DATE_PATTERN = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function codeOf<T extends Record<string, string>>(codes: T) {
  const values = Object.keys(codes) as [keyof T & string, ...(keyof T & string)[]];
  return z.enum(values, {
    error: (issue) =>
      `expected one of ${values.map((code) => `${code} (${codes[code]})`).join(', ')}; got ${JSON.stringify(issue.input)}`,
  });
}

const text = (maxLength: number) =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(maxLength, `at most ${maxLength} characters`));

const requiredText = (maxLength: number) => text(maxLength).pipe(z.string().min(1, 'must not be empty'));

const count = (digits: number) =>
  z
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(0, 'must not be negative')
    .max(10 ** digits - 1, `at most ${digits} digits`);

/** A calendar date written DD/MM/YYYY, as the circular requires; checked to be a real date. */
export const vnDateSchema = z.string().refine((value) => parseVnDate(value) !== undefined, {
  error: (issue) =>
    `expected a real date written DD/MM/YYYY (e.g. 17/01/2025); got ${JSON.stringify(issue.input)}`,
});

/**
 * Reads a DD/MM/YYYY date into a UTC `Date`, or `undefined` when it is not a real date.
 *
 * @example
 * ```ts
 * import { parseVnDate } from '@sohoa/metadata';
 *
 * parseVnDate('17/01/2025')?.toISOString(); // '2025-01-17T00:00:00.000Z'
 * parseVnDate('31/02/2025'); // undefined
 * ```
 */
export function parseVnDate(value: string): Date | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, day, month, year] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

/**
 * The dossier (hồ sơ) record of Thông tư 05/2025/TT-BNV, the 18 fields of the `EAD.xml` of a
 * SIP_hoso (Appendix III; `vn-archive-standards.md` §3.4a), as a zod schema. Text is stored NFC
 * and trimmed. Cross-field rules: `riskRecoveryStatus` is required when `riskRecovery` is 1;
 * `paperFileCode` is required for digitized dossiers (`confidenceLevel` 02); `startDate` is not
 * after `endDate`.
 *
 * | field | rule |
 * |---|---|
 * | `fileCode` | required, ≤ 100 characters |
 * | `title` | required, ≤ 1000 |
 * | `maintenance`, `mode` | code `01`–`07`, `01`–`03` |
 * | `language` | one or more codes `01`–`11` |
 * | `startDate`, `endDate` | DD/MM/YYYY |
 * | `totalDoc`, `numberOfPaper`, `numberOfPage` | whole numbers, ≤ 10 digits |
 * | `format`, `confidenceLevel` | optional codes `01`–`03` |
 * | `paperFileCode` | ≤ 100, required when digitized |
 * | `riskRecovery` | 0 or 1; `riskRecoveryStatus` `01`/`02` |
 *
 * @example
 * ```ts
 * import { dossierSchema } from '@sohoa/metadata';
 *
 * const result = dossierSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues);
 * ```
 */
export const dossierSchema = z
  .object({
    fileCode: requiredText(100),
    title: requiredText(1000),
    maintenance: codeOf(MAINTENANCE_CODES),
    mode: codeOf(MODE_CODES),
    language: z.array(codeOf(LANGUAGE_CODES)).min(1, 'give at least one language code'),
    startDate: vnDateSchema,
    endDate: vnDateSchema,
    keyword: text(100).optional(),
    totalDoc: count(10),
    numberOfPaper: count(10).optional(),
    numberOfPage: count(10),
    format: codeOf(PHYSICAL_CONDITION_CODES).optional(),
    inforSign: text(30).optional(),
    confidenceLevel: codeOf(CONFIDENCE_LEVEL_CODES).optional(),
    paperFileCode: text(100).optional(),
    riskRecovery: z.union([z.literal(0), z.literal(1)], { error: 'expected 0 (no) or 1 (yes)' }).optional(),
    riskRecoveryStatus: codeOf(RISK_RECOVERY_STATUS_CODES).optional(),
    description: text(2000).optional(),
  })
  .strict()
  .superRefine((dossier, context) => {
    if (dossier.riskRecovery === 1 && dossier.riskRecoveryStatus === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['riskRecoveryStatus'],
        message: 'required when riskRecovery is 1: give 01 (backed up) or 02 (not yet)',
      });
    }
    if (dossier.confidenceLevel === '02' && !dossier.paperFileCode) {
      context.addIssue({
        code: 'custom',
        path: ['paperFileCode'],
        message: 'required for a digitized dossier (confidenceLevel 02): give the code of the paper original',
      });
    }
    const start = parseVnDate(dossier.startDate);
    const end = parseVnDate(dossier.endDate);
    if (start && end && start > end) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `must not be before startDate (${dossier.startDate})`,
      });
    }
  });

/** A validated dossier record (output of {@link dossierSchema}). */
export type Dossier = z.output<typeof dossierSchema>;
/** What {@link dossierSchema} accepts. */
export type DossierInput = z.input<typeof dossierSchema>;
