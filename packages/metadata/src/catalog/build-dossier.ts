import type { AipDocumentRecord } from '../document/aip-document-schema.js';
import { DOC_ID_MAX_LENGTH } from '../document/document-fields.js';
import type { DocumentRecord } from '../document/document-schema.js';
import type { AipDossier } from '../dossier/aip-dossier-schema.js';
import type { Dossier } from '../dossier/dossier-schema.js';
import { normalizeRecordValues } from '../legacy/normalize-record-values.js';
import { checkDossierDocuments } from '../validation/check-dossier-documents.js';
import { describeIssueInBoth, issueInBoth, type MetadataIssue } from '../validation/metadata-issue.js';
import { type DossierPart, finishDocument, inheritedCodes, prepareDocument } from './build-document.js';
import type { CatalogColumn } from './catalog-columns.js';
import type {
  CatalogImport,
  Derivation,
  ImportCatalogOptions,
  ImportedDocument,
  ImportedDossier,
} from './catalog-import-types.js';
import {
  locate,
  pushIssues,
  pushValueNotes,
  type RowContext,
  sourceColumn,
} from './catalog-issue-location.js';
import type { CatalogNotices } from './catalog-notices.js';
import { codeDerivations } from './code-derivations.js';
import { buildDossierCodes } from './dossier-codes.js';
import { orderLike } from './order-like.js';
import { readDate } from './read-dates.js';
import { cellSource, type DossierRows, optionSource, type SheetContext, slashPath } from './row-cells.js';
import { fillPagesFromScans, type PagedRecord } from './scan-pages.js';
import { validateWithPending } from './validate-with-pending.js';

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
  description: 'description',
};

const DOSSIER_FIELD_COLUMNS = Object.entries(DOSSIER_FIELDS);

/** The order of a dossier's fields in its record. */
const DOSSIER_ORDER = [
  'arcFileCode',
  'fileCode',
  ...Object.keys(DOSSIER_FIELDS),
  'startDate',
  'endDate',
  'numberOfPage',
];

/** What a dossier is built with, shared by every dossier of a catalog. */
export interface DossierBuild {
  context: SheetContext;
  layout: 'document' | 'dossier';
  options: ImportCatalogOptions;
  notices: CatalogNotices;
  result: CatalogImport;
}

const sum = (values: unknown[]): number =>
  values.reduce<number>((total, value) => total + (typeof value === 'number' ? value : 0), 0);

/**
 * One error on the dossier when the `docId`s built from its code are longer than the circular
 * allows (rule `docIdTooLong`): the longest, how many, and how long the dossier code may be.
 */
function pushDocIdTooLong(
  fileCode: string,
  documents: readonly ImportedDocument[],
  where: RowContext,
  result: CatalogImport,
): void {
  let longest = '';
  let count = 0;
  for (const { input } of documents) {
    if (typeof input.docId !== 'string' || input.docId.length <= DOC_ID_MAX_LENGTH) continue;
    count++;
    if (input.docId.length > longest.length) longest = input.docId;
  }
  if (!count) return;
  const issue = describeIssueInBoth({
    path: ['docId'],
    rule: 'docIdTooLong',
    value: longest,
    params: {
      length: longest.length,
      maximum: DOC_ID_MAX_LENGTH,
      count,
      fileCodeMaximum: DOC_ID_MAX_LENGTH - (longest.length - fileCode.length),
    },
  });
  result.issues.push({ ...issue, ...locate(where, sourceColumn(where.header, 'fileCode', 'dossier')) });
}

/**
 * Builds a dossier and its documents from their rows: values read and converted, dates from their
 * parts, codes from their parts, totals counted from the documents, page counts from the scans;
 * every value built recorded as a derivation; then each record validated, and the dossier checked
 * against its documents.
 */
