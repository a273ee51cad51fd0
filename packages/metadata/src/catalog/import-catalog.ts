import type { AipDocumentRecord } from '../document/aip-document-schema.js';
import type { DocumentRecord } from '../document/document-schema.js';
import type { AipDossier } from '../dossier/aip-dossier-schema.js';
import type { Dossier } from '../dossier/dossier-schema.js';
import { toUnicodeVietnamese } from '../encoding/convert-vietnamese-text.js';
import { normalizeVnDate, splitVnDateRange } from '../legacy/normalize-date.js';
import { normalizeRecordValues } from '../legacy/normalize-record-values.js';
import { checkDossierDocuments } from '../validation/check-dossier-documents.js';
import type { MessageLocale } from '../validation/issue-messages.js';
import { describeIssue, type MetadataIssue } from '../validation/metadata-issue.js';
import { RECORD_SCHEMAS } from '../validation/record-schemas.js';
import { validateRecords } from '../validation/validate-records.js';
import { type CatalogColumn, DOCUMENT_COLUMNS } from './catalog-columns.js';
import {
  locate,
  pushIssues,
  pushValueNotes,
  type RowContext,
  sourceColumn,
} from './catalog-issue-location.js';
import { columnLetter } from './column-letter.js';
import { findHeader, type SheetHeader } from './find-header.js';
import { type CatalogSource, type CellValue, readSheets } from './read-sheets.js';

/** How a catalog is imported. */
export interface ImportCatalogOptions {
  /** Language of the messages. Default: `'vi'`. */
  locale?: MessageLocale;
  /**
   * Who formed the dossiers, to build `fileCode` (creator + year + dossier number and symbol)
   * when the catalog has no "Mã hồ sơ" column: the agency identifier, or the fond code of a closed
   * fond. Default: none (then a catalog without "Mã hồ sơ" reports `fileCode` as missing).
   */
  creator?: string;
  /** Values for dossier fields the catalog leaves blank, e.g. `{ maintenance: '01', confidenceLevel: '02' }`. Default: none. */
  dossierDefaults?: Record<string, unknown>;
  /**
   * Convert text typed in TCVN3, VNI-Windows or VIQR to Unicode, cell by cell, when detected.
   * Default: `true`.
   */
  convertLegacyEncodings?: boolean;
  /** Only permanent retention is allowed (records of a historical archive). Default: `false`. */
  historicalArchive?: boolean;
  /**
   * Which records to produce: `'sip'`, a SIP_hoso dossier (`fileCode`) and SIP documents, dates
   * in full (DD/MM/YYYY); or `'aip'`, an AIP_hoso dossier (`arcFileCode`) and AIP documents (with
   * `docOrdinal`), where MM/YYYY and YYYY are allowed: the form digitized records take (Art. 8.3).
   * Default: `'sip'`.
   */
  packageType?: 'sip' | 'aip';
  /**
   * The archive code put before the dossier code to make `arcFileCode` (`<archiveCode>.<fileCode>`)
   * for `packageType: 'aip'`. Default: none (then `arcFileCode` is reported missing).
   */
  archiveCode?: string;
}

/** A problem of a catalog, located by sheet, row and column. */
export interface CatalogIssue extends MetadataIssue {
  /** The sheet's name (the file name for a .csv). */
  sheet: string;
  /** The spreadsheet row number, from 1. */
  row: number;
  /** The column letter (`A`, `B`, … `AA`), when the problem is in one cell. */
  column?: string;
  /** The column heading as written, when known. */
  heading?: string;
}

/** A document row of the catalog. */
export interface ImportedDocument {
  /** The validated document record (SIP, or AIP with `packageType: 'aip'`), or `undefined` when it has errors. */
  record: DocumentRecord | AipDocumentRecord | undefined;
  /** What was validated, after columns were mapped and free text turned into codes. */
  input: Record<string, unknown>;
  /** The path in the "Đường dẫn file" column, with `/` separators, if any. */
  filePath?: string;
  sheet: string;
  row: number;
}

/** A dossier of the catalog with its documents. */
export interface ImportedDossier {
  /** The validated dossier record (SIP, or AIP with `packageType: 'aip'`), or `undefined` when it has errors. */
  record: Dossier | AipDossier | undefined;
  /** What was validated. */
  input: Record<string, unknown>;
  documents: ImportedDocument[];
  sheet: string;
  /** The row the dossier starts on. */
  row: number;
}

