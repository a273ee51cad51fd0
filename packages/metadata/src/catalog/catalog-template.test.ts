import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_LISTS } from '../codes/code-lists.js';
import { TEMPLATE_LIST_SHEET, writeCatalogTemplate } from './catalog-template.js';
import { TEMPLATE_COLUMNS } from './catalog-template-columns.js';
import { importCatalog } from './import-catalog.js';
import { readSheets } from './read-sheets.js';

let folder = '';
let path = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-catalog-template-'));
  path = join(folder, 'muc-luc-mau.xlsx');
  await writeCatalogTemplate(path);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeCatalogTemplate', () => {
  it('is read back by importCatalog with no mapping: the example dossier and document are valid', async () => {
    const catalog = await importCatalog(path);
    expect(catalog.issues).toEqual([]); // no error, no warning: the list sheet is skipped silently
    expect(catalog.sheets.map((sheet) => sheet.layout)).toEqual(['document', 'none']);
    expect(Object.values(catalog.sheets[0]?.columns ?? {})).toEqual(
      TEMPLATE_COLUMNS.map((column) => column.column),
    );
    expect(catalog.dossiers).toHaveLength(1);
    expect(catalog.dossiers[0]?.record).toEqual({
      fileCode: 'H49.64.33.2001.160',
      title: 'Hồ sơ về việc thành lập Trường Trung học phổ thông Bãi Cháy',
      maintenance: '01',
      mode: '01',
      language: ['01'],
      keyword: 'thành lập trường',
      totalDoc: 1,
      numberOfPaper: 2,
      format: '02',
      confidenceLevel: '02',
      paperFileCode: 'TTLT1.K1-G2-H15.160',
      startDate: '05/01/2001',
      endDate: '28/12/2001',
      numberOfPage: 3,
    });
    expect(catalog.dossiers[0]?.documents[0]?.record).toMatchObject({
      docId: 'H49.64.33.2001.160.1',
      docCode: 'H49.64.33.2001.160.0000001',
      typeName: '02',
      codeNumber: '15',
      codeNotation: 'QĐ-UBND',
      issuedDate: '05/01/2001',
      organName: 'Ủy ban nhân dân tỉnh Quảng Ninh',
      numberOfPage: 3,
      autograph: 'Chữ ký của Chủ tịch UBND tỉnh',
      inforSign: 'TCCB',
      description: 'Người lập: Nguyễn Văn A',
    });
  });

  it('offers the code lists as drop-downs (data validation) from a very hidden list sheet', async () => {
    const files = unzipSync(new Uint8Array(await readFile(path)));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    const validations = [...sheet.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1>/g)].map(
      (match) => [/sqref="([^"]*)"/.exec(match[1] ?? '')?.[1], match[2]],
    );
    expect(validations).toEqual([
      ['C2:C5001', `'${TEMPLATE_LIST_SHEET}'!$A$2:$A$8`],
      ['D2:D5001', `'${TEMPLATE_LIST_SHEET}'!$B$2:$B$4`],
      ['E2:E5001', `'${TEMPLATE_LIST_SHEET}'!$C$2:$C$12`],
      ['L2:L5001', `'${TEMPLATE_LIST_SHEET}'!$D$2:$D$4`],
      ['N2:N5001', `'${TEMPLATE_LIST_SHEET}'!$E$2:$E$4`],
      ['Q2:Q5001', `'${TEMPLATE_LIST_SHEET}'!$F$2:$F$33`],
    ]);
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"/);
    // dataValidations stays in the schema's order (after sheetData, before pageMargins), or Excel calls the file corrupt.
    expect(sheet.indexOf('</sheetData>')).toBeLessThan(sheet.indexOf('<dataValidations'));
    const margins = sheet.indexOf('<pageMargins');
    expect(margins === -1 || sheet.indexOf('</dataValidations>') < margins).toBe(true);
    expect(strFromU8(files['xl/workbook.xml'] as Uint8Array)).toMatch(
      new RegExp(`<sheet [^>]*name="${TEMPLATE_LIST_SHEET}"[^>]*state="veryHidden"`),
    );
    const [, lists] = await readSheets(path, { readHiddenSheets: true });
    const column = (index: number) =>
      lists?.rows
        .slice(1)
        .map((row) => row[index])
        .filter(Boolean);
    expect(column(0)).toEqual(Object.values(CODE_LISTS.maintenance));
    expect(column(5)).toEqual(Object.values(CODE_LISTS.typeName));
  });

  it('reads every name of every drop-down back as its code', async () => {
    const listed = TEMPLATE_COLUMNS.filter((column) => column.list);
    const count = Math.max(...listed.map((column) => Object.keys(CODE_LISTS[column.list ?? 'mode']).length));
    const entry = (column: (typeof listed)[number], index: number) => {
      const codes = Object.entries(CODE_LISTS[column.list ?? 'mode']);
      return codes[index % codes.length] as [string, string];
    };
    const rows = Array.from({ length: count }, (_, index) =>
      [
        `H.2001.${index + 1}`,
        `Hồ sơ ${index + 1}`,
        'Trích yếu',
        ...listed.map((column) => entry(column, index)[1]),
      ].join(';'),
    );
    const headings = [
      'Mã hồ sơ',
      'Tiêu đề hồ sơ',
      'Trích yếu nội dung',
      ...listed.map((column) => column.heading),
    ];
    const csv = `${headings.join(';')}\n${rows.join('\n')}`;
    const catalog = await importCatalog({ bytes: new TextEncoder().encode(csv), fileName: 'a.csv' });
    expect(catalog.dossiers).toHaveLength(count);
    catalog.dossiers.forEach((dossier, index) => {
      const read: Record<string, unknown> = {
        ...dossier.input,
        typeName: dossier.documents[0]?.input.typeName,
      };
      for (const column of listed) {
        const code = entry(column, index)[0];
        expect(read[column.list ?? '']).toEqual(column.list === 'language' ? [code] : code);
      }
    });
  });

  it('refuses to replace a file unless asked', async () => {
    await expect(writeCatalogTemplate(path)).rejects.toMatchObject({ code: 'OUTPUT_WRITE_FAILED' });
    await expect(writeCatalogTemplate(path, { overwrite: true, example: false })).resolves.toBeUndefined();
    const [sheet] = await readSheets(path);
    expect(sheet?.rows).toHaveLength(1);
  });
});