export async function buildDossier(group: DossierRows, build: DossierBuild): Promise<ImportedDossier> {
  const { context, options, notices, result } = build;
  // A catalog of dossiers whose documents are on another sheet is read as one of documents.
  const layout = build.layout === 'dossier' && group.documents.length > 0 ? 'document' : build.layout;
  const aip = options.packageType === 'aip';
  const { cells } = group;
  const rowOf = (column: CatalogColumn) => group.rowOf[column] ?? group.row;
  const where: RowContext = {
    sheet: context.sheet,
    row: group.row,
    header: context.header,
    rowOf: group.rowOf,
  };
  const source = (column: CatalogColumn) => cellSource(context, rowOf(column), column, cells[column]);
  const derivations: Derivation[] = [];
  const raw: Record<string, unknown> = {};
  for (const [field, column] of DOSSIER_FIELD_COLUMNS) raw[field] = cells[column];
  for (const end of ['start', 'end'] as const) {
    raw[`${end}Date`] = readDate(
      cells,
      { date: `${end}Date`, day: `${end}Day`, month: `${end}Month`, year: `${end}Year` },
      { context, row: group.row, rowOf: group.rowOf },
      `${end}Date`,
      derivations,
      { column: 'dateRange', end },
    );
  }
  raw.numberOfPage = cells.dossierPages ?? (layout === 'dossier' ? cells.documentPages : undefined);
  const { record: input, notes } = normalizeRecordValues(raw);
  derivations.push(
    ...codeDerivations(raw, input, (field) => [source(DOSSIER_FIELDS[field] as CatalogColumn)]),
  );
  pushValueNotes(notes, where, 'dossier', result);
  for (const [field, value] of Object.entries(options.dossierDefaults ?? {})) {
    if (input[field] !== undefined) continue;
    input[field] = value;
    derivations.push({ field, value, how: 'default', from: [optionSource('dossierDefaults', value)] });
  }
  for (const [field, value] of [
    ['mode', '01'],
    ['language', ['01']],
  ] as const) {
    if (input[field] !== undefined) continue;
    input[field] = value;
    derivations.push({ field, value, how: 'default', from: [] });
  }
  buildDossierCodes({ context, group, options, notices, derivations }, input, aip);
  const fileCode = typeof input.fileCode === 'string' ? input.fileCode : undefined;
  const arcFileCode = typeof input.arcFileCode === 'string' ? input.arcFileCode : undefined;
  if (aip) delete input.fileCode;
  const part: DossierPart = {
    input,
    row: group.row,
    fileCode,
    arcFileCode,
    codeSource: [{ sheet: context.sheet, row: group.row, value: fileCode }],
    inherited: inheritedCodes(input, aip),
  };
  const prepared = group.documents.map((document, position) =>
    prepareDocument(document, position, part, context, options, result),
  );
  await fillPagesFromScans(prepared, context, options, result.issues);
  const dossierFile = slashPath(cells.filePath);
  const own: PagedRecord = {
    input,
    derivations,
    row: group.row,
    pending: [],
    ...(dossierFile ? { filePath: dossierFile } : {}),
  };
  if (layout === 'dossier') await fillPagesFromScans([own], context, options, result.issues);
  const documents = prepared.map((document) => finishDocument(document, part, context, options, result));
  if (fileCode) pushDocIdTooLong(fileCode, documents, where, result);
  if (layout === 'document') {
    const from = documents.map((document) => ({
      sheet: document.sheet,
      row: document.row,
      value: document.input.numberOfPage,
    }));
    if (input.totalDoc === undefined) {
      input.totalDoc = documents.length;
      derivations.push({
        field: 'totalDoc',
        value: documents.length,
        how: 'documents',
        from: from.map((item) => ({ sheet: item.sheet, row: item.row, value: 1 })),
      });
    }
    if (input.numberOfPage === undefined) {
      if (prepared.some((document) => document.pending.length > 0)) own.pending.push('numberOfPage');
      else {
        input.numberOfPage = sum(documents.map((document) => document.input.numberOfPage));
        derivations.push({ field: 'numberOfPage', value: input.numberOfPage, how: 'documents', from });
      }
    }
  }
  const ordered = orderLike(DOSSIER_ORDER, input);
  const checked = validateWithPending(aip ? 'aipDossier' : 'dossier', ordered, own.pending, options);
  if (group.withoutDossierRow) {
    // One problem, not every dossier field the document sheet has no column for.
    const issue = describeIssueInBoth({
      path: ['fileCode'],
      rule: 'noDossierRow',
      value: ordered.fileCode,
      severity: 'error',
    });
    result.issues.push({ ...issue, ...locate(where, sourceColumn(context.header, 'fileCode', 'dossier')) });
  } else {
    pushIssues(
      checked.issues.filter((issue) => !(notices.covers(issue.field) && ordered[issue.field] === undefined)),
      where,
      'dossier',
      result,
    );
  }
  const dossier: ImportedDossier = {
    record:
      own.contradicted || group.withoutDossierRow
        ? undefined
        : (checked.record as Dossier | AipDossier | undefined),
    input: ordered,
    ...(fileCode ? { fileCode } : {}),
    documents,
    derivations,
    ...(own.pending.length ? { pending: own.pending } : {}),
    ...(dossierFile ? { filePath: dossierFile } : {}),
    sheet: context.sheet,
    row: group.row,
  };
  if (dossier.record && layout === 'document' && documents.every((document) => document.record)) {
    const pagesPending = own.pending.length > 0;
    const records = documents.map((document) => document.record as DocumentRecord | AipDocumentRecord);
    const vi = checkDossierDocuments(dossier.record, records, 'vi');
    const checks = checkDossierDocuments(dossier.record, records, 'en')
      .map((issue, index) => issueInBoth(issue, vi[index] as MetadataIssue))
      .filter((issue) => !(pagesPending && issue.rule === 'numberOfPage'));
    for (const issue of checks) {
      const document = issue.record === undefined ? undefined : documents[issue.record];
      const header = (issue.record === undefined ? undefined : prepared[issue.record]?.context)?.header;
      const at: RowContext = document
        ? { sheet: document.sheet, row: document.row, header: header ?? context.header }
        : where;
      const { record: _, ...rest } = issue;
      result.issues.push({
        ...rest,
        ...locate(at, sourceColumn(at.header, issue.field, document ? 'document' : 'dossier')),
      });
    }
  }
  return dossier;
}
