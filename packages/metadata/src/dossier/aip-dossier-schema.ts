import * as z from 'zod';
import { requiredText, spanDate } from '../fields/field-schemas.js';
import { checkDateOrder, checkPaperFileCode, checkRiskRecovery } from '../rules/cross-field-rules.js';
import { dossierBodyFields } from './dossier-schema.js';

/**
 * The dossier record of an AIP_hoso (`EAD.xml`, Appendix I of Thông tư 05/2025/TT-BNV): the 18
 * fields of {@link dossierSchema} with `arcFileCode` (archive code + dossier code) in place of
 * `fileCode`, and dates that may also be written MM/YYYY or YYYY (§3.4a). The same cross-field
 * rules apply; partial dates compare by the days they cover.
 *
 * @example
 * ```ts
 * import { aipDossierSchema } from '@sohoa/metadata';
 *
 * const dossier = aipDossierSchema.parse({
 *   arcFileCode: 'TTLT1.H49.64.33.2001.160', title: 'Hồ sơ …', maintenance: '01', mode: '01',
 *   language: ['01'], startDate: '1949', endDate: '03/1951', totalDoc: 12, numberOfPage: 40,
 * });
 * ```
 */
export const aipDossierSchema = z
  .object({
    arcFileCode: requiredText(100),
    ...dossierBodyFields,
    startDate: spanDate,
    endDate: spanDate,
  })
  .strict()
  .superRefine((dossier, context) => {
    checkRiskRecovery(dossier, context);
    checkPaperFileCode(dossier, context);
    checkDateOrder(dossier, context);
  });

/** A validated AIP dossier record (output of {@link aipDossierSchema}). */
export type AipDossier = z.output<typeof aipDossierSchema>;
/** What {@link aipDossierSchema} accepts. */
export type AipDossierInput = z.input<typeof aipDossierSchema>;
