import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bombEntry,
  buildXlsx,
  inlineCell,
  rowXml,
  workbookWith,
  worksheetXml,
  xlsxEntries,
  zipArchive,
} from './__fixtures__/xlsx-builder.js';
import { readSheets } from './read-sheets.js';

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const source = (bytes: Uint8Array, fileName = 'muc-luc.xlsx') => ({ bytes, fileName });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string }) => error.code,
  );

interface ChildOutcome {
  code?: string;
  message?: string;
  sheets?: Array<{ name: string; rows: number }>;
  seconds: number;
  peakRssMb: number;
}

/** Reads a catalog in a child process and returns its outcome and peak RSS; nothing on stderr. */
async function readInChild(path: string, options: object = {}): Promise<ChildOutcome> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@sohoa/source',
      'src/catalog/__fixtures__/catalog-in-child.ts',
      path,
      JSON.stringify(options),
    ],
    { cwd: PACKAGE, encoding: 'utf8' },
  );
  expect(stderr).toBe('');
  return JSON.parse(stdout) as ChildOutcome;
}

/** A workbook whose only sheet is `sheet` (a bomb entry). */

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-hostile-catalog-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readSheets refuses what is not a spreadsheet, with INPUT_UNREADABLE and a message saying what it is', () => {
  const xlsx = buildXlsx({ sheets: [{ name: 'S', rows: rowXml(1, [inlineCell('A1', 'x')]) }] });
  const cases: Array<[string, Uint8Array, string, RegExp]> = [
    [
      'random bytes named .xlsx',
      new Uint8Array(4096).map((_, index) => (index * 7919) % 251),
      'a.xlsx',
      /is named \.xlsx but is not a spreadsheet/,
    ],
    [
      'a PDF renamed .xlsx',
      new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
      'a.xlsx',
      /is a PDF document/,
    ],
    [
      'an OLE2 signature followed by zeros, named .xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
      'a.xls',
      /is a damaged Excel 97–2003 workbook \(\.xls\).*its OLE2 header is invalid/,
    ],
    [
      'a ZIP without a workbook (a .docx renamed)',
      zipArchive([{ name: 'word/document.xml', content: '<w:document/>' }]),
      'a.xlsx',
      /not an \.xlsx workbook \(it has no xl\/workbook\.xml\)/,
    ],
    [
      'a truncated .xlsx',
      xlsx.subarray(0, Math.floor(xlsx.length / 2)),
      'a.xlsx',
      /ZIP structure is damaged/,
    ],
    [
      'a Word document',
      new TextEncoder().encode('hello'),
      'a.docx',
      /is not an \.xlsx or \.xls workbook, nor a \.csv file/,
    ],
  ];
  it.each(cases)('%s', async (_, bytes, fileName, message) => {
    const error = await readSheets(source(bytes, fileName)).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'INPUT_UNREADABLE', message: expect.stringMatching(message) });
  });

  it('an empty file', async () => {
    const path = join(folder, 'empty.xlsx');
    await writeFile(path, '');
    await expect(readSheets(path)).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringContaining('is empty (0 bytes)'),
    });
  });

  it('XML with a document type declaration (entity expansion) or broken tags', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>';
    for (const [content, message] of [
      [laughs, /document type declaration/],
      ['<worksheet><sheetData><row r="1"><c r="A1"', /ends inside a tag/],
    ] as const) {
      const entries = xlsxEntries({ sheets: [{ name: 'S', rows: '' }] }).map((entry) =>
        entry.name.includes('sheet1') ? { name: entry.name, content } : entry,
      );
      await expect(readSheets(source(zipArchive(entries)))).rejects.toMatchObject({
        code: 'INPUT_UNREADABLE',
        message: expect.stringMatching(message),
      });
    }
  });
});

