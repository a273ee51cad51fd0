import * as z from 'zod';
import { spanDate } from '../fields/field-schemas.js';
import { checkProcess } from '../rules/cross-field-rules.js';
import { documentFields as field } from './document-fields.js';

/**
 * The document record of an AIP (`EAD_doc.xml`, Appendices I and II of Thông tư 05/2025/TT-BNV;
 * standards reference §3.4c): 19 elements in the circular's order, starting with the dossier's
 * `arcFileCode` and with `docOrdinal`; no `docId`, `maintenance` or `riskRecovery*`. `issuedDate`
 * may also be written MM/YYYY or YYYY, as the AIP dossier dates. `process` is required for
 * documents handled electronically (`confidenceLevel` 01 or 03).
 *
 * @example
 * ```ts
 * import { aipDocumentSchema } from '@sohoa/metadata';
 *
 * const result = aipDocumentSchema.safeParse(record);
 * ```
 */
export const aipDocumentSchema = z
  .object({
    arcFileCode: field.arcFileCode,
    mode: field.mode,
    language: field.language,
    keyword: field.keyword,
    numberOfPage: field.numberOfPage,
    format: field.format,
    inforSign: field.inforSign,
    confidenceLevel: field.confidenceLevel,
    description: field.description,
    docCode: field.docCode,
    docOrdinal: field.docOrdinal,
    typeName: field.typeName,
    codeNumber: field.codeNumber,
    codeNotation: field.codeNotation,
    issuedDate: spanDate,
    organName: field.organName,
    subject: field.subject,
    autograph: field.autograph,
    process: field.process,
  })
  .strict()
  .superRefine((document, context) => {
    checkProcess(document, context);
  });

/** A validated AIP document record (output of {@link aipDocumentSchema}). */
export type AipDocumentRecord = z.output<typeof aipDocumentSchema>;
/** What {@link aipDocumentSchema} accepts. */
export type AipDocumentRecordInput = z.input<typeof aipDocumentSchema>;
