import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CATALOG_HEADINGS } from '../../../../fixtures/catalog-headings.js';
import { blankScan } from '../../test/blank-scan.js';
import { type CatalogPlan, planCatalog } from './plan-catalog.js';

/** A dossier row of the catalog (fond G09, 2010): number, title, number of documents, pages and scan. */
const row = (notation: string, title: string, documents: number, pages: number, scan: string): string =>
  [
    ...['G09', 2010, notation, title, 'Vĩnh viễn', 'Công khai', 'Tiếng Việt', '05/01/2010', '30/12/2010'],
    ...[documents, pages, scan],
  ].join(';');

describe('planCatalog on a catalog of dossiers (one row per dossier, one scan per dossier)', () => {
  let root: string;
  let catalog: string;
  let plan: CatalogPlan;
  const long = `Tập quyết định ${'về công tác tổ chức cán bộ '.repeat(20)}`.trim();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-whole-dossier-'));
    await writeFile(join(root, 'a.pdf'), await blankScan(5));
    await writeFile(join(root, 'b.pdf'), await blankScan(2));
    await writeFile(join(root, 'c.pdf'), await blankScan(4));
    catalog = join(root, 'muc-luc.csv');
    await writeFile(
      catalog,
      [
        DOSSIER_CATALOG_HEADINGS.join(';'),
        row('01.TH', 'Tập quyết định về công tác tổ chức cán bộ năm 2010', 3, 5, 'a.pdf'),
        row('02.TH', 'Hồ sơ hội nghị tổng kết năm 2010', 2, 2, 'b.pdf'),
        row('03.TH', long, 3, 4, 'c.pdf'),
      ].join('\n'),
    );
    plan = await planCatalog(catalog, { fondCodes: { 'Bộ Nội vụ': 'G09' } });
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('makes one document of the whole scan when its documents are not described, from the dossier row', () => {
    const [whole] = plan.planned;
    // The dossier counts the one document its package holds (receiving systems check it).
    expect(whole?.dossier).toMatchObject({ fileCode: 'G09.2010.01.TH', totalDoc: 1, numberOfPage: 5 });
    expect(whole?.documents).toHaveLength(1);
    const [document] = whole?.documents ?? [];
    expect(document?.pages.map((page) => page.pdfPage)).toEqual([1, 2, 3, 4, 5]);
    expect(document?.metadata).toEqual({
      typeName: '32',
      subject: 'Tập quyết định về công tác tổ chức cán bộ năm 2010',
      issuedDate: '05/01/2010',
      description:
        'Cả hồ sơ số hóa thành một tài liệu: mục lục ghi hồ sơ có 3 văn bản nhưng không mô tả từng văn bản.',
      organName: 'Bộ Nội vụ',
    });
    const derived = document?.derivations?.filter((each) => each.how === 'whole-dossier');
    const totalDoc = [
      { sheet: 'muc-luc.csv', row: 2, column: 'J', heading: 'Tổng số văn bản trong hồ sơ', value: 3 },
    ];
    expect(derived?.map((each) => [each.record, each.field, each.from])).toEqual([
      ['dossier', 'totalDoc', totalDoc],
      ['document', 'typeName', totalDoc],
      [
        'document',
        'subject',
        [
          {
            sheet: 'muc-luc.csv',
            row: 2,
            column: 'D',
            heading: 'Tiêu đề hồ sơ',
            value: 'Tập quyết định về công tác tổ chức cán bộ năm 2010',
          },
        ],
      ],
      [
        'document',
        'issuedDate',
        [{ sheet: 'muc-luc.csv', row: 2, column: 'H', heading: 'Thời gian bắt đầu', value: '05/01/2010' }],
      ],
      ['document', 'description', totalDoc],
      [
        'document',
        'organName',
        [
          {
            sheet: 'muc-luc.csv',
            row: 2,
            column: 'A',
            heading: 'Mã phông/công trình/sưu tập lưu trữ',
            value: 'G09',
          },
          { sheet: '(options)', row: 0, heading: 'fondCodes', value: 'Bộ Nội vụ' },
        ],
      ],
    ]);
    // The dossier's own derivations (retention and access from free text…) come along.
    expect(
      document?.derivations?.some((each) => each.record === 'dossier' && each.field === 'maintenance'),
    ).toBe(true);
  });

  it("leaves the issuer to the first page's header when fondCodes does not name the fond", async () => {
    const without = await planCatalog(catalog, { fondCodes: { 'Sở Nội vụ': 'S12' } });
    expect(without.planned[0]?.documents[0]?.metadata.organName).toBeUndefined();
    expect(without.planned[0]?.documents[0]?.metadata.subject).toBe(
      'Tập quyết định về công tác tổ chức cán bộ năm 2010',
    );
  });

  it('still makes one document per page when the dossier has as many documents as pages', () => {
    const perPage = plan.planned[1];
    expect(perPage?.documents.map((document) => [document.ordinal, document.pages.length])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(perPage?.documents[0]?.metadata).toEqual({});
  });

  it('fails alone, naming the fix, a dossier whose title is too long to be the summary', () => {
    expect(plan.planned).toHaveLength(2);
    const [failed] = plan.unplanned;
    expect(failed?.key).toBe('G09.2010.03.TH');
    expect(failed?.error.code).toBe('METADATA_INVALID');
    expect(failed?.error.message).toContain(`the title is ${long.length} characters long`);
    expect(failed?.error.fix).toContain('add one row per document');
  });
});
