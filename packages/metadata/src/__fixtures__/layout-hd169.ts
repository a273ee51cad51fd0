import { type CatalogLayout, xlsx } from './catalog-layout.js';

/**
 * A catalog of dossiers from the HD169 (2010) era: fond, catalog, box and dossier numbers, the
 * dates as one range (`05/01/1962 - 31/12/1962`, or years only: `1963-1965`), retention as `VV` or
 * a number of years, access mode "hạn chế" or blank, language blank for Vietnamese, condition only
 * when damaged, a row of column numbers under the headings, no page counts (the scans are counted),
 * and file names by HD169's rule (`Q3-5-1-10.pdf`: archive, fond, catalog, dossier).
 */
export const HD169_LAYOUT: CatalogLayout = {
  name: 'HD169-era catalog of dossiers',
  fileName: 'muc-luc-hd169.xlsx',
  options: { creator: 'P5', archiveCode: 'Q3', fondCodes: { 'Ủy ban hành chính tỉnh': 'P5' } },
  // row 8 lacks its number of documents; row 7 (years alone, 1963-1965) is complete for an AIP, which
  // a run with the archive code makes (TT 05/2025 §3.4a), though a SIP could not take it
  defectRows: [8],
  scans: { 'Q3-5-1-10.pdf': 3, 'Q3-5-1-11.pdf': 3, 'Q3-5-1-12.pdf': 2 },
  build: () =>
    xlsx([
      {
        sheet: 'Mục lục',
        data: [
          ['PHÔNG ỦY BAN HÀNH CHÍNH TỈNH (1955–1975)'],
          ['Mục lục số 1'],
          [],
          [
            'Phông số',
            'Mục lục số',
            'Hộp số',
            'Hồ sơ số',
            'Tiêu đề hồ sơ',
            'Thời gian bắt đầu và kết thúc',
            'Số lượng văn bản',
            'Số tờ',
            'Thời hạn bảo quản',
            'Chế độ sử dụng',
            'Ngôn ngữ',
            'Tình trạng vật lý',
            'Tên file',
            'Ghi chú',
          ],
          ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'],
          [
            5,
            1,
            1,
            10,
            'Tập lưu quyết định của Ủy ban hành chính tỉnh năm 1962',
            '05/01/1962 - 31/12/1962',
            40,
            4,
            'VV',
            null,
            null,
            null,
            'Q3-5-1-10.pdf',
            null,
          ],
          [
            5,
            1,
            1,
            11,
            'Hồ sơ về công tác thủy lợi các năm 1963-1965',
            '1963-1965',
            12,
            2,
            '20',
            'hạn chế',
            'Tiếng Việt, tiếng Pháp',
            'Mờ',
            'Q3-5-1-11.pdf',
            'Tài liệu tiếng Pháp',
          ],
          [
            5,
            1,
            2,
            12,
            'Báo cáo tổng kết năm 1966',
            '01/1966 - 12/1966',
            null,
            1,
            'VV',
            null,
            null,
            null,
            'Q3-5-1-12.pdf',
            null,
          ],
        ],
      },
    ]),
};
