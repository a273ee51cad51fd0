import { type CatalogLayout, type Cell, mergedDown, xlsx } from './catalog-layout.js';

const serial = (value: number): Cell => ({ value, type: Number });

/**
 * A catalog as years of hand-keeping leave it: title lines, headings with line breaks and stray
 * spaces, a two-row heading, a row of column numbers, the dossier's cells merged down over its
 * documents, blank rows, document dates as Excel serial numbers, type names with typos and
 * without marks, a summary column typed in TCVN3, paths with a drive letter, a dossier whose title
 * was never written, and a line of totals under the table.
 */
export const MESSY_LAYOUT: CatalogLayout = {
  name: 'messy hand-kept catalog',
  fileName: 'muc-luc-cu.xlsx',
  options: { creator: 'H49.64.33' },
  // a dossier without a title
  defectRows: [12],
  scans: {
    'D:\\SoHoa\\Phong UBND\\HS-20\\01.pdf': 3,
    'D:\\SoHoa\\Phong UBND\\HS-20\\02.pdf': 2,
    'D:\\SoHoa\\Phong UBND\\HS-21\\01.pdf': 6,
    'D:\\SoHoa\\Phong UBND\\HS-22\\01.pdf': 1,
  },
  build: () =>
    xlsx([
      {
        sheet: 'MLHS',
        data: [
          ['UBND HUYỆN HOÀNH BỒ'],
          ['  MỤC LỤC HỒ SƠ  '],
          [],
          [
            'Số và ký\nhiệu hồ sơ',
            '  Tiêu đề   hồ sơ ',
            { value: 'Thời gian', type: String, columnSpan: 2 },
            null,
            'THỜI HẠN BẢO QUẢN',
            'Tên loại văn bản',
            'Số, ký hiệu văn bản',
            'Ngày tháng văn bản',
            'Tác giả',
            'Trích yếu nội dung',
            'Số trang',
            'Đường dẫn file',
            'Ghi chú',
          ],
          [null, null, 'Bắt đầu', 'Kết thúc'],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
          [
            mergedDown(' 20 ', 2),
            mergedDown('Hồ sơ về việc xây dựng trụ sở UBND huyện', 2),
            mergedDown('5/1/2001', 2),
            mergedDown('28/12/2001', 2),
            mergedDown('Vĩnh viễn ', 2),
            'Quyêt đinh',
            '15/QĐ-UBND',
            serial(36896),
            'UBND huyện Hoành Bồ',
            'VÒ viÖc phª duyÖt dù ¸n x©y dùng trô së',
            3,
            'D:\\SoHoa\\Phong UBND\\HS-20\\01.pdf',
            null,
          ],
          [
            // Under the five merged dossier cells.
            ...Array.from({ length: 5 }, () => null),
            'To trinh',
            '07/TTr-XD',
            serial(37000),
            'Phòng Xây dựng',
            'Tờ trình xin cấp kinh phí',
            2,
            'D:\\SoHoa\\Phong UBND\\HS-20\\02.pdf',
            'Bản sao',
          ],
          [],
          [],
          [
            '21',
            'Báo cáo tổng kết công tác năm 2001',
            '01/01/2001',
            '31/12/2001',
            '20 năm',
            'Bao cao',
            '12/BC-UBND',
            serial(37250),
            'UBND huyện Hoành Bồ',
            'B¸o c¸o tæng kÕt c«ng t¸c n¨m 2001',
            6,
            'D:\\SoHoa\\Phong UBND\\HS-21\\01.pdf',
            null,
          ],
          [
            '22',
            null,
            '01/03/2002',
            '30/03/2002',
            'Vĩnh viễn',
            'Cong van',
            '30/UBND',
            serial(37320),
            'UBND huyện Hoành Bồ',
            'Về việc báo cáo tình hình',
            1,
            'D:\\SoHoa\\Phong UBND\\HS-22\\01.pdf',
            null,
          ],
          [],
          [null, 'Tổng cộng: 3 hồ sơ'],
        ],
      },
    ]),
};
