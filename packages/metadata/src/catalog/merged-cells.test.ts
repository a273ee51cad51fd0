import { describe, expect, it } from 'vitest';
import { type Cell, mergedDown, xlsx } from '../__fixtures__/catalog-layout.js';
import { importCatalog } from './import-catalog.js';

const DOCUMENT_HEADINGS = [
  'Số và ký hiệu hồ sơ',
  'Tiêu đề hồ sơ',
  'Thời hạn bảo quản',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Số thứ tự văn bản',
  'Tên loại văn bản',
  'Số và ký hiệu văn bản',
  'Ngày, tháng, năm văn bản',
  'Tác giả',
  'Trích yếu nội dung',
  'Số trang',
  'Đường dẫn file',
];

/** Columns A–E of a document row under a dossier's merged cells. */
const underDossier = (): Cell[] => [null, null, null, null, null];

/**
 * A catalog of documents whose dossier cells are merged down over the document rows, with an
 * issuer, a type and a scan merged over several documents, and a page count merged over two
 * documents of one scan; built as a real .xlsx by write-excel-file, merges included.
 */
const documentCatalog = () =>
  xlsx([
    {
      sheet: 'Mục lục',
      data: [
        DOCUMENT_HEADINGS,
        [
          mergedDown('01', 3),
          mergedDown('Hồ sơ về việc xây dựng trường tiểu học xã Lê Lợi', 3),
          mergedDown('Vĩnh viễn', 3),
          mergedDown('02/01/2020', 3),
          mergedDown('30/12/2020', 3),
          1,
          mergedDown('Công văn', 2),
          '12/UBND',
          '02/01/2020',
          mergedDown('Ủy ban nhân dân huyện Hoành Bồ', 3),
          'Về việc chọn địa điểm xây dựng trường',
          2,
          mergedDown('HS01\\001.pdf', 2),
        ],
        [...underDossier(), 2, null, '13/UBND', '05/01/2020', null, 'Về việc cấp kinh phí', 3, null],
        [
          ...underDossier(),
          3,
          'Quyết định',
          '01/QĐ-UBND',
          '30/12/2020',
          null,
          'Về việc phê duyệt dự án',
          1,
          'HS01\\002.pdf',
        ],
        [
          mergedDown('02', 2),
          mergedDown('Hồ sơ hội nghị tổng kết năm 2021', 2),
          mergedDown('Vĩnh viễn', 2),
          mergedDown('05/01/2021', 2),
          mergedDown('28/12/2021', 2),
          1,
          'Báo cáo',
          '40/BC-UBND',
          '20/12/2021',
          'Ủy ban nhân dân huyện Hoành Bồ',
          'Báo cáo tổng kết năm 2021',
          mergedDown(5, 2),
          mergedDown('HS02\\001.pdf', 2),
        ],
        [
          ...underDossier(),
          2,
          'Biên bản',
          '02/BB-UBND',
          '28/12/2021',
          'Ủy ban nhân dân huyện Hoành Bồ',
          'Biên bản hội nghị tổng kết',
          null,
          null,
        ],
      ],
    },
  ]);

