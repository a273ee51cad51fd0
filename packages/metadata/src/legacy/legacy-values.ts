import { TYPE_NAME_CODES } from '../codes/code-lists.js';
import { closestName } from './closest-name.js';
import { foldVietnamese } from './fold-vietnamese.js';

/** The result of reading a free-text value as a code. */
export interface CodeMapping {
  /** The code, or `undefined` when the text could not be read. */
  code: string | undefined;
  /** `true` when the text was read as `32` Khác (other) or `07` Khác because no code matched it. */
  other?: boolean;
}

const YEARS_TO_MAINTENANCE: Record<number, string> = { 70: '02', 50: '03', 30: '04', 20: '05', 10: '06' };

/**
 * Reads a retention period written as free text, as in catalogs under Thông tư 02/2019, NĐ
 * 30/2020 and HD169 (`Vĩnh viễn`, `VV`, `20 năm`, `20`), as a `maintenance` code of Thông tư
 * 05/2025. A number of years not in the list (5, 15, 25…) becomes `07` Khác. Two-digit codes
 * `01`–`07` are kept.
 *
 * @example
 * ```ts
 * import { mapMaintenance } from '@sohoa/metadata';
 *
 * mapMaintenance('Vĩnh viễn'); // { code: '01' }
 * mapMaintenance('20 năm'); // { code: '05' }
 * mapMaintenance('15 năm'); // { code: '07', other: true }
 * ```
 */
export function mapMaintenance(value: string | number): CodeMapping {
  const text = String(value).trim();
  if (/^0[1-7]$/.test(text)) return { code: text };
  const folded = foldVietnamese(text);
  if (/^(vinh vien|vv|lau dai)$/.test(folded)) return { code: '01' };
  const years = /^(\d{1,3})( nam)?$/.exec(folded);
  if (years) {
    const code = YEARS_TO_MAINTENANCE[Number(years[1])];
    return code ? { code } : { code: '07', other: true };
  }
  if (folded === 'khac') return { code: '07' };
  return { code: undefined };
}

const MODE_TEXTS: Array<[RegExp, string]> = [
  [/^(cong khai|ck)$/, '01'],
  [/^(han che|han che su dung|su dung co dieu kien|co dieu kien|tiep can co dieu kien|hc)$/, '02'],
  [/^(mat|toi mat|tuyet mat)$/, '03'],
];

/**
 * Reads an access mode written as free text (`Công khai`, `Hạn chế`, `Sử dụng có điều kiện`,
 * `Mật`, `Tối mật`) as a `mode` code. HD169 writes "hạn chế" for restricted records and leaves
 * the others blank; a blank is read as `01` by the catalog import, not here.
 *
 * @example
 * ```ts
 * import { mapMode } from '@sohoa/metadata';
 *
 * mapMode('Hạn chế'); // { code: '02' }
 * ```
 */
export function mapMode(value: string): CodeMapping {
  const text = value.trim();
  if (/^0[1-3]$/.test(text)) return { code: text };
  const folded = foldVietnamese(text);
  return { code: MODE_TEXTS.find(([pattern]) => pattern.test(folded))?.[1] };
}

const LANGUAGE_WORDS: Record<string, string> = {
  viet: '01',
  'viet nam': '01',
  anh: '02',
  english: '02',
  phap: '03',
  french: '03',
  nga: '04',
  trung: '05',
  'trung quoc': '05',
  hoa: '05',
  han: '05',
  'han nom': '09',
  nom: '09',
  khac: '11',
};

const PAIRS: Record<string, string> = { '02': '06', '04': '07', '03': '08', '05': '10' };

/**
 * Reads languages written as free text (`Tiếng Việt`, `Việt, Pháp`, `Tiếng Việt; tiếng Anh`,
 * `Việt - Anh`) as `language` codes. Languages in a list become several codes; a pair joined by a
 * hyphen (`Việt - Anh`) becomes the bilingual code (`06`); a drop-down list's `01 - Tiếng Việt`
 * is its code. A blank means Vietnamese only (HD169)
 * and is read as `01` by the catalog import, not here.
 *
 * @example
 * ```ts
 * import { mapLanguages } from '@sohoa/metadata';
 *
 * mapLanguages('Tiếng Việt, tiếng Pháp'); // { codes: ['01', '03'], unknown: [] }
 * mapLanguages('Việt - Anh'); // { codes: ['06'], unknown: [] }
 * ```
 */
export function mapLanguages(value: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of value.split(/[,;/+]|\s+và\s+/u)) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const code = /^(0[1-9]|1[01])(?:$|\s*[-–:.]\s+\S)/u.exec(trimmed)?.[1];
    if (code) {
      codes.push(code);
      continue;
    }
    const parts = trimmed.split(/\s[-–]\s|-/).map((part) => foldVietnamese(part).replace(/^tieng /, ''));
    const found = parts.map((part) => LANGUAGE_WORDS[part]);
    if (found.length === 2 && found[0] === '01' && found[1] && PAIRS[found[1]]) {
      codes.push(PAIRS[found[1]] as string);
    } else if (found.length === 1 && found[0]) {
      codes.push(found[0]);
    } else {
      unknown.push(trimmed);
    }
  }
  return { codes: [...new Set(codes)], unknown };
}

