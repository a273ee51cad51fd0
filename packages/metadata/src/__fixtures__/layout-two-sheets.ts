import { type CatalogLayout, xlsx } from './catalog-layout.js';

/**
 * A catalog kept as two tables, as document management systems export dossiers and documents under
 * Thông tư 05/2025: a "Hồ sơ" sheet, one row per dossier, and a "Tài liệu" sheet, one row per
 * document, joined by "Mã hồ sơ"; the dossiers' page counts left to be counted from their documents;
 * one document filed under a dossier code the dossier sheet does not have.
 */
export const TWO_SHEET_LAYOUT: CatalogLayout = {
  name: 'dossier and document sheets joined by code',
  fileName: 'xuat-hs-tl.xlsx',
  options: {},
  defectRows: [6], // "Tài liệu" row 6: its dossier G09.2021.03.KT is on no dossier row
  scans: {
    'G09.2021.01.TCCB/1.pdf': 3,
    'G09.2021.01.TCCB/2.pdf': 1,
    'G09.2021.02.VP/1.pdf': 2,
    'G09.2021.03.KT/1.pdf': 2,
  },
  build: () =>
    xlsx([
      {
        sheet: 'Hồ sơ',
        data: [
          [
            'Mã hồ sơ',
            'Tiêu đề hồ sơ',
            'Thời hạn lưu trữ',
            'Chế độ sử dụng',
            'Ngôn ngữ',
            'Thời gian bắt đầu',
            'Thời gian kết thúc',
            'Tổng số tài liệu trong hồ sơ',
            'Số lượng trang',
            'Mức độ tin cậy',
            'Mã hồ sơ gốc giấy',
          ],
          [
            'G09.2021.01.TCCB',
            'Hồ sơ về việc bổ nhiệm cán bộ năm 2021',
            'Vĩnh viễn',
            'Công khai',
            'Tiếng Việt',
            '04/01/2021',
            '30/06/2021',
            2,
            null,
            'Số hóa',
            'BNV.K2-G3-H7.01',
          ],
          [
            'G09.2021.02.VP',
            'Hồ sơ hội nghị giao ban năm 2021',
            '10 năm',
            'Công khai',
            'Tiếng Việt',
            '15/03/2021',
            '15/03/2021',
            1,
            2,
            'Số hóa',
            'BNV.K2-G3-H7.02',
          ],
        ],
      },
      {
        sheet: 'Tài liệu',
        data: [
          [
            'Mã hồ sơ',
            'Số thứ tự tài liệu',
            'Tên loại tài liệu',
            'Số của tài liệu',
            'Ký hiệu của tài liệu',
            'Ngày tháng năm tài liệu',
            'Cơ quan, tổ chức, cá nhân ban hành',
            'Trích yếu nội dung',
            'Số lượng trang của tài liệu',
            'Đường dẫn file',
          ],
          [
            'G09.2021.01.TCCB',
            1,
            'Quyết định',
            '125',
            'QĐ-BNV',
            '04/01/2021',
            'Bộ Nội vụ',
            'Về việc bổ nhiệm Vụ trưởng',
            3,
            'G09.2021.01.TCCB/1.pdf',
          ],
          [
            'G09.2021.01.TCCB',
            2,
            'Thông báo',
            '30',
            'TB-BNV',
            '30/06/2021',
            'Bộ Nội vụ',
            'Thông báo kết luận',
            1,
            'G09.2021.01.TCCB/2.pdf',
          ],
          [
            'G09.2021.02.VP',
            1,
            'Biên bản',
            '02',
            'BB-VP',
            '15/03/2021',
            'Văn phòng Bộ',
            'Biên bản hội nghị giao ban',
            2,
            'G09.2021.02.VP/1.pdf',
          ],
          [],
          [
            'G09.2021.03.KT',
            1,
            'Công văn',
            '45',
            'BNV-KT',
            '02/04/2021',
            'Vụ Kế hoạch - Tài chính',
            'Về việc quyết toán',
            2,
            'G09.2021.03.KT/1.pdf',
          ],
        ],
      },
    ]),
};
