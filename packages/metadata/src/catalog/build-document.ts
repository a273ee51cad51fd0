import type { AipDocumentRecord } from '../document/aip-document-schema.js';
import type { DocumentRecord } from '../document/document-schema.js';
import { normalizeRecordValues } from '../legacy/normalize-record-values.js';
import { describeIssueInBoth } from '../validation/metadata-issue.js';
import { RECORD_SCHEMAS } from '../validation/record-schemas.js';
import type { CatalogColumn } from './catalog-columns.js';
import type {
  CatalogImport,
  Derivation,
  DerivationSource,
  ImportCatalogOptions,
  ImportedDocument,
} from './catalog-import-types.js';
import { locate, pushIssues, pushValueNotes, type RowContext } from './catalog-issue-location.js';
import { codeDerivations } from './code-derivations.js';
import { knownName } from './known-names.js';
import { orderLike } from './order-like.js';
import { readDate } from './read-dates.js';
import { type Cells, cellSource, indexOf, isBlank, type SheetContext, slashPath } from './row-cells.js';
import type { PagedRecord } from './scan-pages.js';
import { validateWithPending } from './validate-with-pending.js';

const DOCUMENT_FIELDS: Record<string, CatalogColumn> = {
  typeName: 'typeName',
  codeNumber: 'codeNumber',
  codeNotation: 'codeNotation',
  organName: 'organName',
  subject: 'subject',
  autograph: 'autograph',
  inforSign: 'inforSign',
  numberOfPage: 'documentPages',
  description: 'description',
};

const DOCUMENT_FIELD_COLUMNS = Object.entries(DOCUMENT_FIELDS);

/** The order of the fields of each kind of document record, as its schema lists them. */
const FIELD_ORDER = {
  document: Object.keys(RECORD_SCHEMAS.document.shape),
  aipDocument: Object.keys(RECORD_SCHEMAS.aipDocument.shape),
};

/** A document row read and its values derived, before its page count is settled and it is validated. */
export interface PreparedDocument extends PagedRecord {
  cells: Cells;
}

/** The dossier's codes and values a document takes. */
export interface DossierPart {
  input: Record<string, unknown>;
  row: number;
  /** The dossier's code as the source of its documents' codes, one list shared by them all. */
  codeSource: DerivationSource[];
  fileCode: string | undefined;
  arcFileCode: string | undefined;
  /** The dossier's codes its documents take where they have none: see {@link inheritedCodes}. */
  inherited: ReadonlyArray<readonly [string, unknown]>;
}

/** Codes of the dossier a document inherits only when valid: a wrong dossier value is reported once, on the dossier. */
const INHERITED: Array<[string, RegExp]> = [
  ['maintenance', /^0[1-7]$/],
  ['mode', /^0[1-3]$/],
  ['language', /^(0[1-9]|1[01])$/],
  ['confidenceLevel', /^0[1-3]$/],
];

/**
 * The codes of a dossier its documents take where they have none (retention, except in an AIP;
 * access mode, language, reliability): only valid ones, since a wrong dossier value is reported
 * once, on the dossier. Worked out once per dossier.
 */
export function inheritedCodes(
  dossier: Record<string, unknown>,
  aip: boolean,
): Array<readonly [string, unknown]> {
  const inherited: Array<readonly [string, unknown]> = [];
  for (const [field, pattern] of INHERITED) {
    if (aip && field === 'maintenance') continue;
    const value = dossier[field];
    const valid = Array.isArray(value)
      ? value.every((item) => pattern.test(String(item)))
      : pattern.test(String(value));
    if (value !== undefined && valid) inherited.push([field, value]);
  }
  return inherited;
}

