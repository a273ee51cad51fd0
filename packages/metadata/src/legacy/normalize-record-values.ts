import {
  type CodeMapping,
  mapConfidenceLevel,
  mapLanguages,
  mapMaintenance,
  mapMode,
  mapPhysicalCondition,
  mapTypeName,
} from './legacy-values.js';
import { normalizeVnDate } from './normalize-date.js';

/** A value read as something else than written, worth telling the archivist about. */
export interface ValueNote {
  /** The field. */
  field: string;
  /** The value as written. */
  value: unknown;
  /** What it became. */
  result: unknown;
  /** `other`: no code matched the text, so `Khác` (`07` or `32`) was used. */
  kind: 'other';
}

const CODED: Record<string, (value: string) => CodeMapping> = {
  maintenance: mapMaintenance,
  mode: mapMode,
  format: mapPhysicalCondition,
  confidenceLevel: mapConfidenceLevel,
  typeName: mapTypeName,
};

const DATES = new Set(['startDate', 'endDate', 'issuedDate', 'photoTime', 'recordDate']);
const NUMBERS = new Set(['totalDoc', 'numberOfPaper', 'numberOfPage', 'docOrdinal']);
const FLAGS = new Set(['riskRecovery', 'process', 'docAttached']);

function toNumber(value: unknown): unknown {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return value;
  const match = /^\s*(\d+)\s*(?:tờ|trang|văn bản|vb|tài liệu)?\s*$/iu.exec(value.normalize('NFC'));
  return match ? Number(match[1]) : value.trim();
}

function toFlag(value: unknown): unknown {
  if (value === 0 || value === 1) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const text = String(value).normalize('NFC').trim().toLowerCase();
  if (['1', 'có', 'co', 'x', 'yes'].includes(text)) return 1;
  if (['0', 'không', 'khong', 'no'].includes(text)) return 0;
  return value;
}

/** Texts whose code is remembered, per field: catalogs repeat the same few thousand values. */
const REMEMBERED = 2048;
const remembered = new Map<string, Map<string, CodeMapping>>();

/** The code of a coded field's text, from a drop-down list's `01 - Vĩnh viễn` or from the text. */
function mapCoded(mapper: (value: string) => CodeMapping, text: string): CodeMapping {
  // A drop-down list's "code - name" (`01 - Vĩnh viễn`): the code, when it is one.
  const listed = /^(\d{2})\s*[-–:.]\s*\S/u.exec(text.trim());
  const byCode = listed ? mapper(listed[1] as string) : undefined;
  return listed && byCode && byCode.code === listed[1] ? byCode : mapper(text);
}

function mapRemembered(field: string, mapper: (value: string) => CodeMapping, text: string): CodeMapping {
  let known = remembered.get(field);
  if (!known) {
    known = new Map<string, CodeMapping>();
    remembered.set(field, known);
  }
  let mapped = known.get(text);
  if (!mapped) {
    mapped = mapCoded(mapper, text);
    if (known.size < REMEMBERED) known.set(text, mapped);
  }
  return mapped;
}

/**
 * Turns the values of a record as found in a catalog or a legacy export into the values of the
 * circular: free-text codes (`Vĩnh viễn`, `Công khai`, `Tiếng Việt, tiếng Pháp`, `Quyết định`,
 * `Rách`, a drop-down list's `01 - Vĩnh viễn`) into codes, spreadsheet and text dates into DD/MM/YYYY, `12 trang` into 12, `có`/`x`
 * into 1. Empty cells are dropped. Values it cannot read are left as written, for validation to
 * report with the value shown. Returns notes for values read as `Khác` (other).
 *
 * @example
 * ```ts
 * import { normalizeRecordValues } from '@sohoa/metadata';
 *
 * normalizeRecordValues({ maintenance: 'Vĩnh viễn', language: 'Tiếng Việt', startDate: 36896 }).record;
 * // { maintenance: '01', language: ['01'], startDate: '05/01/2001' }
 * ```
 */
export function normalizeRecordValues(raw: Record<string, unknown>): {
  record: Record<string, unknown>;
  notes: ValueNote[];
} {
  const record: Record<string, unknown> = {};
  const notes: ValueNote[] = [];
  for (const field of Object.keys(raw)) {
    const value = raw[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const mapper = CODED[field];
    if (mapper) {
      const text =
        typeof value === 'number' && field !== 'maintenance' ? String(value).padStart(2, '0') : String(value);
      const mapped = mapRemembered(field, mapper, text);
      record[field] = mapped.code ?? String(value).trim();
      if (mapped.other) notes.push({ field, value, result: mapped.code, kind: 'other' });
    } else if (field === 'language') {
      if (Array.isArray(value)) {
        record[field] = value;
        continue;
      }
      const mapped = mapLanguages(String(value));
      // Unknown languages stay as written, so validation reports them with the codes allowed.
      record[field] = [...mapped.codes, ...mapped.unknown];
    } else if (DATES.has(field)) {
      record[field] = normalizeVnDate(value);
    } else if (NUMBERS.has(field)) {
      record[field] = toNumber(value);
    } else if (FLAGS.has(field)) {
      record[field] = toFlag(value);
    } else {
      record[field] = typeof value === 'string' ? value.normalize('NFC').trim() : String(value);
    }
  }
  return { record, notes };
}
