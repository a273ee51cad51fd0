import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { XLS_SOURCES } from './__fixtures__/xls-sources.js';
import { importCatalog } from './import-catalog.js';
import type { RawSheet } from './raw-sheet.js';
import { readSheets } from './read-sheets.js';
import { openCfb } from './xls-cfb.js';
import { BIFF, BiffReader } from './xls-records.js';
import { readXlsWorkbook } from './xls-workbook.js';

const FOLDER = new URL('./__fixtures__/xls/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FOLDER)));
const asXls = (bytes: Uint8Array, fileName = 'muc-luc.xls') => ({ bytes, fileName });
const asXlsx = async (build: () => Promise<Uint8Array>) => ({
  bytes: await build(),
  fileName: 'muc-luc.xlsx',
});
const sourceOf = (xls: string) =>
  XLS_SOURCES.find((source) => source.xls === xls) as (typeof XLS_SOURCES)[number];

/** The byte offset of the directory entry named `name` (entries lie at multiples of 128 bytes). */
function entryOffset(bytes: Uint8Array, name: string): number {
  const wanted = new Uint8Array([...name].flatMap((char) => [char.charCodeAt(0), 0]));
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (wanted.every((byte, index) => bytes[at + index] === byte) && bytes[at + wanted.length] === 0)
      return at;
  }
  throw new Error(`no directory entry ${name}`);
}

/** A copy of `bytes` whose `Workbook` stream is named `name` instead. */
function renamed(bytes: Uint8Array, name: string): Uint8Array {
  const copy = bytes.slice();
  const at = entryOffset(copy, 'Workbook');
  copy.fill(0, at, at + 64);
  [...name].forEach((char, index) => {
    copy[at + index * 2] = char.charCodeAt(0);
  });
  new DataView(copy.buffer).setUint16(at + 64, (name.length + 1) * 2, true);
  return copy;
}

const u32 = (bytes: Uint8Array, at: number) =>
  new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);
const withU32 = (bytes: Uint8Array, at: number, value: number) => {
  const copy = bytes.slice();
  new DataView(copy.buffer).setUint32(at, value, true);
  return copy;
};

/** A BIFF record: type, length, data. */
const record = (type: number, data: number[]) => [
  type & 0xff,
  type >> 8,
  data.length & 0xff,
  data.length >> 8,
  ...data,
];
const le = (value: number, size: number) =>
  Array.from({ length: size }, (_, index) => (value >>> (8 * index)) & 0xff);
const wide = (text: string) => [...text].flatMap((char) => le(char.charCodeAt(0), 2));

/**
 * A small BIFF8 workbook, as some writers (not Excel, which pads to 4 KiB) leave it: a visible sheet
 * with a LABEL (UTF-16) and a NUMBER, and a very hidden one.
 */
function smallWorkbook(): Uint8Array {
  const sheetRecords = (cells: number[][]) => [
    ...record(BIFF.BOF, [...le(0x0600, 2), ...le(0x0010, 2), ...new Array(12).fill(0)]),
    ...cells.flat(),
    ...record(BIFF.EOF, []),
  ];
  const first = sheetRecords([
    record(BIFF.LABEL, [...le(0, 2), ...le(0, 2), ...le(0, 2), ...le(8, 2), 1, ...wide('Mã hồ sơ')]),
    record(BIFF.NUMBER, [
      ...le(1, 2),
      ...le(0, 2),
      ...le(0, 2),
      ...new Uint8Array(new Float64Array([42.5]).buffer),
    ]),
  ]);
  const second = sheetRecords([]);
  const boundSheet = (offset: number, state: number, name: string) =>
    record(BIFF.BOUNDSHEET, [...le(offset, 4), state, 0, name.length, 1, ...wide(name)]);
  const globalsLength = (a: number, b: number) => [
    ...record(BIFF.BOF, [...le(0x0600, 2), ...le(0x0005, 2), ...new Array(12).fill(0)]),
    ...boundSheet(a, 0, 'Hồ sơ'),
    ...boundSheet(b, 2, 'Danh sách'),
    ...record(BIFF.EOF, []),
  ];
  const size = globalsLength(0, 0).length;
  return new Uint8Array([...globalsLength(size, size + first.length), ...first, ...second]);
}