/**
 * Reads a physical condition written as free text as a `format` code: `Tốt` 01, `Bình thường`
 * 02, and `Hỏng` or any word for damage (`rách`, `mờ`, `ố vàng`, `mục`, `thủng`…) 03.
 *
 * @example
 * ```ts
 * import { mapPhysicalCondition } from '@sohoa/metadata';
 *
 * mapPhysicalCondition('Rách, ố vàng'); // { code: '03' }
 * ```
 */
export function mapPhysicalCondition(value: string): CodeMapping {
  const text = value.trim();
  if (/^0[1-3]$/.test(text)) return { code: text };
  const folded = foldVietnamese(text);
  if (/^tot$/.test(folded)) return { code: '01' };
  if (/^(binh thuong|trung binh|kha)$/.test(folded)) return { code: '02' };
  if (/\b(hong|hu|rach|mo|o|o vang|muc|thung|nat|gion|moc|mat chu|nham)\b/.test(folded))
    return { code: '03' };
  return { code: undefined };
}

/**
 * Reads a reliability written as free text as a `confidenceLevel` code: `Gốc điện tử` 01,
 * `Số hóa` 02, `Hỗn hợp` 03.
 *
 * @example
 * ```ts
 * import { mapConfidenceLevel } from '@sohoa/metadata';
 *
 * mapConfidenceLevel('Số hoá'); // { code: '02' }
 * ```
 */
export function mapConfidenceLevel(value: string): CodeMapping {
  const text = value.trim();
  if (/^0[1-3]$/.test(text)) return { code: text };
  const folded = foldVietnamese(text);
  if (/^(ban )?goc dien tu$/.test(folded)) return { code: '01' };
  if (/^(ban )?so hoa$/.test(folded)) return { code: '02' };
  if (/^hon hop$/.test(folded)) return { code: '03' };
  return { code: undefined };
}

/** NĐ 30/2020 Appendix III abbreviations of document types (§5.1), folded, with their `typeName` code. */
const TYPE_ABBREVIATIONS: Record<string, string> = {
  nq: '01',
  qd: '02',
  ct: '03',
  qc: '04',
  qyd: '05',
  tc: '06',
  tb: '07',
  hd: '08',
  ctr: '09',
  kh: '10',
  pa: '11',
  da: '12',
  bc: '14',
  ttr: '15',
  guq: '16',
  pg: '17',
  pc: '18',
  pb: '19',
  bb: '20',
  cv: '22',
  cd: '23',
  bgn: '24',
  btt: '25',
  gm: '26',
  ggt: '27',
  gnp: '28',
};

const TYPE_NAMES = new Map(
  Object.entries(TYPE_NAME_CODES).map(([code, name]) => [foldVietnamese(name), code] as [string, string]),
);

/**
 * Reads a document type written as free text (`Quyết định`, `QUYẾT ĐỊNH`, `Quyet dinh`, `QĐ`,
 * `Tờ trình`), with extra words (`Biên bản họp`, `Tờ trình xin …`) or a typing mistake or two
 * (`Cong vna`, `Quyết đỉnh`) when only one type name is that close, as a `typeName` code `01`–`32`. A name not in the list (e.g. `Thông tư`, `Đơn`)
 * becomes `32` Khác, marked `other` so the caller can warn. Abbreviations `QĐ` and `ĐA` fold to
 * the same letters as `QD` and `DA`: `DA` is read as Dự án (13) only when written without `Đ`.
 *
 * @example
 * ```ts
 * import { mapTypeName } from '@sohoa/metadata';
 *
 * mapTypeName('QUYẾT ĐỊNH'); // { code: '02' }
 * mapTypeName('Tờ trình'); // { code: '15' }
 * mapTypeName('Biên bản họp'); // { code: '20' }
 * mapTypeName('Thông tư'); // { code: '32', other: true }
 * ```
 */
export function mapTypeName(value: string): CodeMapping {
  const text = value.trim();
  if (/^([0-2]\d|3[0-2])$/.test(text) && text !== '00') return { code: text };
  if (!text) return { code: undefined };
  const folded = foldVietnamese(text);
  const byName = TYPE_NAMES.get(folded) ?? TYPE_NAMES.get(folded.replace(/^ban /, ''));
  if (byName) return { code: byName };
  if (text === 'ĐA') return { code: '12' };
  if (text === 'DA') return { code: '13' };
  const byAbbreviation = TYPE_ABBREVIATIONS[folded.replace(/ /g, '')];
  if (byAbbreviation && text.length <= 4) return { code: byAbbreviation };
  const close = closestName(folded, TYPE_NAMES, { extraWords: true });
  return close ? { code: close } : { code: '32', other: true };
}
