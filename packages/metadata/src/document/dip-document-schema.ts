import * as z from 'zod';
import { checkProcess, checkRiskRecovery } from '../rules/cross-field-rules.js';
import { documentFields as field } from './document-fields.js';

/**
 * The document record of a DIP (`EAD_doc.xml`, Appendix V of Thông tư 05/2025/TT-BNV; standards
 * reference §3.4c): the 21 SIP fields with `docCode` replaced by `arcDocCode` (archive code +
 * dossier code + 7-digit ordinal) and `organName` removed, 20 in all, in the circular's order.
 *
 * @example
 * ```ts
 * import { dipDocumentSchema } from '@sohoa/metadata';
 *
 * const result = dipDocumentSchema.safeParse(record);
 * ```
 */
export const dipDocumentSchema = z
  .object({
    docId: field.docId,
    arcDocCode: field.arcDocCode,
    maintenance: field.maintenance,
    typeName: field.typeName,
    codeNumber: field.codeNumber,
    codeNotation: field.codeNotation,
    issuedDate: field.issuedDate,
    subject: field.subject,
    language: field.language,
    numberOfPage: field.numberOfPage,
    inforSign: field.inforSign,
    keyword: field.keyword,
    mode: field.mode,
    confidenceLevel: field.confidenceLevel,
    autograph: field.autograph,
    format: field.format,
    riskRecovery: field.riskRecovery,
    riskRecoveryStatus: field.riskRecoveryStatus,
    process: field.process,
    description: field.description,
  })
  .strict()
  .superRefine((document, context) => {
    checkRiskRecovery(document, context);
    checkProcess(document, context);
  });

/** A validated DIP document record (output of {@link dipDocumentSchema}). */
export type DipDocumentRecord = z.output<typeof dipDocumentSchema>;
/** What {@link dipDocumentSchema} accepts. */
export type DipDocumentRecordInput = z.input<typeof dipDocumentSchema>;