/** What {@link importCatalog} read. */
export interface CatalogImport {
  dossiers: ImportedDossier[];
  /** Every problem, errors and warnings, in sheet and row order. */
  issues: CatalogIssue[];
  /** What was recognised in each sheet. */
  sheets: Array<{
    name: string;
    layout: 'document' | 'dossier' | 'none';
    headerRow?: number;
    columns: Record<string, CatalogColumn>;
  }>;
  /** How many cells were converted from each legacy encoding. */
  conversions: { tcvn3: number; vni: number; viqr: number };
}

type Cells = Partial<Record<CatalogColumn, CellValue>>;

const DOSSIER_KEYS: CatalogColumn[] = ['fileCode', 'notation', 'title'];
const DOSSIER_FIELDS: Record<string, CatalogColumn> = {
  fileCode: 'fileCode',
  title: 'title',
  maintenance: 'maintenance',
  mode: 'mode',
  language: 'language',
  keyword: 'keyword',
  totalDoc: 'totalDoc',
  numberOfPaper: 'numberOfPaper',
  format: 'format',
  inforSign: 'inforSign',
  confidenceLevel: 'confidenceLevel',
  paperFileCode: 'paperFileCode',
};
const DOCUMENT_FIELDS: Record<string, CatalogColumn> = {
  typeName: 'typeName',
  codeNumber: 'codeNumber',
  codeNotation: 'codeNotation',
  organName: 'organName',
  subject: 'subject',
  autograph: 'autograph',
};

const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function fromParts(day: CellValue | undefined, month: CellValue | undefined, year: CellValue | undefined) {
  if (isBlank(year)) return undefined;
  const parts = [day, month]
    .filter((part) => !isBlank(part))
    .map((part) => String(part).trim().padStart(2, '0'));
  return [...parts, String(year).trim()].join('/');
}

function yearOf(cells: Cells, startDate: unknown): string | undefined {
  if (!isBlank(cells.year)) return String(cells.year).trim();
  return typeof startDate === 'string' ? /(\d{4})$/.exec(startDate)?.[1] : undefined;
}

/**
 * Reads a catalog of dossiers (mục lục hồ sơ) from an `.xlsx` workbook or a `.csv` file, as
 * archives keep them: one row per document (grouped into dossiers: a row that names a new
 * dossier, by code, number and symbol or title, starts it; rows below with those cells blank or
 * merged belong to it) or one row per dossier; Vietnamese headings in many spellings, two-row
 * headings with merged cells (`Thời gian bắt đầu` over `Ngày`/`Tháng`/`Năm`), blank rows, stray
 * spaces, dates as spreadsheet dates, Excel serial numbers or text, free-text values (`Vĩnh
 * viễn`, `Công khai`, `Tiếng Việt`, `Quyết định`) and text in TCVN3, VNI or VIQR. Produces
 * validated SIP dossier and document records and every problem by sheet, row and column; nothing
 * is thrown for invalid rows.
 *
 * Blank access mode and language are read as HD169 defines them: `01` (public) and `01`
 * (Vietnamese only). Documents take the dossier's retention, access mode, language and
 * reliability. `docCode` and `docId` are built from `fileCode` and the document ordinal ("Số
 * thứ tự văn bản", else the position in the dossier). Missing `totalDoc` and `numberOfPage` of a
 * dossier are counted from its documents; given ones are checked against them.
 *
 * @param file - the path of the file, or its bytes with a file name.
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` when the file cannot be read.
 *
 * @example
 * ```ts
 * import { importCatalog } from '@sohoa/metadata';
 *
 * const catalog = await importCatalog('muc-luc-phong-UBND.xlsx', { creator: 'H49.64.33' });
 * for (const issue of catalog.issues) {
 *   console.log(`${issue.sheet}!${issue.column ?? ''}${issue.row}: ${issue.message}`);
 * }
 * const dossiers = catalog.dossiers.filter((dossier) => dossier.record);
 * ```
 */
