/** The Vietnamese and English names of one metadata field. */
export interface FieldLabel {
  /** The Vietnamese name the circular gives the field, e.g. `Thời hạn lưu trữ`. */
  vi: string;
  /** An English rendering, e.g. `retention period`. */
  en: string;
}

/**
 * The name of every metadata field of Thông tư 05/2025/TT-BNV handled by this package (dossier,
 * document, photo, audio/video, loose-document package and fond), keyed by its XML tag. Validation
 * messages name a field by its Vietnamese name and its tag, so an archivist and a developer both
 * recognise it. Where the dossier and the document give the same tag different names (e.g.
 * `description`), the more general one is used.
 *
 * @example
 * ```ts
 * import { FIELD_LABELS } from '@sohoa/metadata';
 *
 * FIELD_LABELS.maintenance.vi; // 'Thời hạn lưu trữ'
 * FIELD_LABELS.maintenance.en; // 'retention period'
 * ```
 */
export const FIELD_LABELS = {
  // Dossier (EAD.xml)
  fileCode: { vi: 'Mã hồ sơ', en: 'dossier code' },
  arcFileCode: { vi: 'Mã hồ sơ lưu trữ', en: 'archival dossier code' },
  title: { vi: 'Tiêu đề hồ sơ', en: 'dossier title' },
  maintenance: { vi: 'Thời hạn lưu trữ', en: 'retention period' },
  mode: { vi: 'Chế độ sử dụng', en: 'access mode' },
  language: { vi: 'Ngôn ngữ', en: 'language' },
  startDate: { vi: 'Thời gian bắt đầu', en: 'start date' },
  endDate: { vi: 'Thời gian kết thúc', en: 'end date' },
  keyword: { vi: 'Từ khóa', en: 'keywords' },
  totalDoc: { vi: 'Tổng số tài liệu trong hồ sơ', en: 'number of documents' },
  numberOfPaper: { vi: 'Số lượng tờ', en: 'number of sheets' },
  numberOfPage: { vi: 'Số lượng trang', en: 'number of pages' },
  format: { vi: 'Tình trạng vật lý', en: 'physical condition' },
  inforSign: { vi: 'Ký hiệu thông tin', en: 'information classification symbol' },
  confidenceLevel: { vi: 'Mức độ tin cậy', en: 'reliability' },
  paperFileCode: { vi: 'Mã hồ sơ gốc giấy', en: 'code of the paper original' },
  riskRecovery: { vi: 'Chế độ dự phòng', en: 'backup copy kept' },
  riskRecoveryStatus: { vi: 'Tình trạng dự phòng', en: 'backup status' },
  description: { vi: 'Ghi chú', en: 'notes' },
  // Document (EAD_doc)
  docId: { vi: 'Mã định danh tài liệu', en: 'document identifier' },
  docCode: { vi: 'Mã lưu trữ của tài liệu', en: 'archival code of the document' },
  arcDocCode: { vi: 'Mã lưu trữ tài liệu', en: 'archival document code' },
  docOrdinal: { vi: 'Số thứ tự tài liệu trong hồ sơ', en: 'ordinal of the document in the dossier' },
  typeName: { vi: 'Tên loại tài liệu', en: 'document type' },
  codeNumber: { vi: 'Số của tài liệu', en: 'document number' },
  codeNotation: { vi: 'Ký hiệu của tài liệu', en: 'document symbol' },
  issuedDate: { vi: 'Ngày tháng năm tài liệu', en: 'document date' },
  organName: { vi: 'Tên cơ quan, tổ chức, cá nhân ban hành', en: 'issuing body' },
  subject: { vi: 'Trích yếu nội dung', en: 'summary' },
  autograph: { vi: 'Bút tích', en: 'handwritten annotations' },
  process: { vi: 'Quy trình xử lý', en: 'handling workflow attached' },
  // Photo and audio/video (EAD_pic, EAD_media)
  typePic: { vi: 'Loại phim, ảnh', en: 'photo type' },
  typeMedia: { vi: 'Loại phim, âm thanh', en: 'media type' },
  archivesNumber: { vi: 'Số lưu trữ', en: 'archive number' },
  eventName: { vi: 'Tên sự kiện', en: 'event name' },
  imageTitle: { vi: 'Tiêu đề phim, ảnh', en: 'photo title' },
  photographer: { vi: 'Tác giả', en: 'photographer' },
  photoPlace: { vi: 'Địa điểm chụp', en: 'place taken' },
  photoTime: { vi: 'Thời gian chụp', en: 'date taken' },
  colour: { vi: 'Màu sắc', en: 'colour' },
  filmSize: { vi: 'Cỡ phim, ảnh', en: 'film or print size' },
  docAttached: { vi: 'Tài liệu đi kèm', en: 'accompanying documents' },
  movieTitle: { vi: 'Tiêu đề phim, âm thanh', en: 'recording title' },
  recorder: { vi: 'Tác giả', en: 'recorder' },
  recordPlace: { vi: 'Địa điểm ghi', en: 'place recorded' },
  recordDate: { vi: 'Thời gian ghi', en: 'date recorded' },
  playTime: { vi: 'Thời lượng', en: 'duration' },
  quality: { vi: 'Chất lượng', en: 'quality' },
  // Loose-document package (AIP_tailieu / SIP_tailieu)
  source: { vi: 'Nguồn tài liệu (0 đi, 1 đến)', en: 'document source (0 outgoing, 1 incoming)' },
  // Fond
  identifier: { vi: 'Mã cơ quan lưu trữ', en: 'archive code' },
  organId: { vi: 'Mã phông/công trình/sưu tập lưu trữ', en: 'fond code' },
  fondName: { vi: 'Tên phông/công trình/sưu tập lưu trữ', en: 'fond name' },
  closed: { vi: 'Trạng thái phông (1 đóng, 0 mở)', en: 'fond closed (1) or open (0)' },
  fondHistory: { vi: 'Lịch sử đơn vị hình thành phông', en: 'history of the creating body' },
  archivesTime: { vi: 'Thời gian tài liệu', en: 'date range of the records' },
  paperTotal: { vi: 'Tổng số tài liệu giấy', en: 'total paper records' },
  paperDigital: { vi: 'Số lượng tài liệu giấy đã số hóa', en: 'paper records digitized' },
  keyGroups: { vi: 'Các nhóm tài liệu chủ yếu', en: 'main record groups' },
  otherTypes: { vi: 'Các loại hình tài liệu khác', en: 'other record types' },
  lookupTools: { vi: 'Công cụ tra cứu', en: 'finding aids' },
  copyNumber: { vi: 'Số lượng trang tài liệu đã lập bản sao bảo hiểm', en: 'pages with security copies' },
} as const satisfies Record<string, FieldLabel>;

/** The XML tag of a metadata field known to this package, a key of {@link FIELD_LABELS}. */
export type FieldTag = keyof typeof FIELD_LABELS;

/**
 * The names of a field by its tag, or the tag itself in both languages for an unknown tag.
 *
 * @example
 * ```ts
 * import { fieldLabel } from '@sohoa/metadata';
 *
 * fieldLabel('typeName'); // { vi: 'Tên loại tài liệu', en: 'document type' }
 * fieldLabel('foo'); // { vi: 'foo', en: 'foo' }
 * ```
 */
export function fieldLabel(tag: string): FieldLabel {
  return Object.hasOwn(FIELD_LABELS, tag) ? FIELD_LABELS[tag as FieldTag] : { vi: tag, en: tag };
}
