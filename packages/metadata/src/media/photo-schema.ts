import * as z from 'zod';
import { COLOUR_CODES, PHOTO_TYPE_CODES } from '../codes/code-lists.js';
import { documentFields } from '../document/document-fields.js';
import { code, flag, requiredText, spanDate, text } from '../fields/field-schemas.js';
import { checkRiskRecovery } from '../rules/cross-field-rules.js';

/**
 * The photo and film record (`EAD_pic.xml` of Thông tư 05/2025/TT-BNV; standards reference
 * §3.4d): 18 fields in the circular's order. `photoTime` may be DD/MM/YYYY, MM/YYYY or YYYY (old
 * photos are often dated by year only). Appendices I and II disagree on the identifier fields of
 * this record; this schema follows the SIP list (with `docCode`).
 *
 * @example
 * ```ts
 * import { photoSchema } from '@sohoa/metadata';
 *
 * const photo = photoSchema.parse({
 *   docCode: 'H49.64.33.2001.161.0000001', typePic: '02', imageTitle: 'Lễ khánh thành cầu Bãi Cháy',
 *   photoTime: '12/2006', colour: '01', mode: '01',
 * });
 * ```
 */
export const photoSchema = z
  .object({
    docCode: documentFields.docCode,
    maintenance: documentFields.maintenance,
    typePic: code(PHOTO_TYPE_CODES),
    archivesNumber: text(50).optional(),
    inforSign: text(30).optional(),
    eventName: text(500).optional(),
    imageTitle: requiredText(500),
    photographer: text(300).optional(),
    photoPlace: text(300).optional(),
    photoTime: spanDate.optional(),
    colour: code(COLOUR_CODES).optional(),
    filmSize: text(30).optional(),
    docAttached: flag.optional(),
    mode: documentFields.mode,
    format: documentFields.format,
    riskRecovery: documentFields.riskRecovery,
    riskRecoveryStatus: documentFields.riskRecoveryStatus,
    description: text(500).optional(),
  })
  .strict()
  .superRefine((photo, context) => {
    checkRiskRecovery(photo, context);
  });

/** A validated photo record (output of {@link photoSchema}). */
export type PhotoRecord = z.output<typeof photoSchema>;
/** What {@link photoSchema} accepts. */
export type PhotoRecordInput = z.input<typeof photoSchema>;
