import { describe, expect, it } from 'vitest';
import { documentCatalogWorkbook } from '../__fixtures__/catalog-workbooks.js';
import {
  buildXlsx,
  inlineCell,
  numberCell,
  rowXml,
  xlsxEntries,
  zipArchive,
} from './__fixtures__/xlsx-builder.js';
import { importCatalog } from './import-catalog.js';
import { readSheets } from './read-sheets.js';

const source = (bytes: Uint8Array, fileName = 'muc-luc.xlsx') => ({ bytes, fileName });
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('readSheets, .xlsx cells', () => {
  const workbook = buildXlsx({
    sharedStrings: [
      '  Hồ sơ  ',
      '<r><t>Quyết </t></r><r><rPr><b/></rPr><t>định</t></r><rPh><t>ignored</t></rPh>',
      'A & B_x000D_C',
    ],
    numberFormats: { 164: 'dd/mm/yyyy', 165: '[$-42A]d"/"m"/"yyyy;@', 166: '#,##0.00 "đ"', 167: '[h]:mm' },
    cellStyles: [0, 164, 14, 165, 166, 167],
    sheets: [
      {
        name: 'Mục lục',
        rows: [
          rowXml(1, [
            `<c r="A1" t="s"><v>0</v></c>`,
            `<c r="B1" t="s"><v>1</v></c>`,
            `<c r="D1" t="s"><v>2</v></c>`,
          ]),
          rowXml(2, [numberCell('A2', 36896, 1), numberCell('B2', 36900, 2), numberCell('C2', 36901, 3)]),
          rowXml(3, [numberCell('A3', 1500.5, 4), numberCell('B3', 1.5, 5), `<c r="C3" t="b"><v>1</v></c>`]),
          rowXml(4, [
            `<c r="A4"><f>SUM(A2:A3)</f><v>38396.5</v></c>`,
            `<c r="B4" t="str"><f>A1&amp;"x"</f><v>Hồ sơx</v></c>`,
          ]),
          rowXml(5, [
            `<c r="C5"><f>B2*2</f></c>`,
            `<c r="D5" t="e"><v>#REF!</v></c>`,
            `<c r="E5" t="d"><v>2001-01-05T00:00:00Z</v></c>`,
          ]),
          '<row r="6" spans="1:5" s="1" customFormat="1"/>',
          // Cells without a reference follow each other; a blank inline string is empty.
          `<row r="8"><c t="inlineStr"><is><t>   </t></is></c><c t="inlineStr"><is><t>x</t></is></c><c><v>7</v></c></row>`,
        ].join(''),
        merges: ['A1:C1', 'D2:D4'],
      },
    ],
  });

  it('reads shared, rich and inline strings, numbers, dates, booleans and cached formula values', async () => {
    const [sheet] = await readSheets(source(workbook));
    expect(sheet?.name).toBe('Mục lục');
    expect(sheet?.rows).toEqual([
      ['Hồ sơ', 'Quyết định', null, 'A & B\rC'],
      [utc(2001, 1, 5), utc(2001, 1, 9), utc(2001, 1, 10)],
      [1500.5, 1.5, true],
      [38396.5, 'Hồ sơx'],
      [null, null, null, '#REF!', utc(2001, 1, 5)],
      [],
      [],
      [null, 'x', 7],
    ]);
  });

  it('lists merged ranges by row and column index, the value staying in the first cell', async () => {
    const [sheet] = await readSheets(source(workbook));
    expect(sheet?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 3, bottom: 3, right: 3 },
    ]);
  });

  it('notes a formula saved without its value, and importCatalog warns naming the cell', async () => {
    const [sheet] = await readSheets(source(workbook));
    expect(sheet?.notes).toEqual([{ kind: 'formulaWithoutValue', row: 5, column: 2, formula: 'B2*2' }]);
    const catalog = await importCatalog(source(workbook));
    const issue = catalog.issues.find((found) => found.rule === 'formulaWithoutValue');
    expect(issue).toMatchObject({ sheet: 'Mục lục', row: 5, column: 'C', severity: 'warning' });
    expect(issue?.message).toContain('"C5": is the formula =B2*2 saved without its computed value');
  });

  it('reads the 1904 date system and element names with a namespace prefix', async () => {
    const bytes = buildXlsx({
      date1904: true,
      cellStyles: [0, 14],
      sheets: [{ name: 'S', rows: rowXml(1, [numberCell('B1', 0, 1), numberCell('C1', 35000, 1)]) }],
    });
    const [sheet] = await readSheets(source(bytes));
    expect(sheet?.rows).toEqual([[null, utc(1904, 1, 1), utc(1999, 10, 29)]]);
    const entries = xlsxEntries({ sheets: [{ name: 'S', rows: '' }] }).map((entry) =>
      entry.name.endsWith('sheet1.xml')
        ? {
            name: entry.name,
            content:
              '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
          }
        : entry,
    );
    const [prefixed] = await readSheets(source(zipArchive(entries)));
    expect(prefixed?.rows).toEqual([[], [null, 'x']]);
  });

  it('keeps the value of a merged cell in its first cell, like the catalogs write-excel-file makes', async () => {
    const [sheet] = await readSheets(source(await documentCatalogWorkbook()));
    expect(sheet?.rows[0]).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH']);
    expect(sheet?.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(sheet?.rows[6]?.[11]).toEqual(utc(2001, 1, 5));
  });
});

