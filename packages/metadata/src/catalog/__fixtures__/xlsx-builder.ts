import { constants, crc32, deflateRawSync } from 'node:zlib';
import { escapeXml } from '@sohoa/base';

/**
 * Builds `.xlsx` files part by part for the reader's tests and benchmark: any cell XML (shared and
 * inline strings, formulas with or without a cached value, custom date formats, namespace
 * prefixes), hidden sheets, merged ranges, and hostile ZIPs (bombs, lying sizes) that no
 * spreadsheet program would write.
 */

/** A ZIP entry from its content. */
export interface ZipContent {
  name: string;
  content: string | Uint8Array;
}

/** A ZIP entry already deflated, with the size the central directory declares (true or not). */
export interface ZipDeflated {
  name: string;
  deflated: Uint8Array;
  crc: number;
  declaredSize: number;
}

const encoder = new TextEncoder();

function deflated(entry: ZipContent | ZipDeflated): ZipDeflated {
  if ('deflated' in entry) return entry;
  const bytes = typeof entry.content === 'string' ? encoder.encode(entry.content) : entry.content;
  return { name: entry.name, deflated: deflateRawSync(bytes), crc: crc32(bytes), declaredSize: bytes.length };
}

/** A ZIP archive of deflated entries (no ZIP64). */
export function zipArchive(entries: Array<ZipContent | ZipDeflated>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries.map(deflated)) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A deflated entry of `megabytes` MiB of spaces between `prefix` and `suffix` (valid XML when they
 * are), about 1,000 times smaller than it inflates: one flushed block of 1 MiB repeated.
 * `declaredSize` defaults to the true size; give a smaller one to lie.
 */
export function bombEntry(
  name: string,
  megabytes: number,
  options: { prefix?: string; suffix?: string; declaredSize?: number } = {},
): ZipDeflated {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const block = deflateRawSync(Buffer.alloc(1024 ** 2, 32), { ...flush, level: 9 });
  const prefix = Buffer.from(options.prefix ?? '');
  const suffix = Buffer.from(options.suffix ?? '');
  const parts = [deflateRawSync(prefix, flush), ...Array.from({ length: megabytes }, () => block)];
  parts.push(deflateRawSync(suffix, flush), Buffer.from([3, 0]));
  let crc = crc32(prefix);
  for (let index = 0; index < megabytes; index++) crc = crc32(Buffer.alloc(1024 ** 2, 32), crc);
  return {
    name,
    deflated: Buffer.concat(parts),
    crc: crc32(suffix, crc),
    declaredSize: options.declaredSize ?? prefix.length + megabytes * 1024 ** 2 + suffix.length,
  };
}

/** A worksheet of `<row>` XML (and merged ranges such as `A1:C1`). */
export interface SheetSpec {
  name: string;
  rows: string;
  merges?: string[];
  state?: 'hidden' | 'veryHidden';
}

/** The parts of a workbook around its sheets; see {@link xlsxEntries}. */
export interface WorkbookSpec {
  sheets: SheetSpec[];
  sharedStrings?: string[];
  /** Custom number formats by id (from 164), e.g. `{ 164: 'dd/mm/yyyy' }`. */
  numberFormats?: Record<number, string>;
  /** The number format id of each cell style `s` (index 0 is the default style). */
  cellStyles?: number[];
  date1904?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The XML of a worksheet part. */
export function worksheetXml(rows: string, merges: string[] = []): string {
  const merged = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${merged}</worksheet>`;
}

/** Every part of a workbook (replace a sheet's entry to make a bomb of it). */
export function xlsxEntries(spec: WorkbookSpec): Array<ZipContent | ZipDeflated> {
  const sheetRels = spec.sheets
    .map(
      (_, index) =>
        `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('');
  const sheets = spec.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
    )
    .join('');
  const formats = Object.entries(spec.numberFormats ?? {});
  const styles = spec.cellStyles ?? [0];
  return [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}">${sheetRels}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${styles.length}">${styles.map((id) => `<xf numFmtId="${id}" xfId="0"/>`).join('')}</cellXfs></styleSheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${(spec.sharedStrings ?? []).map((text) => (text.startsWith('<') ? `<si>${text}</si>` : `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)).join('')}</sst>`,
    },
    ...spec.sheets.map((sheet, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      content: worksheetXml(sheet.rows, sheet.merges),
    })),
  ];
}

/** An `.xlsx` file from its spec. */
export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  return zipArchive(xlsxEntries(spec));
}

/** `<c>` of an inline string. */
export const inlineCell = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
/** `<c>` of a number, with a cell style. */
export const numberCell = (ref: string, value: number, style = 0): string =>
  `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
/** `<row>` of cells. */
export const rowXml = (row: number, cells: string[]): string => `<row r="${row}">${cells.join('')}</row>`;

/** A one-sheet workbook whose sheet is the given (bomb) entry. */
export const workbookWith = (sheet: ReturnType<typeof bombEntry>): Uint8Array =>
  zipArchive([
    ...xlsxEntries({ sheets: [{ name: 'S', rows: '' }] }).filter((entry) => !entry.name.includes('sheet1')),
    sheet,
  ]);
