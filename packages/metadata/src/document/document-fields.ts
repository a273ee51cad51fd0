import {
  CONFIDENCE_LEVEL_CODES,
  LANGUAGE_CODES,
  MAINTENANCE_CODES,
  MODE_CODES,
  PHYSICAL_CONDITION_CODES,
  RISK_RECOVERY_STATUS_CODES,
  TYPE_NAME_CODES,
} from '../codes/code-lists.js';
import { code, codes, count, dayDate, flag, requiredText, text } from '../fields/field-schemas.js';

/**
 * The longest `docId` Thông tư 05/2025 allows (String 25), although it composes it as `fileCode` +
 * `.` + the document's ordinal: a dossier code of 24 characters (`000.00.00.G09.2010.01.TH`, a
 * 13-character agency identifier) already gives 26. Kept as the circular says, since receiving
 * systems check it; the catalog importer names the dossier code to shorten (rule `docIdTooLong`).
 */
export const DOC_ID_MAX_LENGTH = 25;

/**
 * The longest summary (`subject`, String 500 in Thông tư 05/2025) a document record takes; a tool that
 * builds a summary itself (e.g. from a dossier's title) checks it against this limit before the schema
 * does.
 *
 * @example
 * ```ts
 * import { SUBJECT_MAX_LENGTH } from '@sohoa/metadata';
 * const fits = 'Quyết định thành lập Ủy ban'.length <= SUBJECT_MAX_LENGTH; // true
 * ```
 */
export const SUBJECT_MAX_LENGTH = 500;

/**
 * The fields of the document record (`EAD_doc`, §3.4c of the standards reference) with their
 * rules; the SIP, AIP and DIP schemas each take their own subset in their own order.
 */
export const documentFields = {
  docId: requiredText(DOC_ID_MAX_LENGTH),
  docCode: requiredText(100),
  arcFileCode: requiredText(100),
  arcDocCode: requiredText(100),
  docOrdinal: count(7),
  maintenance: code(MAINTENANCE_CODES).optional(),
  typeName: code(TYPE_NAME_CODES),
  codeNumber: text(11).optional(),
  codeNotation: text(30).optional(),
  issuedDate: dayDate,
  organName: requiredText(200),
  subject: requiredText(SUBJECT_MAX_LENGTH),
  language: codes(LANGUAGE_CODES),
  numberOfPage: count(4),
  inforSign: text(30).optional(),
  keyword: text(100).optional(),
  mode: code(MODE_CODES),
  confidenceLevel: code(CONFIDENCE_LEVEL_CODES).optional(),
  autograph: text(2000).optional(),
  format: code(PHYSICAL_CONDITION_CODES).optional(),
  riskRecovery: flag.optional(),
  riskRecoveryStatus: code(RISK_RECOVERY_STATUS_CODES).optional(),
  process: flag.optional(),
  description: text(500).optional(),
};