/** An OLE2 file (version 3) holding `stream` as "Workbook" in its mini stream (under 4,096 bytes). */
function miniStreamCfb(stream: Uint8Array): Uint8Array {
  const miniSectors = Math.ceil(stream.length / 64);
  const dataSectors = Math.ceil((miniSectors * 64) / 512);
  const file = new Uint8Array(512 * (4 + dataSectors));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (const [at, value] of [
    [0x18, 0x3e],
    [0x1a, 3],
    [0x1c, 0xfffe],
    [0x1e, 9],
    [0x20, 6],
  ]) {
    view.setUint16(at as number, value as number, true);
  }
  for (const [at, value] of [
    [0x2c, 1],
    [0x30, 1],
    [0x38, 4096],
    [0x3c, 2],
    [0x40, 1],
    [0x44, 0xfffffffe],
    [0x48, 0],
  ]) {
    view.setUint32(at as number, value as number, true);
  }
  for (let index = 0; index < 109; index++)
    view.setUint32(0x4c + index * 4, index === 0 ? 0 : 0xffffffff, true);
  // Sector 0 the FAT, 1 the directory, 2 the mini FAT, 3… the mini stream.
  const fat = [
    0xfffffffd,
    0xfffffffe,
    0xfffffffe,
    ...Array.from({ length: dataSectors }, (_, index) =>
      index === dataSectors - 1 ? 0xfffffffe : 4 + index,
    ),
  ];
  for (let index = 0; index < 128; index++) view.setUint32(512 + index * 4, fat[index] ?? 0xffffffff, true);
  const entry = (index: number, name: string, type: number, child: number, start: number, size: number) => {
    const at = 1024 + index * 128;
    file.set(wide(name), at);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    file[at + 66] = type;
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, 0xffffffff, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, 1, 3, miniSectors * 64);
  entry(1, 'Workbook', 2, 0xffffffff, 0, stream.length);
  for (let index = 2; index < 4; index++) entry(index, '', 0, 0xffffffff, 0, 0);
  for (let index = 0; index < 128; index++) {
    view.setUint32(
      1536 + index * 4,
      index < miniSectors - 1 ? index + 1 : index === miniSectors - 1 ? 0xfffffffe : 0xffffffff,
      true,
    );
  }
  file.set(stream, 2048);
  return file;
}

