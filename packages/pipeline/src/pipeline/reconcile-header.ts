import { characterErrorRate } from '@sohoa/core';
import { type DocumentHeader, type HeaderField, searchKey } from '@sohoa/ocr';

/** A document field the OCR header read differently from the dossier or catalog. */
export interface MetadataDisagreement {
  /** The Thông tư 05/2025 field name (`codeNotation`, `issuedDate`, …). */
  field: string;
  /** The value the dossier or catalog gives. */
  given: string;
  /** The value read from the first page. */
  read: string;
  /** OCR confidence of the value read, 0–1. */
  confidence: number;
}

/** A document field missing from the dossier or catalog and filled from the OCR header. */
export interface FilledField {
  field: string;
  value: string;
  /** The text it was read from, as OCR read it. */
  raw: string;
  /** OCR confidence, 0–1 (lowered for a date of which only the month or year could be read). */
  confidence: number;
}

/** What {@link reconcileHeader} made of the given metadata and the OCR header. */
export interface ReconciledMetadata {
  /** The given fields, with the missing ones filled from the header. */
  metadata: Record<string, unknown>;
  filled: FilledField[];
  /**
   * Readings of fields that are never filled automatically (the document's number, handwritten on
   * most signed originals), offered for an archivist to confirm.
   */
  suggested: FilledField[];
  disagreements: MetadataDisagreement[];
}

/** Share of differing characters above which two free texts (issuer, summary) disagree. */
const TEXT_DISAGREEMENT = 0.2;

const TEXT_FIELDS = ['organName', 'subject'] as const;

/** Optional fields filled only from a confident reading (0–1). */
const OPTIONAL_FIELDS: Record<string, number> = { codeNotation: 0.8 };

/**
 * Fields never filled from OCR, only suggested: the number after "Số:" is handwritten on most
 * signed originals, and a confident misreading (the sample's 299 read as 892 at 0.84) would put a
 * wrong number into the archival record.
 */
const SUGGEST_ONLY: ReadonlySet<string> = new Set(['codeNumber']);

/**
 * Compares a document's metadata from the dossier or catalog with the header OCR read on its first
 * page (`extractHeader` of `@sohoa/ocr`): fields given and read differently are listed as
 * disagreements (codes, numbers and dates exactly; issuer and summary when more than 20 % of the
 * characters differ, ignoring case); fields not given are filled from the header (the optional
 * symbol only when read with a confidence of 0.8 or more), except the document's number, which is
 * only suggested (it is handwritten on most signed originals). When
 * `partialDates` is set (AIP records allow MM/YYYY and YYYY) and the header has no full date
 * (the day is often handwritten), the month and year, or the year, of the date line are used.
 *
 * @example
 * ```ts
 * const { metadata, disagreements } = reconcileHeader(
 *   { codeNotation: 'QĐ-UBND', typeName: '02' },
 *   extractHeader(ocrPage),
 *   { text: ocrPage.text, partialDates: true },
 * );
 * ```
 */
export function reconcileHeader(
  given: Readonly<Record<string, unknown>>,
  header: DocumentHeader,
  options: { text: string; partialDates: boolean },
): ReconciledMetadata {
  const metadata: Record<string, unknown> = { ...given };
  const filled: FilledField[] = [];
  const suggested: FilledField[] = [];
  const disagreements: MetadataDisagreement[] = [];
  const read: Array<[string, HeaderField | undefined, string | undefined]> = [
    ['typeName', header.typeName, header.typeName?.code],
    ['codeNumber', header.codeNumber, header.codeNumber?.value],
    ['codeNotation', header.codeNotation, header.codeNotation?.value],
    ['issuedDate', header.issuedDate, header.issuedDate?.value],
    ['organName', header.organName, header.organName?.value],
    ['subject', header.subject, header.subject?.value],
  ];
  const date = header.issuedDate ? undefined : options.partialDates ? partialDate(options.text) : undefined;
  if (date) read[3] = ['issuedDate', date, date.value];
  for (const [field, headerField, value] of read) {
    if (!headerField || value === undefined || value === '') continue;
    const current = given[field];
    if (current === undefined || current === null || current === '') {
      if (SUGGEST_ONLY.has(field)) {
        suggested.push({ field, value, raw: headerField.raw, confidence: headerField.confidence });
        continue;
      }
      if (headerField.confidence < (OPTIONAL_FIELDS[field] ?? 0)) continue;
      metadata[field] = value;
      filled.push({ field, value, raw: headerField.raw, confidence: headerField.confidence });
    } else if (!agree(field, String(current), value)) {
      disagreements.push({ field, given: String(current), read: value, confidence: headerField.confidence });
    }
  }
  return { metadata, filled, suggested, disagreements };
}

function agree(field: string, given: string, read: string): boolean {
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    return characterErrorRate(searchKey(given), searchKey(read)) <= TEXT_DISAGREEMENT;
  }
  const compact = (value: string) => value.normalize('NFC').replace(/\s/g, '').toUpperCase();
  if (field === 'codeNumber') return compact(given).replace(/^0+/, '') === compact(read).replace(/^0+/, '');
  return compact(given) === compact(read);
}

/** The month and year (`MM/YYYY`), or the year, of the header's date line, when its day was not read. */
function partialDate(text: string): HeaderField | undefined {
  const lines = text.split('\n').slice(0, 25);
  for (const line of lines) {
    const match = /tháng\s*(\S{0,3}?)\s*năm\s*(\d{4})\b/u.exec(line);
    if (!match) continue;
    const month = Number(match[1]);
    const value =
      /^\d{1,2}$/.test(match[1] ?? '') && month >= 1 && month <= 12
        ? `${String(month).padStart(2, '0')}/${match[2]}`
        : String(match[2]);
    return { value, raw: match[0], confidence: 0.5 };
  }
  return undefined;
}
