/**
 * Code lists of Thông tư 05/2025/TT-BNV shared by every package type, each code with its
 * Vietnamese label (see `vn-archive-standards.md` §3.5). Values are the two-digit strings the
 * circular writes into the XML.
 */

/**
 * Thời hạn lưu trữ (retention), `maintenance`.
 *
 * @example
 * ```ts
 * import { MAINTENANCE_CODES } from '@sohoa/metadata';
 *
 * MAINTENANCE_CODES['05']; // '20 năm'
 * ```
 */
export const MAINTENANCE_CODES = {
  '01': 'Vĩnh viễn',
  '02': '70 năm',
  '03': '50 năm',
  '04': '30 năm',
  '05': '20 năm',
  '06': '10 năm',
  '07': 'Khác',
} as const;

/**
 * Chế độ sử dụng (access mode), `mode`.
 *
 * @example
 * ```ts
 * import { MODE_CODES } from '@sohoa/metadata';
 *
 * MODE_CODES['02']; // 'Sử dụng có điều kiện'
 * ```
 */
export const MODE_CODES = {
  '01': 'Công khai',
  '02': 'Sử dụng có điều kiện',
  '03': 'Mật',
} as const;

/**
 * Ngôn ngữ (language), `language`; a record may carry several.
 *
 * @example
 * ```ts
 * import { LANGUAGE_CODES } from '@sohoa/metadata';
 *
 * LANGUAGE_CODES['09']; // 'Hán Nôm'
 * ```
 */
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

/**
 * Mức độ tin cậy (reliability), `confidenceLevel`.
 *
 * @example
 * ```ts
 * import { CONFIDENCE_LEVEL_CODES } from '@sohoa/metadata';
 *
 * CONFIDENCE_LEVEL_CODES['02']; // 'Số hóa'
 * ```
 */
export const CONFIDENCE_LEVEL_CODES = {
  '01': 'Gốc điện tử',
  '02': 'Số hóa',
  '03': 'Hỗn hợp',
} as const;

/**
 * Tình trạng vật lý (physical condition), `format`.
 *
 * @example
 * ```ts
 * import { PHYSICAL_CONDITION_CODES } from '@sohoa/metadata';
 *
 * PHYSICAL_CONDITION_CODES['03']; // 'Hỏng'
 * ```
 */
export const PHYSICAL_CONDITION_CODES = {
  '01': 'Tốt',
  '02': 'Bình thường',
  '03': 'Hỏng',
} as const;

/**
 * Tình trạng dự phòng (backup status), `riskRecoveryStatus`.
 *
 * @example
 * ```ts
 * import { RISK_RECOVERY_STATUS_CODES } from '@sohoa/metadata';
 *
 * RISK_RECOVERY_STATUS_CODES['01']; // 'Đã dự phòng'
 * ```
 */
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

/**
 * Tên loại tài liệu (document type), `typeName` of `EAD_doc`, codes `01`–`32` (standards reference
 * §3.5, confirmed by a second independent implementation in §15).
 *
 * @example
 * ```ts
 * import { TYPE_NAME_CODES } from '@sohoa/metadata';
 *
 * TYPE_NAME_CODES['22']; // 'Công văn'
 * ```
 */
export const TYPE_NAME_CODES = {
  '01': 'Nghị quyết',
  '02': 'Quyết định',
  '03': 'Chỉ thị',
  '04': 'Quy chế',
  '05': 'Quy định',
  '06': 'Thông cáo',
  '07': 'Thông báo',
  '08': 'Hướng dẫn',
  '09': 'Chương trình',
  '10': 'Kế hoạch',
  '11': 'Phương án',
  '12': 'Đề án',
  '13': 'Dự án',
  '14': 'Báo cáo',
  '15': 'Tờ trình',
  '16': 'Giấy ủy quyền',
  '17': 'Phiếu gửi',
  '18': 'Phiếu chuyển',
  '19': 'Phiếu báo',
  '20': 'Biên bản',
  '21': 'Hợp đồng',
  '22': 'Công văn',
  '23': 'Công điện',
  '24': 'Bản ghi nhớ',
  '25': 'Bản thỏa thuận',
  '26': 'Giấy mời',
  '27': 'Giấy giới thiệu',
  '28': 'Giấy nghỉ phép',
  '29': 'Thư công',
  '30': 'Bản đồ',
  '31': 'Bản vẽ kỹ thuật',
  '32': 'Khác',
} as const;

/**
 * Loại phim, ảnh (photo type), `typePic` of `EAD_pic`.
 *
 * @example
 * ```ts
 * import { PHOTO_TYPE_CODES } from '@sohoa/metadata';
 *
 * PHOTO_TYPE_CODES['01']; // 'Phim âm bản'
 * ```
 */
export const PHOTO_TYPE_CODES = {
  '01': 'Phim âm bản',
  '02': 'Ảnh',
} as const;

/**
 * Loại tài liệu phim, âm thanh (media type), `typeMedia` of `EAD_media`.
 *
 * @example
 * ```ts
 * import { MEDIA_TYPE_CODES } from '@sohoa/metadata';
 *
 * MEDIA_TYPE_CODES['02']; // 'Phim (video)'
 * ```
 */
export const MEDIA_TYPE_CODES = {
  '01': 'Âm thanh',
  '02': 'Phim (video)',
} as const;

/**
 * Màu sắc (colour) of a photo, `colour` of `EAD_pic`.
 *
 * @example
 * ```ts
 * import { COLOUR_CODES } from '@sohoa/metadata';
 *
 * COLOUR_CODES['02']; // 'Đen trắng'
 * ```
 */
export const COLOUR_CODES = {
  '01': 'Màu',
  '02': 'Đen trắng',
} as const;

/** A document-type code, `01`–`32`. */
export type TypeNameCode = keyof typeof TYPE_NAME_CODES;
/** A photo-type code, `01` film negative or `02` photo. */
export type PhotoTypeCode = keyof typeof PHOTO_TYPE_CODES;
/** A media-type code, `01` audio or `02` video. */
export type MediaTypeCode = keyof typeof MEDIA_TYPE_CODES;
/** A colour code, `01` colour or `02` black and white. */
export type ColourCode = keyof typeof COLOUR_CODES;

/**
 * Every code list by the XML tag that carries it, so a tool can look up the label of any coded value.
 *
 * @example
 * ```ts
 * import { CODE_LISTS } from '@sohoa/metadata';
 *
 * CODE_LISTS.typeName['02']; // 'Quyết định'
 * CODE_LISTS.maintenance['01']; // 'Vĩnh viễn'
 * ```
 */
export const CODE_LISTS = {
  maintenance: MAINTENANCE_CODES,
  mode: MODE_CODES,
  language: LANGUAGE_CODES,
  confidenceLevel: CONFIDENCE_LEVEL_CODES,
  format: PHYSICAL_CONDITION_CODES,
  riskRecoveryStatus: RISK_RECOVERY_STATUS_CODES,
  typeName: TYPE_NAME_CODES,
  typePic: PHOTO_TYPE_CODES,
  typeMedia: MEDIA_TYPE_CODES,
  colour: COLOUR_CODES,
} as const;

/** The tag of a coded field, a key of {@link CODE_LISTS}. */
export type CodedField = keyof typeof CODE_LISTS;
