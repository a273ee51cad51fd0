import type { CatalogLayout } from './catalog-layout.js';

const HEADINGS =
  'FileCode,Title,Maintenance,Mode,Language,StartDate,EndDate,TotalDoc,PageTotal,ConfidenceLevel,PaperFileCode,DocOrdinal,TypeName,CodeNumber,CodeNotation,IssuedDate,OrganName,Subject,PageAmount,FilePath';

const A =
  '000.00.12.H23.2019.05,"Hồ sơ về việc đầu tư xây dựng cầu Bình Minh, huyện A",01,01,01,2019-03-05,2019-11-20,2,5,02,H23.K2-G1-H03.05';
const B =
  '000.00.12.H23.2019.06,Hồ sơ thanh tra năm 2019,01,02,01,2019-04-01,2019-06-30,2,6,02,H23.K2-G1-H03.06';

/**
 * A CSV exported from an archive management system: UTF-8 with a byte order mark, CRLF, commas,
 * quoted fields, the English tags of Thông tư 02/2019 and 05/2025 as headings, codes rather than
 * names, ISO dates, the dossier's cells repeated on every document row, and one document whose
 * summary was never entered.
 */
export const SYSTEM_CSV_LAYOUT: CatalogLayout = {
  name: 'CSV export of an archive management system',
  fileName: 'xuat-du-lieu-hsl.csv',
  options: {},
  // a document without its summary
  defectRows: [5],
  scans: {
    'scans/000.00.12.H23.2019.05.0000001.pdf': 2,
    'scans/000.00.12.H23.2019.05.0000002.pdf': 3,
    'scans/000.00.12.H23.2019.06.0000001.pdf': 4,
    'scans/000.00.12.H23.2019.06.0000002.pdf': 2,
  },
  build: async () =>
    new TextEncoder().encode(
      `\uFEFF${[
        HEADINGS,
        `${A},1,02,45,QĐ-UBND,2019-03-05,Ủy ban nhân dân tỉnh Hậu Giang,"Về việc phê duyệt dự án đầu tư, xây dựng cầu",2,scans/000.00.12.H23.2019.05.0000001.pdf`,
        `${A},2,21,12,HĐ-XD,2019-11-20,Sở Giao thông vận tải,Hợp đồng thi công,3,scans/000.00.12.H23.2019.05.0000002.pdf`,
        `${B},1,10,08,KH-TTr,2019-04-01,Thanh tra tỉnh Hậu Giang,Kế hoạch thanh tra năm 2019,4,scans/000.00.12.H23.2019.06.0000001.pdf`,
        `${B},2,14,20,BC-TTr,2019-06-30,Thanh tra tỉnh Hậu Giang,,2,scans/000.00.12.H23.2019.06.0000002.pdf`,
      ].join('\r\n')}\r\n`,
    ),
};