describe('readSheets, hidden sheets', () => {
  const workbook = buildXlsx({
    sheets: [
      {
        name: 'Mục lục',
        rows: rowXml(1, [inlineCell('A1', 'Tiêu đề hồ sơ'), inlineCell('B1', 'Thời hạn bảo quản')]),
      },
      { name: 'Danh mục', rows: rowXml(1, [inlineCell('A1', 'Vĩnh viễn')]), state: 'hidden' },
      { name: 'Cũ', rows: rowXml(1, [inlineCell('A1', 'Hồ sơ cũ')]), state: 'veryHidden' },
    ],
  });

  it('lists hidden sheets with a note and no rows, and reads them when asked', async () => {
    const sheets = await readSheets(source(workbook));
    expect(sheets.map((sheet) => [sheet.name, sheet.rows.length, sheet.notes])).toEqual([
      ['Mục lục', 1, []],
      ['Danh mục', 0, [{ kind: 'hiddenSheet', state: 'hidden' }]],
      ['Cũ', 0, [{ kind: 'hiddenSheet', state: 'veryHidden' }]],
    ]);
    const all = await readSheets(source(workbook), { readHiddenSheets: true });
    expect(all.map((sheet) => sheet.rows[0]?.[0])).toEqual(['Tiêu đề hồ sơ', 'Vĩnh viễn', 'Hồ sơ cũ']);
  });

  it('makes importCatalog warn once per hidden sheet, and skip very hidden ones silently', async () => {
    const catalog = await importCatalog(source(workbook));
    expect(
      catalog.issues.filter((issue) => issue.rule === 'hiddenSheet').map((issue) => issue.sheet),
    ).toEqual(['Danh mục']);
    expect(catalog.issues[0]?.messageVi).toContain('là trang tính ẩn nên không được đọc');
  });
});

describe('readSheets, .csv', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('streams UTF-8 with a BOM, semicolons, quoted line breaks, and ends at the last row holding a value', async () => {
    const text = '\uFEFFSố hồ sơ;Tiêu đề hồ sơ\n01;"Hồ sơ\nhai dòng"\n;\n02;"Có ""ngoặc"""\n;\n\n';
    const [sheet] = await readSheets(source(encode(text), 'muc-luc.csv'));
    expect(sheet?.name).toBe('muc-luc.csv');
    expect(sheet?.rows).toEqual([
      ['Số hồ sơ', 'Tiêu đề hồ sơ'],
      ['01', 'Hồ sơ\nhai dòng'],
      [],
      ['02', 'Có "ngoặc"'],
    ]);
  });

  it('reads quoted fields with delimiters and line breaks across the chunks it streams', async () => {
    const rows = Array.from({ length: 4000 }, (_, index) => `${index};"dòng ${index}\r\ncó; dấu ""x"""`);
    const [sheet] = await readSheets(source(encode(`Số;Ghi chú\r\n${rows.join('\r\n')}\r\n`), 'a.csv'));
    expect(sheet?.rows).toHaveLength(4001);
    sheet?.rows.slice(1).forEach((row, index) => {
      expect(row).toEqual([String(index), `dòng ${index}\r\ncó; dấu "x"`]);
    });
  });

  it('reads the whole file again as Windows-1252 when a byte far into it is not UTF-8', async () => {
    const head = encode(`Tieu de ho so,Ghi chu\n${'a,b\n'.repeat(30_000)}`);
    const bytes = new Uint8Array([...head, 0x43, 0xe9, 0x2c, 0x78, 0x0a]); // "Cé,x" in Windows-1252
    const [sheet] = await readSheets(source(bytes, 'export.csv'));
    expect(sheet?.rows[0]).toEqual(['Tieu de ho so', 'Ghi chu']);
    expect(sheet?.rows).toHaveLength(30_002);
    expect(sheet?.rows.at(-1)).toEqual(['Cé', 'x']);
  });
});
