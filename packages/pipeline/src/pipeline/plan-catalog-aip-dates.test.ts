import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { blankScan } from '../../test/blank-scan.js';
import { PdfPageReader } from './pdf-page-reader.js';
import { planCatalog } from './plan-catalog.js';

/** The TT05 template's headings: dossier columns, then one row per document. */
const HEADINGS = [
  'Mã hồ sơ',
  'Tiêu đề hồ sơ',
  'Thời hạn lưu trữ',
  'Chế độ sử dụng',
  'Ngôn ngữ',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Tên loại văn bản',
  'Số của văn bản',
  'Ký hiệu của văn bản',
  'Ngày, tháng, năm văn bản',
  'Cơ quan, tổ chức, cá nhân ban hành',
  'Trích yếu nội dung',
  'Số lượng trang của văn bản',
  'Đường dẫn file',
];

const DOSSIER = ['P5.1963.11', 'Hồ sơ về công tác thủy lợi các năm 1963-1965', 'Vĩnh viễn', 'Công khai'];

describe('planCatalog on a catalog dated by years alone (older records of an archive)', () => {
  let root: string;
  let catalog: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-aip-dates-'));
    await writeFile(join(root, 'qd.pdf'), await blankScan(2));
    await writeFile(join(root, 'bc.pdf'), await blankScan(1));
    catalog = join(root, 'muc-luc.csv');
    await writeFile(
      catalog,
      [
        HEADINGS.join(';'),
        [...DOSSIER, 'Tiếng Việt', '1963', '1965', 'Quyết định', '12', 'QĐ-UB', '1963'],
        ['', '', '', '', '', '', '', 'Báo cáo', '', 'BC-UB', '05/1965'],
      ]
        .map((cells, index) =>
          index === 0
            ? cells
            : [
                ...(cells as string[]),
                'Ủy ban hành chính tỉnh',
                index === 1 ? 'Thành lập ban thủy lợi' : 'Tổng kết',
                index === 1 ? 2 : 1,
                index === 1 ? 'qd.pdf' : 'bc.pdf',
              ].join(';'),
        )
        .join('\n'),
    );
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('plans AIP records when the run makes AIPs and knows the archive code: years alone accepted', async () => {
    const opened = vi.spyOn(PdfPageReader, 'pageCount');
    const plan = await planCatalog(catalog, { archiveCode: 'Q3', catalogNumber: '1' });
    // Each scan is read once: counted for the import, its pages kept for planning the dossier.
    expect(opened.mock.calls.map(([file]) => basename(file))).toEqual(['qd.pdf', 'bc.pdf']);
    opened.mockRestore();
    expect(plan.unplanned).toEqual([]);
    const [planned] = plan.planned;
    // An AIP's dossier code ends with the catalog number; packaging builds arcFileCode from it and the archive code.
    expect(planned?.dossier).toMatchObject({ fileCode: 'P5.1963.11.1', startDate: '1963', endDate: '1965' });
    expect(planned?.dossier).not.toHaveProperty('arcFileCode');
    expect(
      planned?.documents.map((document) => [document.metadata.issuedDate, document.pages.length]),
    ).toEqual([
      ['1963', 2],
      ['05/1965', 1],
    ]);
    for (const document of planned?.documents ?? []) {
      for (const code of ['arcFileCode', 'docOrdinal', 'docCode', 'docId']) {
        expect(document.metadata).not.toHaveProperty(code);
      }
      // How it was built, in every document's record: archive code, dossier code, catalog number.
      expect(document.derivations?.find((each) => each.field === 'arcFileCode')).toMatchObject({
        record: 'dossier',
        value: 'Q3.P5.1963.11.1',
        how: 'parts',
        from: [
          { sheet: '(options)', heading: 'archiveCode', value: 'Q3' },
          { row: 2, column: 'A', heading: 'Mã hồ sơ', value: 'P5.1963.11' },
          { sheet: '(options)', heading: 'catalogNumber', value: '1' },
        ],
      });
    }
    expect(plan.catalogs[0]?.summary.dossiers).toEqual({ total: 1, ready: 1, needFixes: 0 });
  });

  it('refuses them for a SIP, which takes full dates only', async () => {
    const plan = await planCatalog(catalog, { archiveCode: 'Q3', packageType: 'sip' });
    expect(plan.planned).toEqual([]);
    const [failed] = plan.unplanned;
    expect(failed?.key).toBe('P5.1963.11');
    expect(failed?.error.code).toBe('METADATA_INVALID');
    expect(failed?.error.describe('en')).toContain('F2: ');
    expect(failed?.error.describe('en')).not.toContain('--archive-code');
  });

  it('names the archive code when a run of AIPs lacks it', async () => {
    const plan = await planCatalog(catalog, {});
    expect(plan.planned).toEqual([]);
    const error = plan.unplanned[0]?.error;
    expect(error?.describe('en')).toContain('give the archive code (--archive-code');
    expect(error?.describe('vi')).toContain('cho mã cơ quan lưu trữ (--archive-code');
  });
});
