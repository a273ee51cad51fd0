import { describe, expect, it } from 'vitest';
import {
  type CatalogLayout,
  HD169_LAYOUT,
  MESSY_LAYOUT,
  SPLIT_DATE_LAYOUT,
  SYSTEM_CSV_LAYOUT,
  TT02_LAYOUT,
  TT05_LAYOUT,
  TWO_SHEET_LAYOUT,
} from '../__fixtures__/catalog-layouts.js';
import { importCatalog } from './import-catalog.js';
import { summarizeCatalog } from './summarize-catalog.js';

const read = async (layout: CatalogLayout, extra: Parameters<typeof importCatalog>[1] = {}) =>
  importCatalog({ bytes: await layout.build(), fileName: layout.fileName }, { ...layout.options, ...extra });

const fieldsOf = (catalog: Awaited<ReturnType<typeof importCatalog>>) =>
  catalog.sheets.map((sheet) => sheet.mapping.map((entry) => `${entry.column}:${entry.field}`).join(' '));

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
    expect(catalog.issues[0]?.messageVi).toContain('để trống ở 1 dòng, sẽ được đếm từ bản quét');
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
    expect(counted.issues[0]?.messageVi).toContain('khác số trang đếm được trên bản quét');
  });

  it('builds arcFileCode with the catalog number last, and names a missing option once', async () => {
    const aip = await read(SPLIT_DATE_LAYOUT, { packageType: 'aip' });
    expect(aip.dossiers[0]?.record).toMatchObject({ arcFileCode: 'TTLT.P45.1995.01.1' });
    // The AIP's dossier code ends with the catalog number: its documents' docCode lie inside arcFileCode.
    expect(aip.dossiers[0]?.fileCode).toBe('P45.1995.01.1');
    expect(aip.dossiers[0]?.documents.map((document) => document.record?.docCode)).toEqual([
      'P45.1995.01.1.0000001',
      'P45.1995.01.1.0000002',
    ]);
    expect(aip.dossiers[0]?.derivations.find((each) => each.field === 'fileCode')).toMatchObject({
      value: 'P45.1995.01.1',
      how: 'parts',
    });
    // The sources of the SIP's code, then the "Mục lục" cell.
    expect(
      aip.dossiers[0]?.derivations
        .find((each) => each.field === 'fileCode')
        ?.from.map((each) => each.column ?? each.heading),
    ).toEqual(['B', 'fondCodes', 'G', 'H', 'I', 'E', 'C']);
    expect(aip.dossiers[2]?.input.arcFileCode).toBe('TTLT.P46.1997.01.2');
    const noFonds = await read(SPLIT_DATE_LAYOUT, { fondCodes: undefined });
    expect(issueList(noFonds).filter((issue) => issue[3] === 'missingSource')).toEqual([
      [2, undefined, 'fileCode', 'missingSource', 'error'],
    ]);
    expect(noFonds.issues.find((issue) => issue.rule === 'missingSource')?.message).toBe(
      'Mã hồ sơ (fileCode, dossier code) = (empty): cannot be built for 3 dossiers. Fix: give the creator option, once for the whole catalog.',
    );
    expect(noFonds.dossiers.every((dossier) => dossier.record === undefined)).toBe(true);
    expect(summarizeCatalog(noFonds).topReasons).toEqual([
      expect.objectContaining({ rule: 'missingSource', field: 'fileCode', count: 3 }),
      expect.objectContaining({ rule: 'date', field: 'endDate', count: 1 }),
    ]);
  });
});

