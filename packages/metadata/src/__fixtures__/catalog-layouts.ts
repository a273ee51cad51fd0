import writeXlsxFile from 'write-excel-file/node';
import type { ImportCatalogOptions } from '../catalog/catalog-import-types.js';

/**
 * Catalog layouts in the shapes real archives keep them, built in memory for the tests of the
 * importer and, through `scans`, for the end-to-end tests of the command line (which write PDFs of
 * those page counts where the catalog says the scans are).
 */
export interface CatalogLayout {
  /** A short name for test titles. */
  name: string;
  /** The file name the catalog is read as (its extension says its format). */
  fileName: string;
  /** The options an archivist gives once for this catalog (identifiers, archive code). */
  options: ImportCatalogOptions;
  /** Each scan the catalog points at, as written in its path column, with its number of pages. */
  scans: Record<string, number>;
  /** The catalog's bytes. */
  build(): Promise<Uint8Array>;
}

type Cell = string | number | null | { value: unknown; type: unknown; rowSpan?: number; columnSpan?: number };

const xlsx = async (sheets: Array<{ sheet: string; data: Cell[][] }>): Promise<Uint8Array> =>
  new Uint8Array(await writeXlsxFile(sheets as never).toBuffer());

/** Dossier cells of the first dossier of {@link SPLIT_DATE_LAYOUT}, repeated on each of its rows. */
const TAX_1995: Cell[] = [
  'Chi cục Thuế huyện Hoành Bồ',
  1,
  1,
  '01',
  'Hồ sơ về việc thu thuế nông nghiệp năm 1995',
  1,
  3,
  1995,
  28,
  12,
  1995,
  'Vĩnh viễn',
];

/**
 * The layout of a provincial archive's digitization contract (the one issue 14 was filed with):
 * a single heading row; no "Mã hồ sơ": "Số và ký hiệu hồ sơ" holds only the dossier number (`01`),
 * "Phông" names the fond ("Chi cục Thuế …"), with "Mục lục" and "Hộp số"; dates split over
 * `Ngày/Tháng/Năm bắt đầu`, `… kết thúc`, `… văn bản`, as numbers or zero-padded text; dossier
 * cells repeated on every document row; "Tờ số", "Ký hiệu thông tin", "Bút tích", "STT" and
 * "Người nhập" columns; some page counts empty (to be counted from the scans); paths written on
 * Windows, relative to a scans folder that is not the catalog's.
 */
export const SPLIT_DATE_LAYOUT: CatalogLayout = {
  name: 'split dates and dossier numbers (contractor template)',
  fileName: 'muc-luc-chi-cuc-thue.xlsx',
  options: {
    fondCodes: { 'Chi cục Thuế huyện Hoành Bồ': 'P45', 'Chi cục Kiểm lâm huyện Hoành Bồ': 'P46' },
    archiveCode: 'TTLT',
    dossierDefaults: { confidenceLevel: '02' },
  },
  scans: {
    '\\Phông Chi cục Thuế\\hopso01\\hoso01\\P45.1995.01.0000001.pdf': 2,
    '\\Phông Chi cục Thuế\\hopso01\\hoso01\\P45.1995.01.0000002.pdf': 3,
    '\\Phông Chi cục Thuế\\hopso01\\hoso02\\P45.1996.02.0000001.pdf': 4,
    '\\Phông Chi cục Kiểm lâm\\hopso03\\hoso01\\P46.1997.01.0000001.pdf': 5,
  },
  build: () =>
    xlsx([
      {
        sheet: 'Mục lục',
        data: [
          [
            'STT',
            'Phông',
            'Mục lục',
            'Hộp số',
            'Số và ký hiệu hồ sơ',
            'Tiêu đề hồ sơ',
            'Ngày bắt đầu',
            'Tháng bắt đầu',
            'Năm bắt đầu',
            'Ngày kết thúc',
            'Tháng kết thúc',
            'Năm kết thúc',
            'Thời hạn bảo quản',
            'Số thứ tự văn bản',
            'Tên loại văn bản',
            'Số và ký hiệu văn bản',
            'Ngày văn bản',
            'Tháng văn bản',
            'Năm văn bản',
            'Tác giả',
            'Trích yếu nội dung',
            'Tờ số',
            'Số lượng trang của văn bản',
            'Ký hiệu thông tin',
            'Bút tích',
            'Đường dẫn file',
            'Người nhập',
          ],
          [
            1,
            ...TAX_1995,
            1,
            'QĐ',
            '12/QĐ-CCT',
            '01',
            '03',
            '1995',
            'Chi cục Thuế huyện Hoành Bồ',
            'Về việc giao chỉ tiêu thu thuế nông nghiệp',
            1,
            2,
            'TC.01',
            null,
            '\\Phông Chi cục Thuế\\hopso01\\hoso01\\P45.1995.01.0000001.pdf',
            'Nguyễn Thị B',
          ],
          [
            2,
            ...TAX_1995,
            2,
            'Tờ trinh xin phê duyệt',
            '45/TTr-CCT',
            15,
            6,
            1995,
            'Chi cục Thuế huyện Hoành Bồ',
            'Tờ trình xin phê duyệt kết quả thu thuế',
            3,
            null,
            null,
            'Ý kiến của Chủ tịch UBND huyện',
            '\\Phông Chi cục Thuế\\hopso01\\hoso01\\P45.1995.01.0000002.pdf',
            'Nguyễn Thị B',
          ],
          [
            3,
            'Chi cuc Thue huyen Hoanh Bo',
            1,
            1,
            '02',
            'Sổ theo dõi thu thuế năm 1996',
            '05',
            '01',
            1996,
            31,
            12,
            1996,
            '20 năm',
            1,
            'Cong van',
            '08/CCT',
            5,
            1,
            1996,
            'Chi cục Thuế huyện Hoành Bồ',
            'Về việc báo cáo số thu',
            1,
            4,
            null,
            null,
            '\\Phông Chi cục Thuế\\hopso01\\hoso02\\P45.1996.02.0000001.pdf',
            'Nguyễn Thị B',
          ],
          [
            4,
            'Chi cục Kiểm lâm huyện Hoành Bồ',
            2,
            3,
            '01',
            'Biên bản kiểm tra rừng năm 1997',
            1,
            4,
            1997,
            30,
            2,
            1997,
            'Vĩnh viễn',
            1,
            'Biên bản họp',
            '03/BB-KL',
            10,
            4,
            1997,
            'Hạt Kiểm lâm',
            'Biên bản họp kiểm tra rừng',
            1,
            5,
            null,
            null,
            '\\Phông Chi cục Kiểm lâm\\hopso03\\hoso01\\P46.1997.01.0000001.pdf',
            'Trần Văn C',
          ],
        ],
      },
    ]),
};
