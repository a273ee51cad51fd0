/**
 * The catalogs the catalog benchmark reads, generated: a per-document catalog of any size as
 * `.xlsx` (written by write-excel-file, the way a program exports one) and `.csv`, zip bombs, and
 * a sheet with a million empty formatted rows.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import writeXlsxFile from 'write-excel-file/node';
import {
  bombEntry,
  inlineCell,
  rowXml,
  worksheetXml,
  xlsxEntries,
  type ZipDeflated,
  zipArchive,
} from '../src/catalog/__fixtures__/xlsx-builder.js';

const HEADINGS = [
  'Mã hồ sơ',
  'Tiêu đề hồ sơ',
  'Thời hạn bảo quản',
  'Chế độ sử dụng',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Số thứ tự văn bản',
  'Tên loại văn bản',
  'Số văn bản',
  'Ký hiệu văn bản',
  'Ngày, tháng, năm văn bản',
  'Tác giả',
  'Trích yếu nội dung',
  'Số trang',
  'Ngôn ngữ',
  'Đường dẫn file',
];
const TYPES = ['Quyết định', 'Công văn', 'Tờ trình', 'Báo cáo', 'Biên bản'];
const ORGANS = ['Ủy ban nhân dân tỉnh Quảng Ninh', 'Sở Giáo dục và Đào tạo', 'Ty Thủy lợi Hồng Quảng'];
const DOCUMENTS_PER_DOSSIER = 10;

/**
 * Row `index` (from 0) of a per-document catalog: dossier cells on the dossier's first row only.
 * With `imageScans`, each document is a one-page `.jpg` (for benchmarks that plan the scans).
 */
function documentRow(index: number, imageScans = false): Array<string | number | null> {
  const dossier = Math.floor(index / DOCUMENTS_PER_DOSSIER) + 1;
  const ordinal = (index % DOCUMENTS_PER_DOSSIER) + 1;
  const year = 1960 + (dossier % 60);
  const first = ordinal === 1;
  const day = String((index % 28) + 1).padStart(2, '0');
  return [
    first ? `H49.64.33.${year}.${dossier}` : null,
    first ? `Hồ sơ về việc xây dựng công trình thủy lợi số ${dossier}` : null,
    first ? 'Vĩnh viễn' : null,
    first ? 'Công khai' : null,
    first ? `01/01/${year}` : null,
    first ? `28/12/${year}` : null,
    ordinal,
    TYPES[index % TYPES.length] ?? null,
    String(ordinal),
    'QĐ-UBND',
    `${day}/06/${year}`,
    ORGANS[index % ORGANS.length] ?? null,
    `Về việc phê duyệt dự án công trình thủy lợi, văn bản ${index + 1}`,
    imageScans ? 1 : (index % 40) + 1,
    'Tiếng Việt',
    `\\Phong H49\\hopso${String(Math.ceil(dossier / 50)).padStart(2, '0')}\\hoso${dossier}\\${ordinal}.${imageScans ? 'jpg' : 'pdf'}`,
  ];
}

/** Writes a per-document catalog of `rows` document rows as `.xlsx` with write-excel-file. */
export async function writeDocumentCatalogXlsx(path: string, rows: number): Promise<void> {
  const data = [HEADINGS.map((value) => ({ value, type: String }))];
  for (let index = 0; index < rows; index++) {
    data.push(
      documentRow(index).map((value) =>
        value === null ? null : { value, type: typeof value === 'number' ? Number : String },
      ) as never,
    );
  }
  await writeXlsxFile([{ sheet: 'Mục lục', data: data as never }]).toFile(path);
}

/**
 * Writes the same catalog as `.csv` (UTF-8, comma, quoted where needed), streamed; with
 * `imageScans`, each document a one-page `.jpg`.
 */
export async function writeDocumentCatalogCsv(path: string, rows: number, imageScans = false): Promise<void> {
  const quote = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const out = createWriteStream(path);
  out.write(`${HEADINGS.map(quote).join(',')}\n`);
  for (let index = 0; index < rows; index++) {
    if (!out.write(`${documentRow(index, imageScans).map(quote).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const sheetOnly = (sheet: ZipDeflated) =>
  zipArchive([
    ...xlsxEntries({ sheets: [{ name: 'Mục lục', rows: '' }] }).filter(
      (entry) => !entry.name.includes('sheet1'),
    ),
    sheet,
  ]);

/** Writes a zip bomb disguised as `.xlsx`: `megabytes` MiB of XML in about a thousandth of it; `lying` declares 1 MiB. */
export async function writeBombXlsx(path: string, megabytes: number, lying: boolean): Promise<void> {
  const sheet = bombEntry('xl/worksheets/sheet1.xml', megabytes, {
    prefix: '<worksheet><sheetData>',
    suffix: '</sheetData></worksheet>',
    ...(lying ? { declaredSize: 1024 ** 2 } : {}),
  });
  await writeFile(path, sheetOnly(sheet));
}

/** Writes a catalog of a heading and one row, then `count` empty formatted rows. */
export async function writeEmptyRowsXlsx(path: string, count: number): Promise<void> {
  const parts = [
    rowXml(
      1,
      HEADINGS.map((heading, index) => inlineCell(`${String.fromCharCode(65 + index)}1`, heading)),
    ),
  ];
  parts.push(rowXml(2, [inlineCell('A2', 'H49.64.33.1975.1'), inlineCell('B2', 'Hồ sơ')]));
  for (let row = 3; row < count + 3; row++)
    parts.push(`<row r="${row}" spans="1:16" s="1" customFormat="1" ht="15.75" customHeight="1"/>`);
  const xml = Buffer.from(worksheetXml(parts.join('')));
  await writeFile(
    path,
    sheetOnly({
      name: 'xl/worksheets/sheet1.xml',
      deflated: deflateRawSync(xml),
      crc: crc32(xml),
      declaredSize: xml.length,
    }),
  );
}