describe('the Thông tư 05/2025 template', async () => {
  const catalog = await read(TT05_LAYOUT);

  it('is read without mapping, drop-down "code - name" values and merged dossier cells included', () => {
    expect(fieldsOf(catalog)).toEqual([
      'A:fileCode B:title C:maintenance D:mode E:language F:startDate G:endDate H:keyword I:totalDoc J:numberOfPaper K:dossierPages L:format M:confidenceLevel N:paperFileCode O:docOrdinal P:typeName Q:codeNumber R:codeNotation S:issuedDate T:organName U:subject V:documentPages W:autograph X:filePath',
    ]);
    expect(catalog.issues).toEqual([]);
    expect(catalog.dossiers.map((dossier) => dossier.record)).toEqual([
      {
        fileCode: 'H49.64.33.2025.01',
        title: 'Hồ sơ tuyển dụng công chức năm 2025',
        maintenance: '01',
        mode: '01',
        language: ['01'],
        startDate: '06/01/2025',
        endDate: '28/03/2025',
        keyword: 'tuyển dụng',
        totalDoc: 2,
        numberOfPaper: 3,
        numberOfPage: 5,
        format: '02',
        confidenceLevel: '02',
        paperFileCode: 'TTLT.K1-G2-H15.01',
      },
      expect.objectContaining({ fileCode: 'H49.64.33.2025.02', mode: '02', format: '01', numberOfPage: 4 }),
    ]);
    expect(catalog.dossiers[0]?.documents.map((document) => document.record)).toEqual([
      expect.objectContaining({
        docId: 'H49.64.33.2025.01.1',
        typeName: '02',
        issuedDate: '06/01/2025',
        numberOfPage: 2,
      }),
      expect.objectContaining({
        typeName: '14',
        autograph: 'Ý kiến chỉ đạo của Chủ tịch UBND tỉnh',
        confidenceLevel: '02',
      }),
    ]);
    expect(catalog.dossiers[0]?.derivations).toContainEqual({
      field: 'maintenance',
      value: '01',
      how: 'free-text-code',
      from: [{ sheet: 'Hồ sơ', row: 3, column: 'C', heading: 'Thời hạn lưu trữ', value: '01 - Vĩnh viễn' }],
    });
    expect(summarizeCatalog(catalog)).toMatchObject({
      dossiers: { ready: 2, needFixes: 0 },
      documents: { ready: 3 },
    });
  });
});

describe('a Thông tư 02/2019 catalog of dossiers', async () => {
  const catalog = await read(TT02_LAYOUT);

  it('builds fileCode from OrganId, FileCatalog and FileNotation, and reads free text as codes', () => {
    expect(catalog.sheets[0]?.layout).toBe('dossier');
    expect(fieldsOf(catalog)[0]).toBe(
      'A:ignored B:ignored C:fondCode D:year E:notation F:title G:maintenance H:mode I:language J:startDate K:endDate L:totalDoc M:description N:inforSign O:keyword P:numberOfPaper Q:dossierPages R:format S:filePath',
    );
    expect(
      catalog.dossiers.map((dossier) => [
        dossier.row,
        dossier.input.fileCode,
        dossier.filePath,
        dossier.documents.length,
      ]),
    ).toEqual([
      [4, '000.00.00.G09.2010.01.TH', 'G09/2010/01.TH.pdf', 0],
      [5, '000.00.00.G09.2010.02.TH', 'G09/2010/02.TH.pdf', 0],
      [6, '000.00.00.G09.2011.03.VP', 'G09/2011/03.VP.pdf', 0],
    ]);
    expect(catalog.dossiers[1]?.record).toMatchObject({
      maintenance: '06',
      mode: '02',
      language: ['01', '02'],
      format: '03',
      startDate: '12/03/2010',
      description: 'Có 4 ảnh',
      inforSign: 'HN.2010',
      numberOfPage: 4,
    });
  });

  it('fails only the dossier whose retention is no code', () => {
    expect(issueList(catalog)).toEqual([
      [4, 'L', 'totalDoc', 'documentsNotListed', 'warning'],
      [6, 'G', 'maintenance', 'code', 'error'],
    ]);
    expect(catalog.dossiers.map((dossier) => Boolean(dossier.record))).toEqual([true, true, false]);
  });

  it('checks page counts of one-PDF dossiers against their scans', async () => {
    const counted = await read(TT02_LAYOUT, {
      countPages: async (file) =>
        file === 'G09/2010/01.TH.pdf' ? 5 : file === 'G09/2010/02.TH.pdf' ? 4 : undefined,
    });
    expect(issueList(counted)).toEqual([
      [4, 'Q', 'numberOfPage', 'scanPages', 'error'],
      [4, 'L', 'totalDoc', 'documentsNotListed', 'warning'],
      [6, 'G', 'maintenance', 'code', 'error'],
    ]);
    expect(counted.dossiers.map((dossier) => Boolean(dossier.record))).toEqual([false, true, false]);
  });
});

