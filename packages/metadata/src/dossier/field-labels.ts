/**
 * The Vietnamese name of each dossier field of Thông tư 05/2025/TT-BNV (§3.4a of the standards
 * reference), keyed by its XML tag. Used in validation messages so an archivist recognises the field.
 */
export const DOSSIER_FIELD_LABELS = {
  fileCode: 'Mã hồ sơ',
  title: 'Tiêu đề hồ sơ',
  maintenance: 'Thời hạn lưu trữ',
  mode: 'Chế độ sử dụng',
  language: 'Ngôn ngữ',
  startDate: 'Thời gian bắt đầu',
  endDate: 'Thời gian kết thúc',
  keyword: 'Từ khóa',
  totalDoc: 'Tổng số tài liệu trong hồ sơ',
  numberOfPaper: 'Số lượng tờ',
  numberOfPage: 'Số lượng trang',
  format: 'Tình trạng vật lý',
  inforSign: 'Ký hiệu thông tin',
  confidenceLevel: 'Mức độ tin cậy',
  paperFileCode: 'Mã hồ sơ gốc giấy',
  riskRecovery: 'Chế độ dự phòng',
  riskRecoveryStatus: 'Tình trạng dự phòng',
  description: 'Ghi chú',
} as const;
