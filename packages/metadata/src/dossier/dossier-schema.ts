import * as z from 'zod';
import {
  CONFIDENCE_LEVEL_CODES,
  LANGUAGE_CODES,
  MAINTENANCE_CODES,
  MODE_CODES,
  PHYSICAL_CONDITION_CODES,
  RISK_RECOVERY_STATUS_CODES,
} from '../codes/code-lists.js';
import { code, codes, count, dayDate, flag, requiredText, text } from '../fields/field-schemas.js';
import { checkDateOrder, checkPaperFileCode, checkRiskRecovery } from '../rules/cross-field-rules.js';

/** The 17 dossier fields after the code, shared by the SIP and AIP dossier (`EAD.xml`). */
export const dossierBodyFields = {
  title: requiredText(1000),
  maintenance: code(MAINTENANCE_CODES),
  mode: code(MODE_CODES),
  language: codes(LANGUAGE_CODES),
  startDate: dayDate,
  endDate: dayDate,
  keyword: text(100).optional(),
  totalDoc: count(10),
  numberOfPaper: count(10).optional(),
  numberOfPage: count(10),
  format: code(PHYSICAL_CONDITION_CODES).optional(),
  inforSign: text(30).optional(),
  confidenceLevel: code(CONFIDENCE_LEVEL_CODES).optional(),
  paperFileCode: text(100).optional(),
  riskRecovery: flag.optional(),
  riskRecoveryStatus: code(RISK_RECOVERY_STATUS_CODES).optional(),
  description: text(2000).optional(),
};

/** A calendar date written DD/MM/YYYY, as the circular requires; checked to be a real date. */
export const vnDateSchema = dayDate;

/**
 * The dossier (hồ sơ) record of Thông tư 05/2025/TT-BNV, the 18 fields of the `EAD.xml` of a
 * SIP_hoso (Appendix III; `vn-archive-standards.md` §3.4a), as a zod schema whose keys are in
 * the circular's element order. Text is stored NFC and trimmed. Cross-field rules:
 * `riskRecoveryStatus` is required when `riskRecovery` is 1; `paperFileCode` is required for
 * digitized dossiers (`confidenceLevel` 02); `startDate` is not after `endDate`.
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
  .object({ fileCode: requiredText(100), ...dossierBodyFields })
  .strict()
  .superRefine((dossier, context) => {
    checkRiskRecovery(dossier, context);
    checkPaperFileCode(dossier, context);
    checkDateOrder(dossier, context);
  });

/** A validated SIP dossier record (output of {@link dossierSchema}). */
export type Dossier = z.output<typeof dossierSchema>;
/** What {@link dossierSchema} accepts. */
export type DossierInput = z.input<typeof dossierSchema>;
