import { SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import { isDateFormat } from './excel-dates.js';
import type { XlsxZip } from './xlsx-zip.js';

/** A sheet as the workbook lists it. */
export interface WorkbookSheet {
  name: string;
  /** The sheet's XML part in the ZIP. */
  part: string;
  /** `hidden` or `veryHidden` (hidden from the Unhide menu too) when not visible. */
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** What the cells of every sheet need: shared strings, which styles are dates, the date system. */
export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  sharedStrings: string[];
  /** Index of a cell style (`s`) → whether its number format shows a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

/** Relationship id → target part, resolved against the folder of the part that holds them. */
async function readRelationships(
  zip: XlsxZip,
  part: string,
): Promise<Map<string, { target: string; type: string }>> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const rels = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const found = new Map<string, { target: string; type: string }>();
  if (!zip.has(rels)) return found;
  await zip.readXml(rels, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return undefined;
      const target = attributes.Target ?? '';
      found.set(attributes.Id ?? '', {
        target: target.startsWith('/') ? target.slice(1) : resolvePath(folder, target),
        type: attributes.Type ?? '',
      });
      return undefined;
    },
  });
  return found;
}

function resolvePath(folder: string, target: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

const byType = (rels: Map<string, { target: string; type: string }>, type: string) =>
  [...rels.values()].find((rel) => rel.type.endsWith(`/${type}`))?.target;

async function readSharedStrings(zip: XlsxZip, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part || !zip.has(part)) return strings;
  let current = '';
  let phonetic = 0;
  await zip.readXml(part, {
    open(name, _attributes, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 'rPh' && !selfClosing) phonetic++;
      return name === 't' && phonetic === 0;
    },
    text(text) {
      current += text;
    },
    close(name) {
      if (name === 'si') strings.push(unescapeOoxml(current));
      else if (name === 'rPh') phonetic--;
    },
  });
  return strings;
}

/** Characters OOXML escapes as `_xHHHH_` in strings (e.g. `_x000D_` for a carriage return). */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

async function readDateStyles(zip: XlsxZip, part: string | undefined): Promise<boolean[]> {
  const styles: boolean[] = [];
  if (!part || !zip.has(part)) return styles;
  const formats = new Map<number, string>();
  let inCellXfs = false;
  await zip.readXml(part, {
    open(name, attributes) {
      if (name === 'numFmt') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(isDateFormat(id, formats.get(id)));
      }
      return undefined;
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/**
 * Reads the workbook part (sheets in order, their visibility, the date system), the shared
 * strings and the styles of an `.xlsx` ZIP.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_UNREADABLE` when the ZIP holds no
 * workbook (an `.ods`, `.docx` or other ZIP renamed `.xlsx`).
 */
export async function readWorkbook(zip: XlsxZip, fileName: string): Promise<WorkbookInfo> {
  const root = await readRelationships(zip, '');
  const workbookPart = byType(root, 'officeDocument') ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) {
    throw new SohoaError<MetadataErrorCode>({
      code: 'INPUT_UNREADABLE',
      message: {
        vi: `"${fileName}" là tệp nén ZIP nhưng không phải sổ tính .xlsx (không có ${workbookPart}); có thể là tệp .ods, .docx hoặc tệp khác bị đổi tên.`,
        en: `"${fileName}" is a ZIP archive but not an .xlsx workbook (it has no ${workbookPart}); it may be an .ods, .docx or another file renamed.`,
      },
      fix: {
        vi: 'Mở tệp bằng chương trình bảng tính rồi lưu dưới dạng .xlsx (Excel Workbook), hoặc xuất ra tệp .csv.',
        en: 'Open it in a spreadsheet program and save it as .xlsx (Excel Workbook), or export a .csv.',
      },
      details: { path: fileName },
    });
  }
  const rels = await readRelationships(zip, workbookPart);
  const listed: Array<{ name: string; id: string; state: WorkbookSheet['state'] }> = [];
  let date1904 = false;
  await zip.readXml(workbookPart, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name !== 'sheet') return undefined;
      const id = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
      const state =
        attributes.state === 'hidden' || attributes.state === 'veryHidden' ? attributes.state : 'visible';
      listed.push({ name: attributes.name ?? '', id, state });
      return undefined;
    },
  });
  const sheets = listed.flatMap(({ name, id, state }) => {
    const part = rels.get(id)?.target;
    return part && zip.has(part) ? [{ name, part, state }] : [];
  });
  return {
    sheets,
    sharedStrings: await readSharedStrings(zip, byType(rels, 'sharedStrings')),
    dateStyles: await readDateStyles(zip, byType(rels, 'styles')),
    date1904,
  };
}