describe('an HD169-era catalog of dossiers', async () => {
  const catalog = await read(HD169_LAYOUT);

  it('builds fileCode and paperFileCode from numbers and leaves page counts to the scans', () => {
    expect(
      catalog.dossiers.map((dossier) => [
        dossier.input.fileCode,
        dossier.input.paperFileCode,
        dossier.pending,
      ]),
    ).toEqual([
      ['P5.1962.10', 'Q3.1.10', ['numberOfPage']],
      ['P5.1963.11', 'Q3.1.11', ['numberOfPage']],
      ['P5.1966.12', 'Q3.2.12', ['numberOfPage']],
    ]);
    expect(catalog.dossiers[0]?.record).toMatchObject({
      maintenance: '01',
      mode: '01',
      language: ['01'],
      totalDoc: 40,
      numberOfPaper: 4,
    });
    expect(catalog.dossiers[1]?.input).toMatchObject({
      maintenance: '05',
      mode: '02',
      language: ['01', '03'],
      format: '03',
    });
    expect(catalog.dossiers[0]?.derivations).toContainEqual(
      expect.objectContaining({ field: 'startDate', value: '05/01/1962', how: 'date-range' }),
    );
  });

  it('reports years alone as errors of a SIP, a missing total as an error, and page counts once', () => {
    expect(issueList(catalog)).toEqual([
      [6, undefined, 'numberOfPage', 'pagesFromScans', 'warning'],
      [6, 'G', 'totalDoc', 'documentsNotListed', 'warning'],
      [7, 'F', 'startDate', 'date', 'error'],
      [7, 'F', 'endDate', 'date', 'error'],
      [8, 'F', 'startDate', 'date', 'error'],
      [8, 'F', 'endDate', 'date', 'error'],
      [8, 'G', 'totalDoc', 'required', 'error'],
    ]);
    expect(catalog.issues[0]?.messageVi).toContain('để trống ở 3 dòng');
  });

  it('accepts years alone in an AIP, with the catalog number last in arcFileCode', async () => {
    const aip = await read(HD169_LAYOUT, { packageType: 'aip' });
    expect(aip.dossiers.map((dossier) => [dossier.input.arcFileCode, Boolean(dossier.record)])).toEqual([
      ['Q3.P5.1962.10.1', true],
      ['Q3.P5.1963.11.1', true],
      ['Q3.P5.1966.12.1', false],
    ]);
    expect(issueList(aip)).toEqual([
      [6, undefined, 'numberOfPage', 'pagesFromScans', 'warning'],
      [6, 'G', 'totalDoc', 'documentsNotListed', 'warning'],
      [8, 'G', 'totalDoc', 'required', 'error'],
    ]);
  });

  it('says once that the dossiers of several documents without a row per document are each digitized as one document', () => {
    const notice = catalog.issues.find((issue) => issue.rule === 'documentsNotListed');
    // Rows 6 and 7 list 40 and 12 documents; row 8 gives no total.
    expect(notice).toMatchObject({ sheet: 'Mục lục', row: 6, heading: 'Số lượng văn bản', count: 2 });
    expect(notice?.messageVi).toContain('lớn hơn 1 ở 2 hồ sơ nhưng mục lục không có dòng cho từng văn bản');
    expect(notice?.messageVi).toContain('mỗi hồ sơ này được số hóa thành một văn bản gồm cả bản quét');
    expect(notice?.fixVi).toContain('thêm dưới mỗi hồ sơ một dòng cho từng văn bản');
    expect(summarizeCatalog(catalog).documentsNotListed).toBe(2);
  });
});