export async function importCatalog(
  file: string | CatalogSource,
  options: ImportCatalogOptions = {},
): Promise<CatalogImport> {
  const locale = options.locale ?? 'vi';
  const result: CatalogImport = {
    dossiers: [],
    issues: [],
    sheets: [],
    conversions: { tcvn3: 0, vni: 0, viqr: 0 },
  };
  for (const read of await readSheets(file)) {
    const ambiguities: Ambiguity[] = [];
    const sheet = { name: read.name, rows: convertSheet(read.rows, options, result, ambiguities) };
    const header = findHeader(sheet.rows);
    if (!header) {
      result.sheets.push({ name: sheet.name, layout: 'none', columns: {} });
      if (sheet.rows.some((row) => row.some((cell) => !isBlank(cell)))) {
        const issue = describeIssue(
          {
            path: [],
            field: '(sheet)',
            subject: { vi: 'Trang tính', en: 'sheet' },
            rule: 'noHeader',
            value: sheet.name,
            severity: 'warning',
          },
          locale,
        );
        result.issues.push({ ...issue, sheet: sheet.name, row: 1 });
      }
      continue;
    }
    const layout = [...header.columns.values()].some((column) => DOCUMENT_COLUMNS.has(column))
      ? 'document'
      : 'dossier';
    for (const ambiguity of ambiguities) {
      if (ambiguity.row <= header.dataStart) continue; // title lines and headings are not data
      const issue = describeIssue(
        {
          path: [header.columns.get(ambiguity.column) ?? ''],
          rule: 'caseAmbiguous',
          value: ambiguity.value,
          params: { word: ambiguity.word },
          severity: 'warning',
        },
        locale,
      );
      result.issues.push({
        ...issue,
        ...locate({ sheet: sheet.name, row: ambiguity.row, header }, ambiguity.column),
      });
    }
    result.sheets.push({
      name: sheet.name,
      layout,
      headerRow: header.headerRow + 1,
      columns: Object.fromEntries(
        [...header.columns].map(([index, column]) => [columnLetter(index), column]),
      ),
    });
    let current:
      | { dossier: ImportedDossier; cells: Cells; documentCells: Array<{ cells: Cells; row: number }> }
      | undefined;
    const groups: Array<NonNullable<typeof current>> = [];
    for (let index = header.dataStart; index < sheet.rows.length; index++) {
      const raw = sheet.rows[index] ?? [];
      const cells: Cells = {};
      for (const [columnIndex, column] of header.columns) {
        const value = raw[columnIndex] ?? null;
        if (!isBlank(value)) cells[column] = value;
      }
      if (Object.keys(cells).length === 0) continue;
      const hasDocument =
        layout === 'document' &&
        Object.keys(cells).some((column) => DOCUMENT_COLUMNS.has(column as CatalogColumn));
      const key = DOSSIER_KEYS.map((column) => cells[column]).find((value) => !isBlank(value));
      const sameDossier =
        current !== undefined &&
        DOSSIER_KEYS.every((column) => isBlank(cells[column]) || cells[column] === current?.cells[column]);
      if (key !== undefined && !sameDossier) {
        current = {
          dossier: { record: undefined, input: {}, documents: [], sheet: sheet.name, row: index + 1 },
          cells,
          documentCells: [],
        };
        groups.push(current);
      } else if (current && !hasDocument) {
        for (const [column, value] of Object.entries(cells)) current.cells[column as CatalogColumn] ??= value;
      }
      if (hasDocument) {
        if (!current) {
          const issue = describeIssue(
            {
              path: [],
              field: '(row)',
              subject: { vi: 'Dòng', en: 'row' },
              rule: 'orphanDocument',
              value: index + 1,
            },
            locale,
          );
          result.issues.push({ ...issue, sheet: sheet.name, row: index + 1 });
          continue;
        }
        current.documentCells.push({ cells, row: index + 1 });
      }
    }
    for (const group of groups) {
      buildDossier(group, header, layout, options, locale, result);
      result.dossiers.push(group.dossier);
    }
  }
  result.issues.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : 0));
  return result;
}

interface Ambiguity {
  row: number;
  column: number;
  value: string;
  word: string;
}

