import * as z from 'zod';
import { LANGUAGE_CODES } from '../codes/code-lists.js';
import { codes, count, flag, requiredText, text } from '../fields/field-schemas.js';

/**
 * The fond (phông / công trình / sưu tập) record. Thông tư 05/2025/TT-BNV lists the content of
 * fond data (standards reference §3.4f) but the sources give no tags or lengths for it
 * (UNVERIFIED): this schema takes the 13 tags and lengths of Thông tư 02/2019 (§2.1) and adds the
 * two items TT05 introduces, `closed` (1 closed fond, 0 open) and `riskRecovery`. Language is a
 * list of TT05 codes, as in every other record.
 *
 * @example
 * ```ts
 * import { fondSchema } from '@sohoa/metadata';
 *
 * fondSchema.parse({
 *   identifier: 'TTLT1', organId: 'P623', fondName: 'UBND tỉnh Quảng Ninh', closed: 0,
 *   archivesTime: '1963-2005', language: ['01'],
 * });
 * ```
 */
export const fondSchema = z
  .object({
    identifier: requiredText(13),
    organId: requiredText(13),
    fondName: requiredText(200),
    closed: flag,
    fondHistory: text(100_000).optional(),
    archivesTime: text(30).optional(),
    paperTotal: count(10).optional(),
    paperDigital: count(10).optional(),
    keyGroups: text(300).optional(),
    otherTypes: text(300).optional(),
    language: codes(LANGUAGE_CODES),
    lookupTools: text(50).optional(),
    copyNumber: count(10).optional(),
    riskRecovery: flag.optional(),
    description: text(1000).optional(),
  })
  .strict()
  .superRefine((fond, context) => {
    if (
      fond.paperTotal !== undefined &&
      fond.paperDigital !== undefined &&
      fond.paperDigital > fond.paperTotal
    ) {
      context.addIssue({
        code: 'custom',
        path: ['paperDigital'],
        params: { rule: 'notMoreThan', other: 'paperTotal', limit: fond.paperTotal },
      });
    }
  });

/** A validated fond record (output of {@link fondSchema}). */
export type FondRecord = z.output<typeof fondSchema>;
/** What {@link fondSchema} accepts. */
export type FondRecordInput = z.input<typeof fondSchema>;