describe('a CSV exported from an archive management system', async () => {
  const catalog = await read(SYSTEM_CSV_LAYOUT);

  it('reads English tags as headings, ISO dates and repeated dossier cells', () => {
    expect(fieldsOf(catalog)[0]).toBe(
      'A:fileCode B:title C:maintenance D:mode E:language F:startDate G:endDate H:totalDoc I:dossierPages J:confidenceLevel K:paperFileCode L:docOrdinal M:typeName N:codeNumber O:codeNotation P:issuedDate Q:organName R:subject S:documentPages T:filePath',
    );
    expect(
      catalog.dossiers.map((dossier) => [dossier.row, dossier.documents.map((document) => document.row)]),
    ).toEqual([
      [2, [2, 3]],
      [4, [4, 5]],
    ]);
    expect(catalog.dossiers[0]?.record).toMatchObject({
      title: 'Hồ sơ về việc đầu tư xây dựng cầu Bình Minh, huyện A',
      startDate: '05/03/2019',
      endDate: '20/11/2019',
      numberOfPage: 5,
    });
    expect(catalog.dossiers[0]?.documents[0]?.record).toMatchObject({
      docId: '000.00.12.H23.2019.05.1',
      subject: 'Về việc phê duyệt dự án đầu tư, xây dựng cầu',
      mode: '01',
    });
    expect(catalog.dossiers[1]?.documents[0]?.record?.mode).toBe('02');
  });

  it('fails the document without a summary, and its dossier is not ready', () => {
    expect(issueList(catalog)).toEqual([[5, 'R', 'subject', 'required', 'error']]);
    expect(summarizeCatalog(catalog)).toMatchObject({
      dossiers: { total: 2, ready: 1, needFixes: 1 },
      documents: { total: 4, ready: 3, needFixes: 1 },
    });
  });
});

describe('a messy hand-kept catalog', async () => {
  const catalog = await read(MESSY_LAYOUT);

  it('reads headings with line breaks and stray spaces, merged cells, blank rows and no line of totals', () => {
    expect(fieldsOf(catalog)[0]).toBe(
      'A:notation B:title C:startDate D:endDate E:maintenance F:typeName G:numberAndNotation H:issuedDate I:organName J:subject K:documentPages L:filePath M:description',
    );
    expect(
      catalog.dossiers.map((dossier) => [
        dossier.row,
        dossier.input.fileCode,
        dossier.documents.map((document) => document.row),
      ]),
    ).toEqual([
      [7, 'H49.64.33.2001.20', [7, 8]],
      [11, 'H49.64.33.2001.21', [11]],
      [12, 'H49.64.33.2002.22', [12]],
    ]);
  });

  it('converts TCVN3, serial dates and misspelt type names', () => {
    const documents = catalog.dossiers.flatMap((dossier) => dossier.documents);
    expect(
      documents.map((document) => [
        document.input.typeName,
        document.input.issuedDate,
        document.input.subject,
      ]),
    ).toEqual([
      ['02', '05/01/2001', 'Về việc phê duyệt dự án xây dựng trụ sở'],
      ['15', '19/04/2001', 'Tờ trình xin cấp kinh phí'],
      ['14', '25/12/2001', 'Báo cáo tổng kết công tác năm 2001'],
      ['22', '05/03/2002', 'Về việc báo cáo tình hình'],
    ]);
    expect(catalog.conversions).toEqual({ tcvn3: 2, vni: 0, viqr: 0 });
    expect(documents[1]?.input.description).toBe('Bản sao');
    expect(documents[0]?.filePath).toBe('D:/SoHoa/Phong UBND/HS-20/01.pdf');
  });

  it('fails the dossier without a title alone, on its cell, with a fix', () => {
    expect(issueList(catalog)).toEqual([[12, 'B', 'title', 'required', 'error']]);
    expect(catalog.issues[0]?.fixVi).toBe('nhập giá trị cho trường này');
    expect(catalog.issues[0]?.fix).toBe('give a value for this field');
    expect(catalog.dossiers.map((dossier) => Boolean(dossier.record))).toEqual([true, true, false]);
    expect(catalog.dossiers[2]?.documents[0]?.record).toBeDefined();
  });
});

