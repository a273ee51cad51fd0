import { FIELD_LABELS } from '../fields/field-labels.js';

/**
 * The Vietnamese name of each dossier field of Thông tư 05/2025/TT-BNV (§3.4a of the standards
 * reference), keyed by its XML tag, in the circular's order (SIP tags). See {@link FIELD_LABELS}
 * for every field with English names too.
 *
 * @example
 * ```ts
 * import { DOSSIER_FIELD_LABELS } from '@sohoa/metadata';
 *
 * DOSSIER_FIELD_LABELS.paperFileCode; // 'Mã hồ sơ gốc giấy'
 * ```
 */
export const DOSSIER_FIELD_LABELS = {
  fileCode: FIELD_LABELS.fileCode.vi,
  title: FIELD_LABELS.title.vi,
  maintenance: FIELD_LABELS.maintenance.vi,
  mode: FIELD_LABELS.mode.vi,
  language: FIELD_LABELS.language.vi,
  startDate: FIELD_LABELS.startDate.vi,
  endDate: FIELD_LABELS.endDate.vi,
  keyword: FIELD_LABELS.keyword.vi,
  totalDoc: FIELD_LABELS.totalDoc.vi,
  numberOfPaper: FIELD_LABELS.numberOfPaper.vi,
  numberOfPage: FIELD_LABELS.numberOfPage.vi,
  format: FIELD_LABELS.format.vi,
  inforSign: FIELD_LABELS.inforSign.vi,
  confidenceLevel: FIELD_LABELS.confidenceLevel.vi,
  paperFileCode: FIELD_LABELS.paperFileCode.vi,
  riskRecovery: FIELD_LABELS.riskRecovery.vi,
  riskRecoveryStatus: FIELD_LABELS.riskRecoveryStatus.vi,
  description: FIELD_LABELS.description.vi,
} as const;
