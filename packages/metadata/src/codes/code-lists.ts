/**
 * Code lists of Thông tư 05/2025/TT-BNV shared by every package type, each code with its
 * Vietnamese label (see `vn-archive-standards.md` §3.5). Values are the two-digit strings the
 * circular writes into the XML.
 */

/** Thời hạn lưu trữ (retention), `maintenance`. */
export const MAINTENANCE_CODES = {
  '01': 'Vĩnh viễn',
  '02': '70 năm',
  '03': '50 năm',
  '04': '30 năm',
  '05': '20 năm',
  '06': '10 năm',
  '07': 'Khác',
} as const;

/** Chế độ sử dụng (access mode), `mode`. */
export const MODE_CODES = {
  '01': 'Công khai',
  '02': 'Sử dụng có điều kiện',
  '03': 'Mật',
} as const;

/** Ngôn ngữ (language), `language`; a record may carry several. */
export const LANGUAGE_CODES = {
  '01': 'Tiếng Việt',
  '02': 'Tiếng Anh',
  '03': 'Tiếng Pháp',
  '04': 'Tiếng Nga',
  '05': 'Tiếng Trung',
  '06': 'Việt - Anh',
  '07': 'Việt - Nga',
  '08': 'Việt - Pháp',
  '09': 'Hán Nôm',
  '10': 'Việt - Trung',
  '11': 'Khác',
} as const;

/** Mức độ tin cậy (reliability), `confidenceLevel`. */
export const CONFIDENCE_LEVEL_CODES = {
  '01': 'Gốc điện tử',
  '02': 'Số hóa',
  '03': 'Hỗn hợp',
} as const;

/** Tình trạng vật lý (physical condition), `format`. */
export const PHYSICAL_CONDITION_CODES = {
  '01': 'Tốt',
  '02': 'Bình thường',
  '03': 'Hỏng',
} as const;

/** Tình trạng dự phòng (backup status), `riskRecoveryStatus`. */
export const RISK_RECOVERY_STATUS_CODES = {
  '01': 'Đã dự phòng',
  '02': 'Chưa dự phòng',
} as const;

/** A retention code, `01`–`07`. */
export type MaintenanceCode = keyof typeof MAINTENANCE_CODES;
/** An access-mode code, `01`–`03`. */
export type ModeCode = keyof typeof MODE_CODES;
/** A language code, `01`–`11`. */
export type LanguageCode = keyof typeof LANGUAGE_CODES;
/** A reliability code, `01`–`03`. */
export type ConfidenceLevelCode = keyof typeof CONFIDENCE_LEVEL_CODES;
/** A physical-condition code, `01`–`03`. */
export type PhysicalConditionCode = keyof typeof PHYSICAL_CONDITION_CODES;
/** A backup-status code, `01`–`02`. */
export type RiskRecoveryStatusCode = keyof typeof RISK_RECOVERY_STATUS_CODES;