describe('an Excel 97–2003 .xls reads exactly like the .xlsx LibreOffice saved it from', () => {
  it.each(XLS_SOURCES.map((source) => [source.xls, source] as const))(
    '%s: the same sheets, rows, cells, merged ranges and notes',
    async (xls, source) => {
      for (const readHiddenSheets of [false, true]) {
        const fromXlsx = await readSheets(await asXlsx(source.build), { readHiddenSheets });
        const fromXls = await readSheets(asXls(fixture(xls)), { readHiddenSheets });
        // LibreOffice has no "very hidden" sheets: it saves them hidden.
        const expected = fromXlsx.map((sheet) => ({
          ...sheet,
          notes: sheet.notes.map((note) =>
            note.kind === 'hiddenSheet' ? { ...note, state: 'hidden' as const } : note,
          ),
        }));
        expect(fromXls).toEqual(expected);
      }
    },
  );

  it.each(['muc-luc-tt05.xls', 'nhieu-chuoi.xls'])(
    '%s: the same dossiers, documents, derivations, conversions and issues',
    async (xls) => {
      const fromXlsx = await importCatalog(await asXlsx(sourceOf(xls).build));
      const fromXls = await importCatalog(asXls(fixture(xls)));
      expect(fromXls).toEqual(fromXlsx);
      expect(fromXls.dossiers.length).toBeGreaterThan(1);
    },
  );

  it('reads the Thông tư 05 template: merged dossier cells, spreadsheet dates, Vietnamese text', async () => {
    const catalog = await importCatalog(asXls(fixture('muc-luc-tt05.xls')));
    expect(catalog.issues).toEqual([]);
    expect(
      catalog.dossiers.map((dossier) => [
        dossier.input.fileCode,
        dossier.input.startDate,
        dossier.input.endDate,
        dossier.documents.length,
      ]),
    ).toEqual([
      ['H49.64.33.2025.01', '06/01/2025', '28/03/2025', 2],
      ['H49.64.33.2025.02', '10/02/2025', '10/02/2025', 1],
    ]);
    expect(catalog.dossiers[0]?.documents[1]?.input).toMatchObject({
      issuedDate: '28/03/2025',
      organName: 'Sở Nội vụ tỉnh Quảng Ninh',
      autograph: 'Ý kiến chỉ đạo của Chủ tịch UBND tỉnh',
    });
  });

  it('reads dates (custom and built-in formats), numbers, booleans, formula results, merges and hidden sheets', async () => {
    const [sheet, list, old] = await readSheets(asXls(fixture('gop-o-ngay-an.xls')));
    expect(sheet?.rows[2]).toEqual([
      'H49.64.33.1962.01',
      'Hồ sơ về việc thành lập hợp tác xã nông nghiệp năm 1962',
      null,
      '01 - Công khai',
      '01 - Tiếng Việt',
      new Date('1962-01-05T00:00:00Z'),
      new Date('2025-01-05T12:00:00Z'),
      12,
      0.125,
      true,
      19,
      'Ghi chú: H49.64.33.1962.01',
      '#DIV/0!',
    ]);
    expect(sheet?.rows[3]?.slice(9)).toEqual([false, null, 'có khoảng trắng']);
    expect(sheet?.rows[4]).toEqual([]);
    expect(sheet?.merges).toEqual([
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 2 },
    ]);
    expect([list, old].map((hidden) => [hidden?.name, hidden?.rows, hidden?.notes])).toEqual([
      ['Danh mục', [], [{ kind: 'hiddenSheet', state: 'hidden' }]],
      ['Cũ', [], [{ kind: 'hiddenSheet', state: 'hidden' }]],
    ]);
  });

  it('tells very hidden sheets (BOUNDSHEET8 state 2) from hidden ones', () => {
    const cfb = openCfb(fixture('gop-o-ngay-an.xls'), 'gop-o-ngay-an.xls');
    const stream = cfb.read(cfb.root.get('Workbook') as NonNullable<ReturnType<typeof cfb.root.get>>);
    const reader = new BiffReader(stream);
    const boundSheets: number[] = [];
    for (let record = reader.next(); record && record.type !== BIFF.EOF; record = reader.next()) {
      if (record.type === BIFF.BOUNDSHEET) boundSheets.push(record.start);
    }
    stream[(boundSheets[2] as number) + 4] = 2; // "Cũ", which LibreOffice saved hidden
    expect(
      readXlsWorkbook(stream, 'gop-o-ngay-an.xls').sheets.map((sheet) => [sheet.name, sheet.state]),
    ).toEqual([
      ['Hồ sơ', 'visible'],
      ['Danh mục', 'hidden'],
      ['Cũ', 'veryHidden'],
    ]);
  });

  it('reads shared strings split over CONTINUE records, Vietnamese (UTF-16) and plain (one byte a character)', async () => {
    const bytes = fixture('nhieu-chuoi.xls');
    const cfb = openCfb(bytes, 'nhieu-chuoi.xls');
    const stream = cfb.read(cfb.root.get('Workbook') as NonNullable<ReturnType<typeof cfb.root.get>>);
    const reader = new BiffReader(stream);
    const widths: number[] = [];
    let inSst = false;
    for (let record = reader.next(); record; record = reader.next()) {
      if (record.type === BIFF.SST) inSst = true;
      else if (record.type === BIFF.CONTINUE && inSst) widths.push(stream[record.start] as number);
      else inSst = false;
    }
    // Strings cross the boundaries, their characters restarting one byte wide (0) or two (1).
    expect(widths.length).toBeGreaterThanOrEqual(4);
    expect(new Set(widths)).toEqual(new Set([0, 1]));
    const [sheet] = await readSheets(asXls(bytes));
    expect(sheet?.rows).toHaveLength(161);
    expect(sheet?.rows[159]?.[1]).toBe('Hồ sơ 80: bộ quy xây cáo hội hội hồ dân hoạch công hoạch dựng');
    expect(sheet?.rows[160]?.[7]).toBe(`${'plain ascii subject 80 '.repeat(8).trim()}`);
  });

  it('reads a small workbook kept in the mini stream, and tells a very hidden sheet from a hidden one', async () => {
    const bytes = miniStreamCfb(smallWorkbook());
    expect(await readSheets(asXls(bytes))).toEqual([
      { name: 'Hồ sơ', rows: [['Mã hồ sơ'], [42.5]], merges: [], notes: [] },
      { name: 'Danh sách', rows: [], merges: [], notes: [{ kind: 'hiddenSheet', state: 'veryHidden' }] },
    ]);
  });

  it('reads an .xls by its path too, like its bytes', async () => {
    const path = fileURLToPath(new URL('muc-luc-tt05.xls', FOLDER));
    expect(await readSheets(path)).toEqual(await readSheets(asXls(fixture('muc-luc-tt05.xls'))));
  });

  it('counts the rows of an .xls against the limits', async () => {
    await expect(
      readSheets(asXls(fixture('nhieu-chuoi.xls')), { limits: { maxRows: 100 } }),
    ).rejects.toMatchObject({
      code: 'CATALOG_LIMIT_EXCEEDED',
      message: expect.stringContaining('limits.maxRows'),
    });
    await expect(
      readSheets(asXls(fixture('nhieu-chuoi.xls')), { limits: { maxUncompressedBytes: 50_000 } }),
    ).rejects.toMatchObject({ code: 'CATALOG_LIMIT_EXCEEDED', details: { option: 'maxUncompressedBytes' } });
  });
});