/** Reads a document row: its values, free text as codes, date from parts, codes built from the dossier's. */
export function prepareDocument(
  document: { cells: Cells; row: number; context?: SheetContext },
  position: number,
  dossier: DossierPart,
  dossierContext: SheetContext,
  options: ImportCatalogOptions,
  result: CatalogImport,
): PreparedDocument {
  const aip = options.packageType === 'aip';
  const { cells, row } = document;
  const context = document.context ?? dossierContext;
  const derivations: Derivation[] = [];
  const raw: Record<string, unknown> = {};
  for (const [field, column] of DOCUMENT_FIELD_COLUMNS) raw[field] = cells[column];
  if (cells.numberAndNotation !== undefined) {
    const [number, ...notation] = String(cells.numberAndNotation).split('/');
    const from = [cellSource(context, row, 'numberAndNotation', cells.numberAndNotation)];
    if (raw.codeNumber === undefined) {
      raw.codeNumber = number?.replace(/^số[:\s]*/iu, '').trim() || undefined;
      if (raw.codeNumber)
        derivations.push({ field: 'codeNumber', value: raw.codeNumber, how: 'parts', from });
    }
    if (raw.codeNotation === undefined) {
      raw.codeNotation = notation.join('/').trim() || undefined;
      if (raw.codeNotation)
        derivations.push({ field: 'codeNotation', value: raw.codeNotation, how: 'parts', from });
    }
  }
  raw.issuedDate = readDate(
    cells,
    { date: 'issuedDate', day: 'issuedDay', month: 'issuedMonth', year: 'issuedYear' },
    { context, row },
    'issuedDate',
    derivations,
  );
  const { record: values, notes } = normalizeRecordValues(raw);
  if (options.organNames && typeof values.organName === 'string') {
    const known = knownName(values.organName, options.organNames);
    if (known && 'value' in known && known.value !== values.organName) {
      values.organName = known.value;
      derivations.push({
        field: 'organName',
        value: known.value,
        how: 'known-name',
        from: [cellSource(context, row, 'organName', cells.organName)],
      });
    } else if (known && 'ambiguous' in known) {
      const issue = describeIssueInBoth({
        path: ['organName'],
        rule: 'ambiguousName',
        value: values.organName,
        params: { names: known.ambiguous.join('; ') },
        severity: 'warning',
      });
      result.issues.push({
        ...issue,
        ...locate(
          { sheet: context.sheet, row, header: context.header },
          indexOf(context.header, 'organName'),
        ),
      });
    }
  }
  pushValueNotes(notes, { sheet: context.sheet, row, header: context.header }, 'document', result);
  derivations.push(
    ...codeDerivations(raw, values, (field) => {
      const column = DOCUMENT_FIELDS[field] as CatalogColumn;
      return [cellSource(context, row, column, cells[column])];
    }),
  );
  const ordinalCell = cells.docOrdinal;
  const ordinal =
    typeof ordinalCell === 'number' ? ordinalCell : Number.parseInt(String(ordinalCell ?? ''), 10);
  const documentOrdinal = Number.isInteger(ordinal) && ordinal > 0 ? ordinal : position + 1;
  const ordinalFrom = isBlank(ordinalCell) ? [] : [cellSource(context, row, 'docOrdinal', ordinalCell)];
  const { fileCode, arcFileCode } = dossier;
  const codes: Record<string, unknown> = {};
  if (fileCode) {
    // Joined, not templated: one flat string per code rather than pieces kept for every document.
    codes.docCode = [fileCode, String(documentOrdinal).padStart(7, '0')].join('.');
    if (!aip) codes.docId = [fileCode, documentOrdinal].join('.');
  }
  if (aip) {
    codes.arcFileCode = arcFileCode;
    codes.docOrdinal = documentOrdinal;
  }
  // One source list for both codes; the dossier's part of it is shared by all its documents.
  const codesFrom = ordinalFrom.length ? dossier.codeSource.concat(ordinalFrom) : dossier.codeSource;
  for (const field of ['docCode', 'docId'] as const) {
    if (codes[field] !== undefined)
      derivations.push({ field, value: codes[field], how: 'parts', from: codesFrom });
  }
  // Values taken from the dossier are not derivations of the document: the dossier's own say where they came from.
  for (const [field, value] of dossier.inherited) if (values[field] === undefined) codes[field] = value;
  for (const [field, value] of [
    ['language', ['01']],
    ['mode', '01'],
  ] as const) {
    if (values[field] !== undefined || codes[field] !== undefined) continue;
    codes[field] = value;
    derivations.push({ field, value, how: 'default', from: [] });
  }
  const kind = aip ? 'aipDocument' : 'document';
  const input = orderLike(FIELD_ORDER[kind], values, codes);
  if (aip) delete input.docId;
  const filePath = slashPath(cells.filePath);
  return {
    input,
    derivations,
    row,
    cells,
    pending: [],
    ...(filePath ? { filePath } : {}),
    ...(document.context ? { context: document.context } : {}),
  };
}

/** Validates a prepared document. Codes that cannot be built without the dossier's are reported once, on the dossier. */
export function finishDocument(
  prepared: PreparedDocument,
  dossier: DossierPart,
  dossierContext: SheetContext,
  options: ImportCatalogOptions,
  result: CatalogImport,
): ImportedDocument {
  const context = prepared.context ?? dossierContext;
  const aip = options.packageType === 'aip';
  const { record, issues } = validateWithPending(
    aip ? 'aipDocument' : 'document',
    prepared.input,
    prepared.pending,
    {},
  );
  const codesMissing = !dossier.fileCode;
  const arcMissing = aip && !dossier.arcFileCode;
  if (issues.length) {
    const where: RowContext = { sheet: context.sheet, row: prepared.row, header: context.header };
    pushIssues(
      issues.filter(
        ({ field, rule }) =>
          !(codesMissing && (field === 'docId' || field === 'docCode')) &&
          !(arcMissing && field === 'arcFileCode') &&
          // A docId built too long is the dossier code's fault: said once, on the dossier.
          !(field === 'docId' && rule === 'maxLength'),
      ),
      where,
      'document',
      result,
    );
  }
  const valid = !codesMissing && !arcMissing && !prepared.contradicted ? record : undefined;
  const startSheet = prepared.cells.startSheet;
  return {
    record: valid as DocumentRecord | AipDocumentRecord | undefined,
    input: prepared.input,
    ...(prepared.filePath ? { filePath: prepared.filePath } : {}),
    // A copy of its own length: the list grown by push has room for 17, and a catalog holds one per document.
    derivations: prepared.derivations.slice(),
    ...(prepared.pending.length ? { pending: prepared.pending } : {}),
    ...(isBlank(startSheet) ? {} : { startSheet: String(startSheet).trim() }),
    sheet: context.sheet,
    row: prepared.row,
  };
}
