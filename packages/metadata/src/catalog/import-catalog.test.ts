import { describe, expect, it } from 'vitest';
import { documentCatalogWorkbook } from '../__fixtures__/catalog-workbooks.js';
import { columnLetter } from './column-letter.js';
import { importCatalog } from './import-catalog.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('importCatalog, one row per document (xlsx)', async () => {
  const catalog = await importCatalog(
    { bytes: await documentCatalogWorkbook(), fileName: 'muc-luc.xlsx' },
    { creator: 'H49.64.33', dossierDefaults: { format: '02' } },
  );
  const [first, second, third] = catalog.dossiers;

  it('finds the two-row heading under the title lines and skips the numbering row', () => {
    expect(catalog.sheets[0]).toMatchObject({ name: 'Mục lục', layout: 'document', headerRow: 4 });
    expect(catalog.sheets[0]?.columns).toMatchObject({
      A: 'notation',
      C: 'startDay',
      D: 'startMonth',
      E: 'startYear',
      H: 'endYear',
      K: 'numberAndNotation',
      Q: 'filePath',
    });
    expect(catalog.sheets[1]).toMatchObject({ name: 'Ghi chú', layout: 'none' });
  });

  it('groups document rows into dossiers, across blank rows and blank dossier cells', () => {
    expect(
      catalog.dossiers.map((dossier) => [dossier.row, dossier.documents.map((document) => document.row)]),
    ).toEqual([
      [7, [7, 8]],
      [10, [10, 11]],
      [12, [12]],
    ]);
  });

  it('builds a valid dossier with codes, dates, totals and documents', () => {
    expect(first?.record).toEqual({
      fileCode: 'H49.64.33.2001.160',
      title: 'Hồ sơ về việc thành lập Trường Trung học phổ thông Bãi Cháy',
      maintenance: '01',
      mode: '01',
      language: ['01'],
      format: '02',
      startDate: '05/01/2001',
      endDate: '28/12/2001',
      totalDoc: 2,
      numberOfPage: 7,
    });
    expect(first?.documents.map((document) => document.record)).toEqual([
      expect.objectContaining({
        docId: 'H49.64.33.2001.160.1',
        docCode: 'H49.64.33.2001.160.0000001',
        typeName: '02',
        codeNumber: '15',
        codeNotation: 'QĐ-UBND',
        issuedDate: '05/01/2001',
        numberOfPage: 3,
      }),
      expect.objectContaining({
        docCode: 'H49.64.33.2001.160.0000002',
        typeName: '15',
        issuedDate: '09/01/2001',
        subject: 'Tờ trình xin thành lập trường',
        numberOfPage: 4,
      }),
    ]);
    expect(first?.documents.map((document) => document.filePath)).toEqual([
      'D:/SoHoa/160/001.pdf',
      'D:/SoHoa/160/002.pdf',
    ]);
  });

  it('converts TCVN3 and VNI text to Unicode', () => {
    expect(second?.record?.title).toBe('Báo cáo tổng kết công tác thủy lợi năm 1975');
    expect(second?.documents[0]?.input.organName).toBe('Ty Thủy lợi Quảng Ninh');
    expect(second?.documents[1]?.record?.subject).toBe('Kế hoạch phòng chống lụt bão');
    expect(catalog.conversions).toEqual({ tcvn3: 3, vni: 1, viqr: 0 });
  });

  it('says each problem in both languages: English in message and fix, Vietnamese (NFC) in messageVi and fixVi', () => {
    expect(catalog.issues).toHaveLength(5);
    for (const issue of catalog.issues) {
      const which = `${issue.sheet}!${issue.column ?? ''}${issue.row} ${issue.rule}`;
      for (const text of [issue.message, issue.messageVi, issue.fix, issue.fixVi])
        expect(text, which).toBe(text.normalize('NFC'));
      expect(issue.messageVi, which).toContain(`. Cách sửa: ${issue.fixVi}.`);
      expect(issue.messageVi, which).not.toContain('Fix:');
      expect(issue.message, which).toContain(`. Fix: ${issue.fix}.`);
      expect(issue.message, which).not.toContain('Cách sửa');
      expect(issue.fix, which).not.toBe(issue.fixVi);
    }
    expect(catalog.issues[2]?.message).toContain(
      'Thời hạn lưu trữ (maintenance, retention period) = "Tạm thời": is not a valid code',
    );
    expect(catalog.issues[2]?.messageVi).toContain(
      'Thời hạn lưu trữ (maintenance) = "Tạm thời": không phải mã hợp lệ',
    );
  });

  it('reports each problem by sheet, row and column, in Vietnamese', () => {
    const found = catalog.issues.map((issue) => [
      issue.row,
      issue.column,
      issue.field,
      issue.rule,
      issue.severity,
    ]);
    expect(found).toEqual([
      [10, 'L', 'issuedDate', 'date', 'error'],
      [11, 'J', 'typeName', 'otherCode', 'warning'],
      [12, 'I', 'maintenance', 'code', 'error'],
      [12, 'P', 'language.1', 'code', 'error'],
      [1, undefined, '(sheet)', 'noHeader', 'warning'],
    ]);
    const maintenance = catalog.issues[2];
    expect(maintenance).toMatchObject({ sheet: 'Mục lục', heading: 'Thời hạn bảo quản', value: 'Tạm thời' });
    expect(maintenance?.messageVi).toContain(
      'Thời hạn lưu trữ (maintenance) = "Tạm thời": không phải mã hợp lệ',
    );
    expect(catalog.issues[3]?.value).toBe('tiếng Lào');
    expect(catalog.issues[4]).toMatchObject({ sheet: 'Ghi chú', field: '(sheet)', rule: 'noHeader' });
    expect(second?.record?.maintenance).toBe('05');
    expect(second?.documents[1]?.record?.typeName).toBe('32');
    expect(third?.record).toBeUndefined();
  });
});

