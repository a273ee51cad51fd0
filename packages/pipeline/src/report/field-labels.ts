/**
 * Vietnamese and English names of the document fields of Thông tư 05/2025/TT-BNV that the
 * document records carry, for `report.html`'s metadata tables.
 */
const FIELD_LABELS: Record<string, [string, string]> = {
  typeName: ['Tên loại văn bản', 'Document type'],
  codeNumber: ['Số văn bản', 'Number'],
  codeNotation: ['Ký hiệu văn bản', 'Notation'],
  issuedDate: ['Ngày, tháng, năm văn bản', 'Issued on'],
  organName: ['Cơ quan ban hành', 'Issuing body'],
  subject: ['Trích yếu nội dung', 'Summary'],
  language: ['Ngôn ngữ', 'Language'],
  numberOfPage: ['Số trang', 'Pages'],
  keyword: ['Từ khóa', 'Keywords'],
  mode: ['Chế độ sử dụng', 'Access'],
  confidenceLevel: ['Mức độ tin cậy', 'Reliability'],
  autograph: ['Bút tích', 'Autograph'],
  description: ['Ghi chú', 'Notes'],
  format: ['Tình trạng vật lý', 'Physical state'],
  inforSign: ['Ký hiệu thông tin', 'Information mark'],
  maintenance: ['Thời hạn bảo quản', 'Retention'],
};

/**
 * The Vietnamese and English names of a document field (`issuedDate` → `Ngày, tháng, năm văn
 * bản`, `Issued on`); an unknown field keeps its own name in both.
 *
 * @example
 * ```ts
 * fieldLabel('subject'); // ['Trích yếu nội dung', 'Summary']
 * ```
 */
export function fieldLabel(field: string): [string, string] {
  return FIELD_LABELS[field] ?? [field, field];
}