describe('columns recognised by their values, and overridden', () => {
  const csv = [
    'Số hồ sơ;Tiêu đề hồ sơ;N1;T1;NĂM BĐ;N2;T2;NĂM KT;THBQ;Tổng số văn bản;Số trang;Người lập',
    '01;Hồ sơ A;1;3;1995;"28";12;1995;VV;3;12;Nguyễn Văn An',
    '02;Hồ sơ B;"05";"01";1996;31;12;1996;VV;2;8;Nguyễn Văn An',
  ].join('\n');
  const source = { bytes: new TextEncoder().encode(csv), fileName: 'mlhs.csv' };

  it('reads a column of days beside one of months and one of years as a split date', async () => {
    const catalog = await importCatalog(source, { creator: 'P7' });
    expect(catalog.sheets[0]?.mapping.slice(2, 8)).toEqual([
      { column: 'C', heading: 'N1', field: 'startDay', how: 'values', samples: ['1', '05'] },
      { column: 'D', heading: 'T1', field: 'startMonth', how: 'values', samples: ['3', '01'] },
      { column: 'E', heading: 'NĂM BĐ', field: 'startYear', how: 'values', samples: ['1995', '1996'] },
      { column: 'F', heading: 'N2', field: 'endDay', how: 'values', samples: ['28', '31'] },
      { column: 'G', heading: 'T2', field: 'endMonth', how: 'values', samples: ['12'] },
      { column: 'H', heading: 'NĂM KT', field: 'endYear', how: 'values', samples: ['1995', '1996'] },
    ]);
    expect(catalog.dossiers.map((dossier) => dossier.record)).toEqual([
      expect.objectContaining({
        fileCode: 'P7.1995.01',
        startDate: '01/03/1995',
        endDate: '28/12/1995',
        numberOfPage: 12,
      }),
      expect.objectContaining({
        fileCode: 'P7.1996.02',
        startDate: '05/01/1996',
        endDate: '31/12/1996',
        numberOfPage: 8,
      }),
    ]);
    expect(catalog.sheets[0]?.mapping.at(-1)).toMatchObject({
      heading: 'Người lập',
      field: 'ignored',
      how: 'heading',
    });
    expect(catalog.issues).toEqual([]);
  });

  it('takes what the columns option says, by heading (folded) or letter, over recognition', async () => {
    const catalog = await importCatalog(source, {
      creator: 'P7',
      columns: { 'nguoi lap': 'description', K: 'ignore', C: 'endDay', F: 'startDay' },
    });
    const byLetter = Object.fromEntries(
      (catalog.sheets[0]?.mapping ?? []).map((entry) => [entry.column, [entry.field, entry.how]]),
    );
    expect(byLetter).toMatchObject({
      C: ['endDay', 'config'],
      F: ['startDay', 'config'],
      K: ['ignored', 'config'],
      L: ['description', 'config'],
    });
    expect(catalog.dossiers[0]?.input).toMatchObject({
      startDate: '28/03/1995',
      endDate: '01/12/1995',
      description: 'Nguyễn Văn An',
    });
    expect(catalog.dossiers[0]?.pending).toEqual(['numberOfPage']);
  });
});