/** Every text cell in Unicode NFC, converted from TCVN3, VNI or VIQR where detected, headings included. */
function convertSheet(
  rows: CellValue[][],
  options: ImportCatalogOptions,
  result: CatalogImport,
  ambiguities: Ambiguity[],
): CellValue[][] {
  return rows.map((row, rowIndex) =>
    row.map((cell, column) => {
      if (typeof cell !== 'string') return cell;
      if (options.convertLegacyEncodings === false) return cell.normalize('NFC');
      const converted = toUnicodeVietnamese(cell);
      if (converted.encoding === 'tcvn3' || converted.encoding === 'vni' || converted.encoding === 'viqr') {
        result.conversions[converted.encoding]++;
      }
      for (const ambiguity of converted.ambiguities) {
        ambiguities.push({ row: rowIndex + 1, column, value: cell, word: ambiguity.word });
      }
      return converted.text;
    }),
  );
}

function buildDossier(
  group: { dossier: ImportedDossier; cells: Cells; documentCells: Array<{ cells: Cells; row: number }> },
  header: SheetHeader,
  layout: 'document' | 'dossier',
  options: ImportCatalogOptions,
  locale: MessageLocale,
  result: CatalogImport,
): void {
  const { cells } = group;
  const context: RowContext = { sheet: group.dossier.sheet, row: group.dossier.row, header };
  const raw: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(DOSSIER_FIELDS)) raw[field] = cells[column];
  const range = splitVnDateRange(cells.dateRange);
  raw.startDate =
    cells.startDate ?? fromParts(cells.startDay, cells.startMonth, cells.startYear) ?? range?.start;
  raw.endDate = cells.endDate ?? fromParts(cells.endDay, cells.endMonth, cells.endYear) ?? range?.end;
  if (range === undefined && cells.dateRange !== undefined && raw.startDate === undefined) {
    raw.startDate = cells.dateRange;
    raw.endDate ??= cells.dateRange;
  }
  raw.numberOfPage = cells.dossierPages ?? (layout === 'dossier' ? cells.documentPages : undefined);
  if (layout === 'dossier' || group.documentCells.every((document) => document.row !== group.dossier.row)) {
    raw.description = cells.description;
  }
  const { record: input, notes } = normalizeRecordValues(raw);
  for (const [field, value] of Object.entries(options.dossierDefaults ?? {})) input[field] ??= value;
  input.mode ??= '01';
  input.language ??= ['01'];
  if (input.fileCode === undefined && cells.notation !== undefined && options.creator) {
    const year = yearOf(cells, input.startDate);
    if (year) input.fileCode = [options.creator, year, String(cells.notation).trim()].join('.');
  }
  pushValueNotes(notes, context, 'dossier', locale, result);

  const aip = options.packageType === 'aip';
  const fileCode = typeof input.fileCode === 'string' ? input.fileCode : undefined;
  const arcFileCode =
    aip && fileCode && options.archiveCode ? `${options.archiveCode}.${fileCode}` : undefined;
  if (aip) {
    delete input.fileCode;
    if (arcFileCode) input.arcFileCode = arcFileCode;
  }
  const documents = group.documentCells.map((document, position) =>
    buildDocument(
      document,
      position,
      input,
      { fileCode, arcFileCode },
      header,
      group.dossier.sheet,
      options,
      result,
    ),
  );
  if (layout === 'document') {
    input.totalDoc ??= documents.length;
    input.numberOfPage ??= documents.reduce(
      (sum, document) =>
        sum + (typeof document.input.numberOfPage === 'number' ? document.input.numberOfPage : 0),
      0,
    );
  }
  const ordered = orderLike(input, [
    'arcFileCode',
    'fileCode',
    ...Object.keys(DOSSIER_FIELDS),
    'startDate',
    'endDate',
    'numberOfPage',
    'description',
  ]);
  group.dossier.input = ordered;
  const report = validateRecords(aip ? 'aipDossier' : 'dossier', [ordered], options);
  group.dossier.record = report.records[0];
  pushIssues(report.issues, context, 'dossier', result);
  group.dossier.documents = documents;
  if (group.dossier.record && layout === 'document' && documents.every((document) => document.record)) {
    const checks = checkDossierDocuments(
      group.dossier.record,
      documents.map((document) => document.record as DocumentRecord | AipDocumentRecord),
      locale,
    );
    for (const issue of checks) {
      const document = issue.record === undefined ? undefined : documents[issue.record];
      const where: RowContext = document ? { sheet: document.sheet, row: document.row, header } : context;
      const { record: _, ...rest } = issue;
      result.issues.push({
        ...rest,
        ...locate(where, sourceColumn(header, issue.field, document ? 'document' : 'dossier')),
      });
    }
  }
}