describe('importCatalog, one row per dossier (csv)', () => {
  it('reads a semicolon CSV with a date range column and checks totals', async () => {
    const csv = [
      'STT;Số hồ sơ;Tiêu đề hồ sơ;Thời gian tài liệu;Thời hạn bảo quản;Chế độ sử dụng;Số tờ;Số trang;Tổng số văn bản',
      '1;01;Tập lưu quyết định năm 1962;01/01/1962 - 31/12/1962;Vĩnh viễn;Hạn chế;40;80;25',
      ';;;;;;;;',
      '2;02;Hồ sơ xây dựng cầu;1963;50 năm;Công khai;10;20;x',
    ].join('\r\n');
    const catalog = await importCatalog(
      { bytes: encode(`\uFEFF${csv}`), fileName: 'muc-luc.csv' },
      { creator: 'P623' },
    );
    expect(catalog.sheets[0]).toMatchObject({ name: 'muc-luc.csv', layout: 'dossier' });
    expect(catalog.dossiers[0]?.record).toMatchObject({
      fileCode: 'P623.1962.01',
      startDate: '01/01/1962',
      endDate: '31/12/1962',
      mode: '02',
      numberOfPaper: 40,
      numberOfPage: 80,
      totalDoc: 25,
    });
    expect(catalog.issues).toHaveLength(3);
    expect(catalog.issues.map((issue) => [issue.row, issue.column, issue.field])).toEqual([
      [4, 'D', 'startDate'],
      [4, 'D', 'endDate'],
      [4, 'I', 'totalDoc'],
    ]);
    // A SIP dossier needs full dates: a year alone is allowed only in an AIP.
    expect(catalog.issues[0]?.message).toBe(
      'Thời gian bắt đầu (startDate, start date) = "1963": is not a real date written DD/MM/YYYY. Fix: write a real date such as 17/01/2025.',
    );
  });

  it('reads a Windows-1252 CSV typed in TCVN3, headings included', async () => {
    const csv = [
      'M· hå s¬,Tiªu ®Ò hå s¬,Thêi gian b¾t ®Çu,Thêi gian kÕt thóc,Thêi h¹n b¶o qu¶n,Tæng sè v¨n b¶n,Sè l­îng trang',
      'H49.64.33.1975.1,B¸o c¸o n¨m 1975,1/1/1975,31/12/1975,VV,1,3',
      'H49.64.33.1975.2,Hå s¬ vÒ héi nghÞ t¹i Hµ NéI,1/1/1975,31/12/1975,VV,1,3',
    ].join('\n');
    const catalog = await importCatalog({ bytes: Buffer.from(csv, 'latin1'), fileName: 'tcvn3.csv' });
    expect(catalog.sheets[0]?.columns).toMatchObject({ A: 'fileCode', B: 'title', E: 'maintenance' });
    // "NéI" (capitals around a toned vowel) is surely NỘI; "Hå" and "Hµ" could be Hồ/HỒ and Hà/HÀ:
    // most words of the line are lowercase, so they are kept as typed, and reported.
    expect(catalog.dossiers.map((dossier) => dossier.record?.title)).toEqual([
      'Báo cáo năm 1975',
      'Hồ sơ về hội nghị tại Hà NỘI',
    ]);
    expect(
      catalog.issues.map((issue) => [issue.row, issue.column, issue.field, issue.rule, issue.severity]),
    ).toEqual([
      [3, 'B', 'title', 'caseAmbiguous', 'warning'],
      [3, 'B', 'title', 'caseAmbiguous', 'warning'],
    ]);
    expect(catalog.issues[1]?.messageVi).toContain('đã đọc là "Hà"');
  });

  it('reports a missing file with a stable code', async () => {
    await expect(importCatalog('/nonexistent/muc-luc.xlsx')).rejects.toMatchObject({
      code: 'INPUT_NOT_FOUND',
    });
    await expect(importCatalog({ bytes: encode('x'), fileName: 'muc-luc.doc' })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });
});

describe('importCatalog, AIP records', () => {
  it('builds arcFileCode and AIP documents, and accepts dates by month or year', async () => {
    const catalog = await importCatalog(
      { bytes: await documentCatalogWorkbook(), fileName: 'muc-luc.xlsx' },
      { creator: 'H49.64.33', packageType: 'aip', archiveCode: 'TTLT1' },
    );
    const [first] = catalog.dossiers;
    expect(first?.record).toMatchObject({ arcFileCode: 'TTLT1.H49.64.33.2001.160', totalDoc: 2 });
    expect(first?.record).not.toHaveProperty('fileCode');
    // The dossier's code stays known beside the record, for whoever names files after it.
    expect(first?.fileCode).toBe('H49.64.33.2001.160');
    expect(first?.documents.map((document) => document.record)).toEqual([
      expect.objectContaining({
        arcFileCode: 'TTLT1.H49.64.33.2001.160',
        docCode: 'H49.64.33.2001.160.0000001',
        docOrdinal: 1,
      }),
      expect.objectContaining({ docOrdinal: 2, typeName: '15' }),
    ]);
    const csv =
      'Số hồ sơ;Tiêu đề hồ sơ;Thời gian tài liệu;Thời hạn bảo quản;Tổng số văn bản;Số trang\n02;Hồ sơ xây dựng cầu;1963;Vĩnh viễn;3;20';
    const yearOnly = await importCatalog(
      { bytes: new TextEncoder().encode(csv), fileName: 'muc-luc.csv' },
      { creator: 'P623', packageType: 'aip', archiveCode: 'TTLT1' },
    );
    expect(yearOnly.issues).toEqual([]);
    expect(yearOnly.dossiers[0]?.record).toMatchObject({
      arcFileCode: 'TTLT1.P623.1963.02',
      startDate: '1963',
      endDate: '1963',
    });
  });

  it('reports a missing archive code once for the catalog', async () => {
    const catalog = await importCatalog(
      { bytes: await documentCatalogWorkbook(), fileName: 'muc-luc.xlsx' },
      { creator: 'H49.64.33', packageType: 'aip' },
    );
    const arcIssues = catalog.issues.filter((issue) => issue.field === 'arcFileCode');
    // Once for the catalog, naming the option that supplies it, not once per dossier.
    expect(arcIssues.map((issue) => [issue.row, issue.rule, issue.severity])).toEqual([
      [7, 'missingSource', 'error'],
    ]);
    expect(arcIssues[0]?.messageVi).toBe(
      'Mã hồ sơ lưu trữ (arcFileCode) = (trống): không tạo được cho 3 hồ sơ. Cách sửa: cho tùy chọn archiveCode một lần cho cả mục lục.',
    );
    expect(catalog.dossiers.map((dossier) => dossier.record)).toEqual([undefined, undefined, undefined]);
    expect(catalog.dossiers[0]?.documents[0]?.record).toBeUndefined();
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});
