import * as z from 'zod';
import { checkProcess, checkRiskRecovery } from '../rules/cross-field-rules.js';
import { documentFields as field } from './document-fields.js';

/**
 * The document (tài liệu) record of a SIP (`EAD_doc.xml`, Appendix III of Thông tư
 * 05/2025/TT-BNV; standards reference §3.4c): the 21 fields the sample package emits, keys in the
 * circular's element order. Required: `docId`, `docCode`, `typeName` (`01`–`32`), `issuedDate`
 * (DD/MM/YYYY), `organName`, `subject`, `language`, `numberOfPage`, `mode`. `maintenance` is
 * optional (it defaults to the dossier's). Cross-field rules: `riskRecoveryStatus` when
 * `riskRecovery` is 1; `process` for documents handled electronically (`confidenceLevel` 01 or 03).
 * Which fields the circular makes mandatory is not stated in the sources (UNVERIFIED); the choice
 * above follows the basic information of NĐ 113/2025.
 *
 * @example
 * ```ts
 * import { documentSchema } from '@sohoa/metadata';
 *
 * const document = documentSchema.parse({
 *   docId: 'H49.64.33.2001.160.1', docCode: 'H49.64.33.2001.160.0000001', typeName: '02',
 *   codeNumber: '15', codeNotation: 'QĐ-UBND', issuedDate: '05/01/2001',
 *   organName: 'Ủy ban nhân dân tỉnh Quảng Ninh', subject: 'Về việc thành lập …',
 *   language: ['01'], numberOfPage: 3, mode: '01',
 * });
 * ```
 */
export const documentSchema = z
  .object({
    docId: field.docId,
    docCode: field.docCode,
    maintenance: field.maintenance,
    typeName: field.typeName,
    codeNumber: field.codeNumber,
    codeNotation: field.codeNotation,
    issuedDate: field.issuedDate,
    organName: field.organName,
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

/** A validated SIP document record (output of {@link documentSchema}). */
export type DocumentRecord = z.output<typeof documentSchema>;
/** What {@link documentSchema} accepts. */
export type DocumentRecordInput = z.input<typeof documentSchema>;
