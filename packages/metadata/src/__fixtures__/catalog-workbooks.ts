import writeXlsxFile from 'write-excel-file/node';

/**
 * Catalog workbooks in the shape provincial archives keep them, built in memory for the tests:
 * title lines above the table, a two-row heading with merged cells, a row of column numbers,
 * dossier cells left blank on the following document rows, blank rows, stray spaces, dates as
 * spreadsheet dates, Excel serial numbers and text, and text typed in TCVN3 and VNI.
 */

type Cell = string | number | null | { value: unknown; type: unknown; columnSpan?: number; format?: string };

const merged = (value: string, columnSpan: number): Cell[] => [
  { value, type: String, columnSpan },
  ...Array.from({ length: columnSpan - 1 }, () => null),
];
const date = (year: number, month: number, day: number): Cell => ({
  value: new Date(Date.UTC(year, month - 1, day)),
  type: Date,
  format: 'dd/mm/yyyy',
});
const serial = (value: number): Cell => ({ value, type: Number });

/** Column headings of the per-document catalog (after the two-row heading, 18 columns A–R). */
export const DOCUMENT_CATALOG_ROWS: Cell[][] = [
  [...merged('ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 6)],
  [...merged('MỤC LỤC HỒ SƠ, TÀI LIỆU — PHÔNG UBND TỈNH', 6)],
  [],
  [
    'Số và ký hiệu hồ sơ',
    'Tiêu đề hồ sơ',
    ...merged('Thời gian bắt đầu', 3),
    ...merged('Thời gian kết thúc', 3),
    'Thời hạn bảo quản',
    'Tên loại văn bản',
    'Số và ký hiệu văn bản',
    'Ngày, tháng, năm văn bản',
    'Tác giả',
    'Trích yếu nội dung',
    'Số trang',
    'Ngôn ngữ',
    'Đường dẫn file',
    'Ghi chú',
  ],
  [null, null, 'Ngày', 'Tháng', 'Năm', 'Ngày', 'Tháng', 'Năm'],
  Array.from({ length: 18 }, (_, index) => `(${index + 1})`),
  [
    '160',
    'Hồ sơ về việc thành lập Trường Trung học phổ thông Bãi Cháy',
    5,
    1,
    2001,
    28,
    12,
    2001,
    'Vĩnh viễn',
    'Quyết định',
    '15/QĐ-UBND',
    date(2001, 1, 5),
    'Ủy ban nhân dân tỉnh Quảng Ninh',
    'Về việc thành lập Trường Trung học phổ thông Bãi Cháy',
    3,
    'Tiếng Việt',
    'D:\\SoHoa\\160\\001.pdf',
    null,
  ],
  [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    'Tờ trình',
    '07/TTr-SGD',
    serial(36900),
    'Sở Giáo dục',
    '  Tờ trình xin thành lập trường  ',
    '4',
    null,
    'D:\\SoHoa\\160\\002.pdf',
    null,
  ],
  [],
  [
    '161',
    'B¸o c¸o tæng kÕt c«ng t¸c thñy lîi n¨m 1975',
    1,
    1,
    1975,
    31,
    12,
    1975,
    '20 năm',
    'Báo cáo',
    '12/BC-TTL',
    '31/02/1975',
    'Ty Thñy lîi Qu¶ng Ninh',
    'B¸o c¸o tæng kÕt',
    5,
    null,
    null,
    null,
  ],
  [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    'Thông tư',
    '03/TT',
    '15/3/1975',
    'Bộ Thủy lợi',
    'Keá hoaïch phoøng choáng luït baõo',
    2,
    null,
    null,
    null,
  ],
  [
    '162',
    'Hồ sơ hội nghị tổng kết năm 1980',
    1,
    1,
    1980,
    31,
    12,
    1980,
    'Tạm thời',
    'Biên bản',
    '01/BB',
    '10/5/1979',
    'Ủy ban nhân dân tỉnh Quảng Ninh',
    'Biên bản hội nghị',
    2,
    'Tiếng Việt, tiếng Lào',
    null,
    null,
  ],
];

/** A per-document catalog workbook, with a second sheet of notes that is not a catalog. */
export function documentCatalogWorkbook(): Promise<Buffer> {
  return writeXlsxFile([
    { sheet: 'Mục lục', data: DOCUMENT_CATALOG_ROWS as never },
    { sheet: 'Ghi chú', data: [['Người lập: Nguyễn Văn A'], ['Ngày lập: 01/03/2024']] as never },
  ]).toBuffer();
}