function orderLike(record: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(record)])
    if (record[key] !== undefined) ordered[key] = record[key];
  return ordered;
}

function buildDocument(
  document: { cells: Cells; row: number },
  position: number,
  dossier: Record<string, unknown>,
  codes: { fileCode: string | undefined; arcFileCode: string | undefined },
  header: SheetHeader,
  sheet: string,
  options: ImportCatalogOptions,
  result: CatalogImport,
): ImportedDocument {
  const locale = options.locale ?? 'vi';
  const aip = options.packageType === 'aip';
  const { cells } = document;
  const context: RowContext = { sheet, row: document.row, header };
  const raw: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(DOCUMENT_FIELDS)) raw[field] = cells[column];
  if (cells.numberAndNotation !== undefined) {
    const [number, ...notation] = String(cells.numberAndNotation).split('/');
    raw.codeNumber ??= number?.replace(/^số[:\s]*/iu, '').trim();
    raw.codeNotation ??= notation.join('/').trim() || undefined;
  }
  raw.issuedDate =
    cells.issuedDate !== undefined
      ? normalizeVnDate(cells.issuedDate)
      : fromParts(cells.issuedDay, cells.issuedMonth, cells.issuedYear);
  raw.numberOfPage = cells.documentPages;
  raw.description = cells.description;
  const { record: values, notes } = normalizeRecordValues(raw);
  pushValueNotes(notes, context, 'document', locale, result);
  const ordinalCell = cells.docOrdinal;
  const ordinal =
    typeof ordinalCell === 'number' ? ordinalCell : Number.parseInt(String(ordinalCell ?? ''), 10);
  const documentOrdinal = Number.isInteger(ordinal) && ordinal > 0 ? ordinal : position + 1;
  const { fileCode, arcFileCode } = codes;
  // Inherit only valid codes: a wrong dossier value is reported once, on the dossier.
  const inherited = (field: string, pattern: RegExp): unknown => {
    const value = dossier[field];
    const valid = Array.isArray(value)
      ? value.every((item) => pattern.test(String(item)))
      : pattern.test(String(value));
    return valid ? value : undefined;
  };
  const docCode = fileCode ? `${fileCode}.${String(documentOrdinal).padStart(7, '0')}` : undefined;
  const inheritedCodes = {
    language: inherited('language', /^(0[1-9]|1[01])$/) ?? ['01'],
    mode: inherited('mode', /^0[1-3]$/) ?? '01',
    confidenceLevel: inherited('confidenceLevel', /^0[1-3]$/),
  };
  const input: Record<string, unknown> = aip
    ? orderLike({ arcFileCode, ...values, ...inheritedCodes, docCode, docOrdinal: documentOrdinal }, [
        ...Object.keys(RECORD_SCHEMAS.aipDocument.shape),
      ])
    : orderLike(
        {
          docId: fileCode ? `${fileCode}.${documentOrdinal}` : undefined,
          docCode,
          maintenance: inherited('maintenance', /^0[1-7]$/),
          ...values,
          ...inheritedCodes,
        },
        Object.keys(RECORD_SCHEMAS.document.shape),
      );
  const report = validateRecords(aip ? 'aipDocument' : 'document', [input], { locale });
  // Codes that cannot be built without the dossier's are reported once, on the dossier.
  const missing = new Set([
    ...(fileCode ? [] : ['docId', 'docCode']),
    ...(aip && !arcFileCode ? ['arcFileCode'] : []),
  ]);
  const path = typeof cells.filePath === 'string' ? cells.filePath.trim().replaceAll('\\', '/') : undefined;
  pushIssues(
    report.issues.filter((issue) => !missing.has(issue.field)),
    context,
    'document',
    result,
  );
  const valid = missing.size === 0 ? report.records[0] : undefined;
  return { record: valid, input, ...(path ? { filePath: path } : {}), sheet, row: document.row };
}
