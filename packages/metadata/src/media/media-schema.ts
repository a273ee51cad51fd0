import * as z from 'zod';
import { MEDIA_TYPE_CODES } from '../codes/code-lists.js';
import { documentFields } from '../document/document-fields.js';
import { code, duration, flag, requiredText, spanDate, text } from '../fields/field-schemas.js';
import { checkRiskRecovery } from '../rules/cross-field-rules.js';

/**
 * The audio and video record (`EAD_media.xml` of Thông tư 05/2025/TT-BNV; standards reference
 * §3.4d): 19 fields in the circular's order. `playTime` is HH:MM:SS (8 characters);
 * `recordDate` may be DD/MM/YYYY, MM/YYYY or YYYY.
 *
 * @example
 * ```ts
 * import { mediaSchema } from '@sohoa/metadata';
 *
 * const recording = mediaSchema.parse({
 *   docCode: 'H49.64.33.2001.162.0000001', typeMedia: '01', movieTitle: 'Phát biểu tại hội nghị',
 *   language: ['01'], playTime: '00:42:10', mode: '01',
 * });
 * ```
 */
export const mediaSchema = z
  .object({
    docCode: documentFields.docCode,
    maintenance: documentFields.maintenance,
    typeMedia: code(MEDIA_TYPE_CODES),
    archivesNumber: text(50).optional(),
    inforSign: text(30).optional(),
    eventName: text(500).optional(),
    movieTitle: requiredText(500),
    recorder: text(300).optional(),
    recordPlace: text(300).optional(),
    recordDate: spanDate.optional(),
    language: documentFields.language,
    playTime: duration.optional(),
    docAttached: flag.optional(),
    mode: documentFields.mode,
    quality: text(50).optional(),
    format: documentFields.format,
    riskRecovery: documentFields.riskRecovery,
    riskRecoveryStatus: documentFields.riskRecoveryStatus,
    description: text(500).optional(),
  })
  .strict()
  .superRefine((recording, context) => {
    checkRiskRecovery(recording, context);
  });

/** A validated audio/video record (output of {@link mediaSchema}). */
export type MediaRecord = z.output<typeof mediaSchema>;
/** What {@link mediaSchema} accepts. */
export type MediaRecordInput = z.input<typeof mediaSchema>;
