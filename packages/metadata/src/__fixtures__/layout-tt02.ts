import { TT02_DOSSIER_HEADINGS } from '../../../../fixtures/catalog-headings.js';
import { type CatalogLayout, xlsx } from './catalog-layout.js';

/**
 * A catalog of dossiers kept under Thông tư 02/2019 (one row per dossier): its field names, the
 * agency identifier in "Mã phông/công trình/sưu tập lưu trữ" (OrganId), the year in "Mục lục số
 * hoặc năm hình thành hồ sơ" (FileCatalog), the number and symbol (`01.TH`); retention, access,
 * language and condition in free text; dates as text; one PDF per dossier.
 */
export const TT02_LAYOUT: CatalogLayout = {
  name: 'Thông tư 02/2019 catalog of dossiers',
  fileName: 'muc-luc-tt02.xlsx',
  // The fond's name, given once (the issuer of a dossier digitized as one document).
  options: { fondCodes: { 'Bộ Nội vụ': '000.00.00.G09' } },
  // retention "Tạm thời" is no code
  defectRows: [6],
  scans: {
    'G09\\2010\\01.TH.pdf': 6,
    'G09\\2010\\02.TH.pdf': 4,
    'G09\\2011\\03.VP.pdf': 2,
  },
  build: () =>
    xlsx([
      {
        sheet: 'Sheet1',
        data: [
          ['BỘ NỘI VỤ'],
          ['MỤC LỤC HỒ SƠ NỘP LƯU'],
          [...TT02_DOSSIER_HEADINGS],
          [
            1,
            'H49',
            '000.00.00.G09',
            2010,
            '01.TH',
            'Tập quyết định về công tác tổ chức cán bộ năm 2010',
            'Vĩnh viễn',
            'Công khai',
            'Tiếng Việt',
            '05/01/2010',
            '30/12/2010',
            25,
            null,
            null,
            'tổ chức cán bộ',
            3,
            6,
            'Bình thường',
            'G09\\2010\\01.TH.pdf',
          ],
          [
            2,
            'H49',
            '000.00.00.G09',
            2010,
            '02.TH',
            'Hồ sơ hội nghị tổng kết công tác năm 2010',
            '10 năm',
            'Hạn chế',
            'Tiếng Việt, tiếng Anh',
            '12/3/2010',
            '15/3/2010',
            8,
            'Có 4 ảnh',
            'HN.2010',
            null,
            2,
            4,
            'Rách, ố vàng',
            'G09\\2010\\02.TH.pdf',
          ],
          [
            3,
            'H49',
            '000.00.00.G09',
            2011,
            '03.VP',
            'Hồ sơ về việc mua sắm tài sản năm 2011',
            'Tạm thời',
            'Công khai',
            'Tiếng Việt',
            '01/02/2011',
            '28/02/2011',
            5,
            null,
            null,
            null,
            1,
            2,
            null,
            'G09\\2011\\03.VP.pdf',
          ],
        ],
      },
    ]),
};