describe('readSheets bounds work and memory (peak RSS read from a child process)', () => {
  it('refuses a zip bomb (1 MB inflating to 1 GiB) by its compression ratio, before inflating', async () => {
    const path = join(folder, 'bomb.xlsx');
    await writeFile(
      path,
      workbookWith(
        bombEntry('xl/worksheets/sheet1.xml', 1024, {
          prefix: '<worksheet><sheetData>',
          suffix: '</sheetData></worksheet>',
        }),
      ),
    );
    const outcome = await readInChild(path);
    expect(outcome.code).toBe('CATALOG_LIMIT_EXCEEDED');
    expect(outcome.message).toMatch(
      /compression ratio of "xl\/worksheets\/sheet1.xml" \(10\d\d:1\) exceeds the limit of 200 \(limits.maxCompressionRatio\)/,
    );
    expect(outcome.peakRssMb).toBeLessThan(200);
  });

  it('stops a bomb whose directory lies about its size as soon as it inflates past the declared size', async () => {
    const path = join(folder, 'lying-bomb.xlsx');
    const sheet = bombEntry('xl/worksheets/sheet1.xml', 1024, {
      prefix: '<worksheet><sheetData>',
      suffix: '</sheetData></worksheet>',
      declaredSize: 1024 ** 2,
    });
    await writeFile(path, workbookWith(sheet));
    const outcome = await readInChild(path);
    expect(outcome.code).toBe('CATALOG_LIMIT_EXCEEDED');
    expect(outcome.message).toContain('inflates to more than its declared size (1048576 bytes)');
    expect(outcome.peakRssMb).toBeLessThan(200);
  });

  it('streams a sheet of 128 MiB when the limits are raised, in bounded memory', async () => {
    const path = join(folder, 'big-sheet.xlsx');
    const rows = rowXml(1, [inlineCell('A1', 'Tiêu đề hồ sơ')]);
    await writeFile(
      path,
      workbookWith(
        bombEntry('xl/worksheets/sheet1.xml', 128, {
          prefix: `<worksheet><sheetData>${rows}`,
          suffix: `${rowXml(2, [inlineCell('A2', 'cuối')])}</sheetData></worksheet>`,
        }),
      ),
    );
    const outcome = await readInChild(path, { limits: { maxCompressionRatio: 2000 } });
    expect(outcome.sheets).toEqual([{ name: 'S', rows: 2, notes: 0 }]);
    expect(outcome.peakRssMb).toBeLessThan(200);
  });

  it('reads a sheet with a million empty formatted rows quickly, ending at the last row holding a value', async () => {
    const path = join(folder, 'million-empty-rows.xlsx');
    const empty: string[] = [];
    for (let row = 3; row <= 1_000_002; row++)
      empty.push(`<row r="${row}" spans="1:18" s="1" customFormat="1" ht="15.75" customHeight="1"/>`);
    const xml = worksheetXml(
      rowXml(1, [inlineCell('A1', 'Tiêu đề hồ sơ')]) +
        rowXml(2, [inlineCell('A2', 'Hồ sơ 1')]) +
        empty.join(''),
    );
    const bytes = Buffer.from(xml);
    const sheet = {
      name: 'xl/worksheets/sheet1.xml',
      deflated: deflateRawSync(bytes),
      crc: crc32(bytes),
      declaredSize: bytes.length,
    };
    await writeFile(path, workbookWith(sheet));
    const outcome = await readInChild(path);
    expect(outcome.sheets).toEqual([{ name: 'S', rows: 2, notes: 0 }]);
    expect(outcome.peakRssMb).toBeLessThan(200);
    // The default ratio limit lets such sheets through: they compress far less than bombs.
    expect(bytes.length / sheet.deflated.length).toBeLessThan(200 / 2);
  });

  it('refuses past maxEntries, maxUncompressedBytes, maxRows and maxCells, naming the option', async () => {
    const many = zipArchive([
      ...xlsxEntries({ sheets: [{ name: 'S', rows: '' }] }),
      ...Array.from({ length: 20 }, (_, index) => ({ name: `x/${index}.xml`, content: '<x/>' })),
    ]);
    await expect(readSheets(source(many), { limits: { maxEntries: 20 } })).rejects.toMatchObject({
      code: 'CATALOG_LIMIT_EXCEEDED',
      details: { option: 'maxEntries' },
    });
    await expect(readSheets(source(many), { limits: { maxUncompressedBytes: 1000 } })).rejects.toMatchObject({
      code: 'CATALOG_LIMIT_EXCEEDED',
      details: { option: 'maxUncompressedBytes' },
    });
    const rows = Array.from({ length: 11 }, (_, index) =>
      rowXml(index + 1, [inlineCell(`A${index + 1}`, 'x'), inlineCell(`C${index + 1}`, 'y')]),
    ).join('');
    const workbook = buildXlsx({ sheets: [{ name: 'S', rows }] });
    await expect(readSheets(source(workbook), { limits: { maxRows: 10 } })).rejects.toMatchObject({
      code: 'CATALOG_LIMIT_EXCEEDED',
      message: expect.stringContaining(
        '(reached at sheet "S", row 11) exceeds the limit of 10 (limits.maxRows)',
      ),
    });
    await expect(readSheets(source(workbook), { limits: { maxCells: 30 } })).rejects.toMatchObject({
      details: { option: 'maxCells' },
    });
    const csv = new TextEncoder().encode('a,b\n'.repeat(11));
    expect(await codeOf(readSheets(source(csv, 'a.csv'), { limits: { maxRows: 10 } }))).toBe(
      'CATALOG_LIMIT_EXCEEDED',
    );
    expect(await codeOf(readSheets(source(csv, 'a.csv'), { limits: { maxRows: 11 } }))).toBe('resolved');
  });

  it('refuses a .csv whose unclosed quote would swallow the file, naming the row', async () => {
    const csv = new TextEncoder().encode(
      `Tiêu đề hồ sơ,Ghi chú\nHồ sơ 1,"không đóng\n${'x,y\n'.repeat(300_000)}`,
    );
    await expect(readSheets(source(csv, 'a.csv'))).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringContaining('row 2 does not end within 1048576 characters (an unclosed quote?)'),
    });
  });
});
