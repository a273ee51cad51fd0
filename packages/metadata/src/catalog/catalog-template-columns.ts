import type { CatalogColumn } from './catalog-columns.js';

/** A column of the catalog template: its heading, what it fills, its drop-down list, its example. */
export interface TemplateColumn {
  /** The heading, in Vietnamese, as Thông tư 05/2025 names the field (recognised by `importCatalog`). */
  heading: string;
  column: CatalogColumn;
  /** The code list offered as a drop-down (the names; `importCatalog` turns them into codes). */
  list?: 'maintenance' | 'mode' | 'language' | 'confidenceLevel' | 'format' | 'typeName';
  /** The value of the example row. */
  example: string | number | Date;
  /** Column width, in characters. */
  width: number;
}

const date = (day: number, month: number, year: number) => new Date(Date.UTC(year, month - 1, day));

/**
 * The template's columns, one row per document: the dossier fields of SIP `EAD.xml` in the
 * circular's order (§3.4 a), then the document fields of `EAD_doc` in its order (§3.4 c), without
 * those a document takes from its dossier (retention, access mode, language, reliability) or that
 * sohoa builds (`docId`, `docCode` from the dossier code and the ordinal). "Số thứ tự văn bản"
 * (the ordinal, `docOrdinal` of AIP documents) and "Đường dẫn file" (the scan) are added; "Ghi
 * chú" comes last, as `description` does in both records.
 */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { heading: 'Mã hồ sơ', column: 'fileCode', example: 'H49.64.33.2001.160', width: 22 },
  {
    heading: 'Tiêu đề hồ sơ',
    column: 'title',
    example: 'Hồ sơ về việc thành lập Trường Trung học phổ thông Bãi Cháy',
    width: 45,
  },
  {
    heading: 'Thời hạn lưu trữ',
    column: 'maintenance',
    list: 'maintenance',
    example: 'Vĩnh viễn',
    width: 14,
  },
  { heading: 'Chế độ sử dụng', column: 'mode', list: 'mode', example: 'Công khai', width: 16 },
  { heading: 'Ngôn ngữ', column: 'language', list: 'language', example: 'Tiếng Việt', width: 14 },
  { heading: 'Thời gian bắt đầu', column: 'startDate', example: date(5, 1, 2001), width: 12 },
  { heading: 'Thời gian kết thúc', column: 'endDate', example: date(28, 12, 2001), width: 12 },
  { heading: 'Từ khóa', column: 'keyword', example: 'thành lập trường', width: 16 },
  { heading: 'Tổng số tài liệu trong hồ sơ', column: 'totalDoc', example: 1, width: 10 },
  { heading: 'Số lượng tờ', column: 'numberOfPaper', example: 2, width: 8 },
  { heading: 'Số lượng trang', column: 'dossierPages', example: 3, width: 8 },
  { heading: 'Tình trạng vật lý', column: 'format', list: 'format', example: 'Bình thường', width: 12 },
  { heading: 'Ký hiệu thông tin', column: 'inforSign', example: 'TCCB', width: 10 },
  {
    heading: 'Mức độ tin cậy',
    column: 'confidenceLevel',
    list: 'confidenceLevel',
    example: 'Số hóa',
    width: 12,
  },
  { heading: 'Mã hồ sơ gốc giấy', column: 'paperFileCode', example: 'TTLT1.K1-G2-H15.160', width: 20 },
  { heading: 'Số thứ tự văn bản', column: 'docOrdinal', example: 1, width: 8 },
  { heading: 'Tên loại văn bản', column: 'typeName', list: 'typeName', example: 'Quyết định', width: 14 },
  { heading: 'Số của văn bản', column: 'codeNumber', example: '15', width: 8 },
  { heading: 'Ký hiệu của văn bản', column: 'codeNotation', example: 'QĐ-UBND', width: 12 },
  { heading: 'Ngày, tháng, năm văn bản', column: 'issuedDate', example: date(5, 1, 2001), width: 12 },
  {
    heading: 'Cơ quan, tổ chức, cá nhân ban hành',
    column: 'organName',
    example: 'Ủy ban nhân dân tỉnh Quảng Ninh',
    width: 30,
  },
  {
    heading: 'Trích yếu nội dung',
    column: 'subject',
    example: 'Về việc thành lập Trường Trung học phổ thông Bãi Cháy',
    width: 45,
  },
  { heading: 'Số lượng trang của văn bản', column: 'documentPages', example: 3, width: 10 },
  { heading: 'Bút tích', column: 'autograph', example: 'Chữ ký của Chủ tịch UBND tỉnh', width: 20 },
  { heading: 'Đường dẫn file', column: 'filePath', example: 'H49.64.33.2001.160/001.pdf', width: 28 },
  { heading: 'Ghi chú', column: 'description', example: 'Người lập: Nguyễn Văn A', width: 24 },
];
