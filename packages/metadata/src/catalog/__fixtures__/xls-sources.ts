import { type Cell, dateCell, mergedDown, xlsx } from '../../__fixtures__/catalog-layout.js';
import { TT05_LAYOUT } from '../../__fixtures__/catalog-layouts.js';
import { buildXlsx, inlineCell, numberCell, rowXml } from './xlsx-builder.js';

/**
 * The `.xlsx` catalogs that the committed `.xls` files beside `xls/` were made from by LibreOffice
 * (`make-xls.ts`), rebuilt by the tests to check that the `.xls` reads exactly like its `.xlsx`.
 */
export interface XlsSource {
  /** The `.xls` file in `__fixtures__/xls/`. */
  xls: string;
  /** The `.xlsx` it was converted from. */
  build(): Promise<Uint8Array>;
}

const HEADINGS = ['Mã hồ sơ', 'Tiêu đề hồ sơ', 'Thời hạn lưu trữ', 'Chế độ sử dụng', 'Ngôn ngữ'];

/**
 * Sheet "Hồ sơ": dates in a custom (`dd/mm/yyyy`) and a built-in (14) format, a whole number and a
 * fraction, a boolean, formulas with a cached number, string and error, a cell merged down two rows
 * and one merged across two columns; sheet "Danh mục" hidden, sheet "Cũ" very hidden.
 */
const mergedDatesHidden = async () =>
  buildXlsx({
    numberFormats: { 164: 'dd/mm/yyyy' },
    cellStyles: [0, 164, 14],
    sheets: [
      {
        name: 'Hồ sơ',
        rows: [
          rowXml(1, [inlineCell('A1', 'MỤC LỤC HỒ SƠ — Phông Ủy ban nhân dân huyện Tiên Yên')]),
          rowXml(
            2,
            [...HEADINGS, 'Ngày', 'Ngày ISO', 'Số tờ', 'Tỷ lệ', 'Đã số hóa', 'Tổng', 'Ghi chú', 'Lỗi'].map(
              (text, index) => inlineCell(`${String.fromCharCode(65 + index)}2`, text),
            ),
          ),
          rowXml(3, [
            inlineCell('A3', 'H49.64.33.1962.01'),
            inlineCell('B3', 'Hồ sơ về việc thành lập hợp tác xã nông nghiệp năm 1962'),
            inlineCell('D3', '01 - Công khai'),
            inlineCell('E3', '01 - Tiếng Việt'),
            numberCell('F3', 22_651, 1),
            numberCell('G3', 45_662.5, 2),
            numberCell('H3', 12),
            numberCell('I3', 0.125),
            '<c r="J3" t="b"><v>1</v></c>',
            '<c r="K3"><f>H3+H4</f><v>19</v></c>',
            '<c r="L3" t="str"><f>"Ghi chú: "&amp;A3</f><v>Ghi chú: H49.64.33.1962.01</v></c>',
            '<c r="M3" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
          ]),
          rowXml(4, [
            inlineCell('C4', 'Vĩnh viễn'),
            numberCell('F4', 22_660, 1),
            numberCell('H4', 7),
            '<c r="J4" t="b"><v>0</v></c>',
            inlineCell('L4', '  có khoảng trắng  '),
          ]),
          rowXml(6, [inlineCell('A6', 'Ý kiến chỉ đạo của Chủ tịch Ủy ban hành chính tỉnh')]),
        ].join(''),
        merges: ['A3:A4', 'B3:C3'],
      },
      { name: 'Danh mục', rows: rowXml(1, [inlineCell('A1', '01 - Vĩnh viễn')]), state: 'hidden' },
      { name: 'Cũ', rows: rowXml(1, [inlineCell('A1', 'H49.64.33.1961.99')]), state: 'veryHidden' },
    ],
  });

/** Words of dossier titles, to make many different long Vietnamese strings. */
const WORDS =
  'hồ sơ về việc thành lập xây dựng trụ sở ủy ban nhân dân huyện tỉnh quảng ninh báo cáo tổng kết công tác năm kế hoạch phát triển kinh tế xã hội quyết định bổ nhiệm cán bộ công chức viên chức biên bản hội nghị tờ trình đề án quy hoạch sử dụng đất nông nghiệp'.split(
    ' ',
  );

/**
 * A catalog of 80 dossiers of two documents each, whose long titles and subjects (UTF-16: Vietnamese)
 * mixed with plain ASCII codes make shared strings of about 40 KB: several `CONTINUE` records,
 * strings crossing their boundaries.
 */
const manyStrings = () => {
  const text = (seed: number, length: number) =>
    Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]).join(' ');
  const data: Cell[][] = [
    [
      ...HEADINGS,
      'Thời gian bắt đầu',
      'Số thứ tự tài liệu',
      'Trích yếu nội dung',
      'Số lượng trang của tài liệu',
    ],
  ];
  for (let dossier = 1; dossier <= 80; dossier++) {
    const code = `H49.64.33.2001.${String(dossier).padStart(3, '0')}`;
    data.push(
      [
        mergedDown(code, 2),
        mergedDown(`Hồ sơ ${dossier}: ${text(dossier, 12)}`, 2),
        mergedDown('01 - Vĩnh viễn', 2),
        mergedDown('01 - Công khai', 2),
        mergedDown('01 - Tiếng Việt', 2),
        dateCell(2001, 1 + (dossier % 12), 1 + (dossier % 28), 2),
        1,
        `${text(dossier + 100, 25)} (${code}.0000001)`,
        1 + (dossier % 5),
      ],
      [null, null, null, null, null, null, 2, `plain ascii subject ${dossier} `.repeat(8).trim(), 2],
    );
  }
  return xlsx([{ sheet: 'Mục lục', data }]);
};

/** Every `.xls` fixture and the `.xlsx` it was made from. */
export const XLS_SOURCES: readonly XlsSource[] = [
  { xls: 'muc-luc-tt05.xls', build: TT05_LAYOUT.build },
  { xls: 'gop-o-ngay-an.xls', build: mergedDatesHidden },
  { xls: 'nhieu-chuoi.xls', build: manyStrings },
];