describe('an .xls that cannot be read is refused with INPUT_UNREADABLE, saying why, never a hang', () => {
  const tt05 = fixture('muc-luc-tt05.xls');
  const workbook = entryOffset(tt05, 'Workbook');
  const firstFatSector = u32(tt05, 0x4c);
  const workbookStart = u32(tt05, workbook + 116);
  const cases: Array<[string, Uint8Array, RegExp]> = [
    [
      'a truncated .xls',
      tt05.subarray(0, 5000),
      /damaged Excel 97–2003 workbook.*(outside the file|truncated)/,
    ],
    ['a header shorter than 512 bytes', tt05.subarray(0, 300), /shorter than its 512-byte header/],
    [
      'a FAT whose Workbook chain loops back on itself',
      withU32(tt05, (firstFatSector + 1) * 512 + workbookStart * 4, workbookStart),
      /sector chain of the stream "Workbook" loops/,
    ],
    [
      'a header declaring 4 billion FAT sectors',
      withU32(tt05, 0x2c, 0xfffffff0),
      /declares 4294967280 FAT sectors/,
    ],
    [
      'a DIFAT chain that loops (240 FAT sectors declared, the DIFAT sector pointing at itself)',
      (() => {
        const padded = new Uint8Array(512 * 260);
        padded.set(fixture('nhieu-chuoi.xls'));
        const view = new DataView(padded.buffer);
        view.setUint32(0x2c, 240, true);
        view.setUint32(0x44, 200, true);
        view.setUint32(0x48, 2, true);
        view.setUint32(512 * 201 + 508, 200, true);
        return padded;
      })(),
      /DIFAT chain is broken or loops/,
    ],
    [
      'a Workbook stream declaring 2 GiB',
      withU32(tt05, workbook + 120, 0x7fffffff),
      /declares 2147483647 bytes, more than the whole file/,
    ],
    [
      'a directory tree that loops',
      withU32(tt05, 512 * (u32(tt05, 0x30) + 1) + 76, 0),
      /directory tree is damaged or loops/,
    ],
    [
      'a password-protected .xls (LibreOffice, FILEPASS)',
      fixture('mat-khau.xls'),
      /password-protected workbook/,
    ],
    [
      'a password-protected .xlsx (an OLE2 file of EncryptionInfo)',
      renamed(tt05, 'EncryptionInfo'),
      /password-protected workbook/,
    ],
    ['an Excel 5.0/95 workbook (a Book stream)', renamed(tt05, 'Book'), /Excel 5\.0\/95 \(BIFF5\) workbook/],
    [
      'a Word 97–2003 document',
      renamed(tt05, 'WordDocument'),
      /not an Excel workbook \(it has no Workbook stream\)/,
    ],
    [
      'an Excel 4.0 worksheet',
      new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, ...new Uint8Array(100)]),
      /Excel 2\.x–4\.0 workbook/,
    ],
  ];
  it.each(cases)('%s', async (_, bytes, message) => {
    const started = performance.now();
    const error = await readSheets(asXls(bytes)).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'INPUT_UNREADABLE', message: expect.stringMatching(message) });
    const { vi } = (error as SohoaError).texts;
    expect(vi.message).toMatch(/^"muc-luc\.xls" (là|có)/);
    expect(vi.message).toBe(vi.message.normalize('NFC'));
    expect(vi.fix).toBeTruthy();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keeps the sheets of a good file (none of the cases above is caught by accident)', async () => {
    const sheets: RawSheet[] = await readSheets(asXls(tt05));
    expect(sheets.map((sheet) => sheet.rows.length)).toEqual([5]);
  });
});
