/**
 * The headings of a catalog of dossiers (one row and one scan per dossier, TT 02/2019 style), for
 * planning tests that write such a catalog as CSV.
 *
 * @example
 * ```ts
 * await writeFile('muc-luc.csv', [DOSSIER_CATALOG_HEADINGS.join(';'), row].join('\n'));
 * ```
 */
export const DOSSIER_CATALOG_HEADINGS: readonly string[] = [
  'Mã phông',
  'Mục lục số hoặc năm hình thành hồ sơ',
  'Số và ký hiệu hồ sơ',
  'Tiêu đề hồ sơ',
  'Thời hạn bảo quản',
  'Chế độ sử dụng',
  'Ngôn ngữ',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Tổng số văn bản trong hồ sơ',
  'Số lượng trang',
  'Đường dẫn file',
];