describe('known names and codes given in NFD', () => {
  const csv = [
    'Số hồ sơ;Tiêu đề hồ sơ;Thời gian bắt đầu;Thời gian kết thúc;Thời hạn bảo quản;Tên loại văn bản;Ngày văn bản;Tác giả;Trích yếu nội dung;Số trang',
    '01;Hồ sơ thu thuế;01/01/2000;31/12/2000;VV;QĐ;05/01/2000;Uy ban nhan dan tinh Quang Ninh;Về việc A;1',
    ';;;;;CV;06/01/2000;Đội Thuế số 3;Về việc B;1',
    ';;;;;CV;07/01/2000;Đội Thuế sô 1;Về việc C;1',
  ].join('\n');

  it('writes issuers as the known names, and warns about a name as close to two', async () => {
    const catalog = await importCatalog(
      { bytes: new TextEncoder().encode(csv), fileName: 'mlhs.csv' },
      {
        creator: 'Chi cục Thuế'.normalize('NFD'),
        organNames: ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Đội Thuế số 1', 'Đội Thuế số 2'],
      },
    );
    const [dossier] = catalog.dossiers;
    expect(dossier?.input.fileCode).toBe('Chi cục Thuế.2000.01');
    expect(String(dossier?.input.fileCode)).toBe(String(dossier?.input.fileCode).normalize('NFC'));
    expect(dossier?.documents.map((document) => document.input.organName)).toEqual([
      'Ủy ban nhân dân tỉnh Quảng Ninh',
      'Đội Thuế số 3',
      'Đội Thuế số 1',
    ]);
    expect(dossier?.documents[0]?.derivations).toContainEqual({
      field: 'organName',
      value: 'Ủy ban nhân dân tỉnh Quảng Ninh',
      how: 'known-name',
      from: [
        {
          sheet: 'mlhs.csv',
          row: 2,
          column: 'H',
          heading: 'Tác giả',
          value: 'Uy ban nhan dan tinh Quang Ninh',
        },
      ],
    });
    expect(issueList(catalog)).toEqual([[3, 'H', 'organName', 'ambiguousName', 'warning']]);
    expect(catalog.issues[0]?.message).toContain(
      'is as close to several known names: Đội Thuế số 1; Đội Thuế số 2',
    );
    expect(dossier?.documents.every((document) => document.record)).toBe(true);
  });
});

describe('a catalog in two sheets, dossiers and documents joined by code', async () => {
  const catalog = await read(TWO_SHEET_LAYOUT);

  it('puts each document under the dossier row with its code, and counts totals from them', () => {
    expect(catalog.sheets.map((sheet) => [sheet.name, sheet.layout])).toEqual([
      ['Hồ sơ', 'dossier'],
      ['Tài liệu', 'document'],
    ]);
    expect(
      catalog.dossiers.map((dossier) => [
        `${dossier.sheet}!${dossier.row}`,
        dossier.documents.map((document) => `${document.sheet}!${document.row}`),
      ]),
    ).toEqual([
      ['Hồ sơ!2', ['Tài liệu!2', 'Tài liệu!3']],
      ['Hồ sơ!3', ['Tài liệu!4']],
      ['Tài liệu!6', ['Tài liệu!6']],
    ]);
    expect(catalog.dossiers[0]?.record).toMatchObject({
      totalDoc: 2,
      numberOfPage: 4,
      confidenceLevel: '02',
    });
    expect(catalog.dossiers[0]?.derivations).toContainEqual({
      field: 'numberOfPage',
      value: 4,
      how: 'documents',
      from: [
        { sheet: 'Tài liệu', row: 2, value: 3 },
        { sheet: 'Tài liệu', row: 3, value: 1 },
      ],
    });
    expect(catalog.dossiers[0]?.documents.map((document) => document.record)).toEqual([
      expect.objectContaining({
        docId: 'G09.2021.01.TCCB.1',
        typeName: '02',
        maintenance: '01',
        confidenceLevel: '02',
      }),
      expect.objectContaining({ docId: 'G09.2021.01.TCCB.2', typeName: '07' }),
    ]);
  });

  it('reports documents filed under a code no dossier row has, once, on their code', () => {
    expect(issueList(catalog)).toEqual([[6, 'A', 'fileCode', 'noDossierRow', 'error']]);
    expect(catalog.issues[0]).toMatchObject({
      sheet: 'Tài liệu',
      heading: 'Mã hồ sơ',
      value: 'G09.2021.03.KT',
    });
    expect(catalog.issues[0]?.message).toContain('is the code of no row of the dossier sheet');
    expect(catalog.dossiers.map((dossier) => Boolean(dossier.record))).toEqual([true, true, false]);
  });
});
