import { describe, expect, it } from 'vitest';
import { SPLIT_DATE_LAYOUT } from '../__fixtures__/catalog-layouts.js';
import { importCatalog } from './import-catalog.js';
import { summarizeCatalog } from './summarize-catalog.js';

const read = async (layout: typeof SPLIT_DATE_LAYOUT, extra: Parameters<typeof importCatalog>[1] = {}) =>
  importCatalog({ bytes: await layout.build(), fileName: layout.fileName }, { ...layout.options, ...extra });

const issueList = (catalog: Awaited<ReturnType<typeof importCatalog>>) =>
  catalog.issues.map((issue) => [issue.row, issue.column, issue.field, issue.rule, issue.severity]);

describe('split dates, dossier numbers and fond names (contractor template)', async () => {
  const catalog = await read(SPLIT_DATE_LAYOUT);
  const [first, second, third] = catalog.dossiers;

  it('maps every column by its heading and lists the others once as ignored', () => {
    const mapping = catalog.sheets[0]?.mapping ?? [];
    expect(mapping.map((entry) => `${entry.column}:${entry.field}`)).toEqual([
      'A:ignored',
      'B:fondName',
      'C:catalogNumber',
      'D:box',
      'E:notation',
      'F:title',
      'G:startDay',
      'H:startMonth',
      'I:startYear',
      'J:endDay',
      'K:endMonth',
      'L:endYear',
      'M:maintenance',
      'N:docOrdinal',
      'O:typeName',
      'P:numberAndNotation',
      'Q:issuedDay',
      'R:issuedMonth',
      'S:issuedYear',
      'T:organName',
      'U:subject',
      'V:startSheet',
      'W:documentPages',
      'X:inforSign',
      'Y:autograph',
      'Z:filePath',
      'AA:ignored',
    ]);
    expect(mapping[0]).toEqual({
      column: 'A',
      heading: 'STT',
      field: 'ignored',
      how: 'heading',
      samples: ['1', '2', '3'],
    });
    expect(mapping[16]).toMatchObject({ heading: 'Ngày văn bản', samples: ['01', '15', '5'] });
  });

  it('builds the codes from the fond name, year and dossier number, as TT05 composes them', () => {
    expect(
      catalog.dossiers.map((dossier) => [dossier.row, dossier.input.fileCode, dossier.input.paperFileCode]),
    ).toEqual([
      [2, 'P45.1995.01', 'TTLT.1.01'],
      [4, 'P45.1996.02', 'TTLT.1.02'],
      [5, 'P46.1997.01', 'TTLT.3.01'],
    ]);
    expect(first?.derivations.find((derivation) => derivation.field === 'fileCode')).toEqual({
      field: 'fileCode',
      value: 'P45.1995.01',
      how: 'parts',
      from: [
        { sheet: 'Mục lục', row: 2, column: 'B', heading: 'Phông', value: 'Chi cục Thuế huyện Hoành Bồ' },
        { sheet: '(options)', row: 0, heading: 'fondCodes', value: 'P45' },
        { sheet: 'Mục lục', row: 2, column: 'G', heading: 'Ngày bắt đầu', value: 1 },
        { sheet: 'Mục lục', row: 2, column: 'H', heading: 'Tháng bắt đầu', value: 3 },
        { sheet: 'Mục lục', row: 2, column: 'I', heading: 'Năm bắt đầu', value: 1995 },
        { sheet: 'Mục lục', row: 2, column: 'E', heading: 'Số và ký hiệu hồ sơ', value: '01' },
      ],
    });
  });

  it('makes a dossier valid when its only gaps are derivable: page counts left to the scans', () => {
    expect(first?.record).toEqual({
      fileCode: 'P45.1995.01',
      title: 'Hồ sơ về việc thu thuế nông nghiệp năm 1995',
      maintenance: '01',
      mode: '01',
      language: ['01'],
      totalDoc: 2,
      confidenceLevel: '02',
      paperFileCode: 'TTLT.1.01',
      startDate: '01/03/1995',
      endDate: '28/12/1995',
    });
    expect(first?.pending).toEqual(['numberOfPage']);
    expect(first?.documents.map((document) => document.record)).toEqual([
      expect.objectContaining({
        docId: 'P45.1995.01.1',
        docCode: 'P45.1995.01.0000001',
        typeName: '02',
        codeNumber: '12',
        codeNotation: 'QĐ-CCT',
        issuedDate: '01/03/1995',
        numberOfPage: 2,
        inforSign: 'TC.01',
        confidenceLevel: '02',
      }),
      expect.objectContaining({
        docCode: 'P45.1995.01.0000002',
        typeName: '15',
        issuedDate: '15/06/1995',
        autograph: 'Ý kiến của Chủ tịch UBND huyện',
      }),
    ]);
    expect(first?.documents[1]?.record).not.toHaveProperty('numberOfPage');
    expect(first?.documents[1]?.pending).toEqual(['numberOfPage']);
    expect(first?.documents.map((document) => [document.startSheet, document.filePath])).toEqual([
      ['1', '/Phông Chi cục Thuế/hopso01/hoso01/P45.1995.01.0000001.pdf'],
      ['3', '/Phông Chi cục Thuế/hopso01/hoso01/P45.1995.01.0000002.pdf'],
    ]);
    expect(second?.record).toMatchObject({
      startDate: '05/01/1996',
      maintenance: '05',
      totalDoc: 1,
      numberOfPage: 4,
    });
    expect(second?.documents[0]?.record?.typeName).toBe('22');
  });

  it('records free text read as codes with its cell', () => {
    const typeName = first?.documents[1]?.derivations.find((derivation) => derivation.field === 'typeName');
    expect(typeName).toEqual({
      field: 'typeName',
      value: '15',
      how: 'free-text-code',
      from: [
        {
          sheet: 'Mục lục',
          row: 3,
          column: 'O',
          heading: 'Tên loại văn bản',
          value: 'Tờ trinh xin phê duyệt',
        },
      ],
    });
    expect(third?.documents[0]?.input.typeName).toBe('20');
  });

  it('fails the dossier with an impossible date alone, and warns once about page counts', () => {
    expect(issueList(catalog)).toEqual([
      [3, undefined, 'numberOfPage', 'pagesFromScans', 'warning'],
      [5, 'J', 'endDate', 'date', 'error'],
    ]);
    expect(catalog.issues[0]?.message).toContain('để trống ở 1 dòng, sẽ được đếm từ bản quét');
    expect(catalog.issues[1]).toMatchObject({ heading: 'Ngày kết thúc', value: '30/02/1997' });
    expect(third?.record).toBeUndefined();
    expect(third?.documents[0]?.record).toBeDefined();
    expect(summarizeCatalog(catalog)).toMatchObject({
      dossiers: { total: 3, ready: 2, needFixes: 1 },
      documents: { total: 4, ready: 4, needFixes: 0 },
      pending: 2,
      errors: 1,
      warnings: 1,
      topReasons: [{ rule: 'date', field: 'endDate', count: 1 }],
    });
  });

  it('counts empty page counts from the scans and checks the others', async () => {
    const asked: string[] = [];
    const scans = { ...SPLIT_DATE_LAYOUT.scans };
    scans['\\Phông Chi cục Thuế\\hopso01\\hoso02\\P45.1996.02.0000001.pdf'] = 5;
    const counted = await read(SPLIT_DATE_LAYOUT, {
      countPages: async (file, where) => {
        asked.push(`${where.row}`);
        return Object.entries(scans).find(([path]) => path.replaceAll('\\', '/') === file)?.[1];
      },
    });
    expect(asked).toEqual(['2', '3', '4', '5']);
    const [dossier, other] = counted.dossiers;
    expect(dossier?.record).toMatchObject({ numberOfPage: 5 });
    expect(dossier?.pending).toBeUndefined();
    expect(dossier?.documents[1]?.record?.numberOfPage).toBe(3);
    expect(dossier?.documents[1]?.derivations).toContainEqual({
      field: 'numberOfPage',
      value: 3,
      how: 'scan-pages',
      from: [
        {
          sheet: 'Mục lục',
          row: 3,
          column: 'Z',
          heading: 'Đường dẫn file',
          value: '/Phông Chi cục Thuế/hopso01/hoso01/P45.1995.01.0000002.pdf',
        },
      ],
    });
    expect(dossier?.derivations).toContainEqual(
      expect.objectContaining({ field: 'numberOfPage', value: 5, how: 'documents' }),
    );
    // The catalog says 4 pages, the scan has 5: the document fails, with both figures.
    expect(other?.documents[0]?.record).toBeUndefined();
    expect(issueList(counted)).toEqual([
      [4, 'W', 'numberOfPage', 'scanPages', 'error'],
      [5, 'J', 'endDate', 'date', 'error'],
    ]);
    expect(counted.issues[0]?.message).toContain('khác số trang đếm được trên bản quét');
  });

  it('builds arcFileCode with the catalog number last, and names a missing option once', async () => {
    const aip = await read(SPLIT_DATE_LAYOUT, { packageType: 'aip' });
    expect(aip.dossiers[0]?.record).toMatchObject({ arcFileCode: 'TTLT.P45.1995.01.1' });
    expect(aip.dossiers[2]?.input.arcFileCode).toBe('TTLT.P46.1997.01.2');
    const noFonds = await read(SPLIT_DATE_LAYOUT, { fondCodes: undefined, locale: 'en' });
    expect(issueList(noFonds).filter((issue) => issue[3] === 'missingSource')).toEqual([
      [2, undefined, 'fileCode', 'missingSource', 'error'],
    ]);
    expect(noFonds.issues.find((issue) => issue.rule === 'missingSource')?.message).toBe(
      'Mã hồ sơ (fileCode, dossier code) = (empty): cannot be built for 3 dossiers. Fix: give the creator option, once for the whole catalog.',
    );
    expect(noFonds.dossiers.every((dossier) => dossier.record === undefined)).toBe(true);
  });
});