describe('merged cells of a catalog of documents', async () => {
  const catalog = await importCatalog(
    { bytes: await documentCatalog(), fileName: 'muc-luc-gop-o.xlsx' },
    { creator: 'H49.64.33' },
  );
  const [first, second] = catalog.dossiers;

  it('reads a dossier merged down over its documents as one dossier', () => {
    expect(
      catalog.dossiers.map((dossier) => [
        dossier.row,
        dossier.input.fileCode,
        dossier.documents.map((document) => document.row),
      ]),
    ).toEqual([
      [2, 'H49.64.33.2020.01', [2, 3, 4]],
      [5, 'H49.64.33.2021.02', [5, 6]],
    ]);
    expect(first?.record).toMatchObject({ maintenance: '01', totalDoc: 3, numberOfPage: 6 });
  });

  it('gives every document of a merged issuer, type or scan the merged value', () => {
    expect(
      first?.documents.map((document) => [
        document.input.typeName,
        document.input.organName,
        document.filePath,
      ]),
    ).toEqual([
      ['22', 'Ủy ban nhân dân huyện Hoành Bồ', 'HS01/001.pdf'],
      ['22', 'Ủy ban nhân dân huyện Hoành Bồ', 'HS01/001.pdf'],
      ['02', 'Ủy ban nhân dân huyện Hoành Bồ', 'HS01/002.pdf'],
    ]);
    expect(first?.documents.every((document) => document.record)).toBe(true);
  });

  it('cites the merged range’s first cell for a value derived from it', () => {
    expect(first?.documents[1]?.derivations).toContainEqual({
      field: 'typeName',
      value: '22',
      how: 'free-text-code',
      from: [{ sheet: 'Mục lục', row: 2, column: 'G', heading: 'Tên loại văn bản', value: 'Công văn' }],
    });
  });

  it('keeps a page count merged over two documents on the first: it counts them together', () => {
    expect(second?.documents.map((document) => [document.input.numberOfPage, document.pending])).toEqual([
      [5, undefined],
      [undefined, ['numberOfPage']],
    ]);
    expect(catalog.issues.map((issue) => [issue.row, issue.rule, issue.severity])).toEqual([
      [6, 'pagesFromScans', 'warning'],
    ]);
  });

  it('splits the merged count by the scan when the scan is counted', async () => {
    const counted = await importCatalog(
      { bytes: await documentCatalog(), fileName: 'muc-luc-gop-o.xlsx' },
      {
        creator: 'H49.64.33',
        countPages: async (file) => ({ 'HS01/001.pdf': 5, 'HS01/002.pdf': 1, 'HS02/001.pdf': 7 })[file],
      },
    );
    expect(counted.dossiers[1]?.documents.map((document) => document.input.numberOfPage)).toEqual([5, 2]);
    expect(counted.issues).toEqual([]);
  });
});

describe('merged cells of a catalog of dossiers', async () => {
  const catalog = await importCatalog(
    {
      bytes: await xlsx([
        {
          sheet: 'Mục lục',
          data: [
            [
              'Hộp số',
              'Hồ sơ số',
              'Tiêu đề hồ sơ',
              'Thời gian bắt đầu và kết thúc',
              'Thời hạn bảo quản',
              'Số lượng văn bản',
              'Số tờ',
            ],
            [mergedDown(1, 2), '01', 'Hồ sơ tuyển dụng năm 2019', '2019', mergedDown('Vĩnh viễn', 3), 4, 12],
            [null, '02', 'Hồ sơ thi đua khen thưởng năm 2019', '2019', null, 6, 20],
            [2, '03', 'Hồ sơ quy hoạch cán bộ năm 2019', '2019', null, 3, 31],
          ],
        },
      ]),
      fileName: 'muc-luc-ho-so.xlsx',
    },
    { creator: 'H49.64.33', archiveCode: 'TTLT', packageType: 'aip' },
  );

  it('gives each dossier the box and retention merged over it', () => {
    expect(catalog.sheets[0]?.layout).toBe('dossier');
    expect(
      catalog.dossiers.map((dossier) => [
        dossier.input.paperFileCode,
        dossier.input.maintenance,
        Boolean(dossier.record),
      ]),
    ).toEqual([
      ['TTLT.1.01', '01', true],
      ['TTLT.1.02', '01', true],
      ['TTLT.2.03', '01', true],
    ]);
    // Page counts are left to the scans: the one warning of the catalog.
    expect(catalog.issues.map((issue) => [issue.row, issue.rule])).toEqual([[2, 'pagesFromScans']]);
    expect(
      catalog.dossiers[1]?.derivations.find((each) => each.field === 'paperFileCode')?.from,
    ).toContainEqual(expect.objectContaining({ row: 2, column: 'A', heading: 'Hộp số', value: 1 }));
  });
});
