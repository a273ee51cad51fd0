import { describeIssueInBoth } from '../validation/metadata-issue.js';
import { buildDossier } from './build-dossier.js';
import { DOCUMENT_COLUMNS } from './catalog-columns.js';
import type { CatalogImport, ImportCatalogOptions } from './catalog-import-types.js';
import { locate } from './catalog-issue-location.js';
import { CatalogNotices } from './catalog-notices.js';
import { catalogSheets } from './catalog-sheets.js';
import { CatalogWideIssues } from './catalog-wide-issues.js';
import { columnLetter } from './column-letter.js';
import { type Ambiguity, convertSheet } from './convert-sheet.js';
import { groupRows } from './group-rows.js';
import { joinDocumentSheets, type SheetGroups } from './join-sheets.js';
import { fillMergedCells } from './merged-cells.js';
import type { RawSheet } from './raw-sheet.js';
import type { CatalogSource, ReadSheetsOptions } from './read-sheet-bytes.js';
import { resolveColumns } from './resolve-columns.js';
import { type DossierRows, isBlank } from './row-cells.js';
import { sheetNoteIssues, sheetWarning } from './sheet-note-issues.js';

/**
 * Reads a catalog of dossiers (mục lục hồ sơ) from an `.xlsx` workbook or a `.csv` file, as
 * archives keep them: one row per document (grouped into dossiers: a row that names a new
 * dossier, by code, number and symbol or title, starts it; rows below with those cells blank,
 * merged or repeated belong to it) or one row per dossier; cells merged down over several rows
 * read on each of them (counts and ordinals on the first only); Vietnamese headings in many spellings,
 * two-row headings with merged cells (`Thời gian bắt đầu` over `Ngày`/`Tháng`/`Năm`), dates split
 * over single-row headings (`Ngày bắt đầu`/`Tháng bắt đầu`/`Năm bắt đầu`) or recognised by their
 * values, blank rows, stray spaces, dates as spreadsheet dates, Excel serial numbers or text,
 * free-text values (`Vĩnh viễn`, `Công khai`, `Tiếng Việt`, `Quyết định`, `Cong van`, `Biên bản
 * họp`) and text in TCVN3, VNI or VIQR. Produces validated SIP (or AIP) dossier and document
 * records, every problem by sheet, row and column, and every value built or converted with the
 * cells it came from (`derivations`); nothing is thrown for invalid rows, and a dossier with
 * errors fails alone.
 *
 * Blank access mode and language are read as HD169 defines them: `01` (public) and `01`
 * (Vietnamese only). Documents take the dossier's retention, access mode, language and
 * reliability. Codes the catalog does not give are built as Thông tư 05/2025 composes them:
 * `fileCode` from the creator (the `creator` option, a "Mã phông" column, or the "Phông" name
 * through `fondCodes`), the year and the dossier number; `arcFileCode` from `archiveCode`,
 * `fileCode` and the catalog number ("Mục lục"); `paperFileCode` from `archiveCode`, the
 * storeroom, shelf and box ("Hộp số") and the dossier number; `docCode` and `docId` from `fileCode`
 * and the document ordinal. A missing option or column is reported once for the catalog. Missing
 * `totalDoc` and `numberOfPage` of a dossier are counted from its documents; given ones are checked
 * against them. Empty page counts are counted from the scans by `countPages`, or left `pending`.
 *
 * @param file - the path of the file (Node only), or its bytes with a file name (Node and browsers).
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` when the file cannot be read.
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
export function importCatalog(
  file: string | CatalogSource,
  given: ImportCatalogOptions = {},
): Promise<CatalogImport> {
  return importCatalogWith(catalogSheets, file, given);
}

/** Reads the sheets of a catalog: the browser-safe reader, or the Node reader of `./node`. */
export type SheetReader = (file: string | CatalogSource, options: ReadSheetsOptions) => Promise<RawSheet[]>;

/** {@link importCatalog} with the sheets read by `reader`. */
export async function importCatalogWith(
  reader: SheetReader,
  file: string | CatalogSource,
  given: ImportCatalogOptions = {},
): Promise<CatalogImport> {
  const options = withNfcCodes(given);
  const result: CatalogImport = {
    dossiers: [],
    issues: [],
    sheets: [],
    conversions: { tcvn3: 0, vni: 0, viqr: 0 },
  };
  const notices = new CatalogNotices();
  const sheets: SheetGroups[] = [];
  for (const read of await reader(file, options)) {
    result.issues.push(...sheetNoteIssues(read));
    const ambiguities: Ambiguity[] = [];
    convertSheet(read.rows, options, result, ambiguities);
    const sheet = { name: read.name, rows: read.rows };
    const header = resolveColumns(sheet.rows, options.columns);
    if (!header) {
      result.sheets.push({ name: sheet.name, layout: 'none', columns: {}, mapping: [] });
      if (sheet.rows.some((row) => row.some((cell) => !isBlank(cell)))) {
        result.issues.push(sheetWarning('noHeader', sheet.name));
      }
      continue;
    }
    // A path alone is the scan of a dossier: a catalog of documents has some other document column.
    const layout = [...header.columns.values()].some(
      (column) => column !== 'filePath' && DOCUMENT_COLUMNS.has(column),
    )
      ? 'document'
      : 'dossier';
    for (const ambiguity of ambiguities) {
      if (ambiguity.row <= header.dataStart) continue; // title lines and headings are not data
      const issue = describeIssueInBoth({
        path: [header.columns.get(ambiguity.column) ?? ''],
        rule: 'caseAmbiguous',
        value: ambiguity.value,
        params: { word: ambiguity.word },
        severity: 'warning',
      });
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
      mapping: header.mapping,
    });
    const mergedFrom = fillMergedCells(sheet.rows, read.merges, header);
    const groups = groupRows(sheet.rows, header, layout, (row) => {
      const issue = describeIssueInBoth({
        path: [],
        field: '(row)',
        subject: { vi: 'Dòng', en: 'row' },
        rule: 'orphanDocument',
        value: row,
      });
      result.issues.push({ ...issue, sheet: sheet.name, row });
    });
    sheets.push({
      context: { sheet: sheet.name, header, ...(mergedFrom.size ? { mergedFrom } : {}) },
      layout,
      groups,
    });
    sheet.rows.length = 0;
  }
  joinDocumentSheets(sheets);
  const wide = new CatalogWideIssues();
  const { onDossier } = options;
  for (const { context, layout, groups } of sheets) {
    for (let index = 0; index < groups.length; index++) {
      const group = groups[index] as DossierRows;
      const dossier = await buildDossier(group, { context, layout, options, notices, result });
      groups[index] = BUILT; // let its cells go
      wide.add(dossier);
      if (onDossier) await onDossier(dossier, { sheets: result.sheets });
      else result.dossiers.push(dossier);
    }
  }
  result.issues.push(...notices.issues(), ...wide.issues(result.sheets));
  const sheetOrder = new Map(result.sheets.map((sheet, index) => [sheet.name, index]));
  result.issues.sort((a, b) =>
    a.sheet === b.sheet ? a.row - b.row : (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0),
  );
  return result;
}

/** What stands for a dossier's rows once it is built. */
const BUILT: DossierRows = { row: 0, cells: {}, rowOf: {}, documents: [] };

/** The options' codes as they go into the records: NFC, trimmed. */
function withNfcCodes(options: ImportCatalogOptions): ImportCatalogOptions {
  const nfc = (text: string | undefined) => text?.normalize('NFC').trim();
  return {
    ...options,
    creator: nfc(options.creator),
    archiveCode: nfc(options.archiveCode),
    catalogNumber: nfc(options.catalogNumber),
    fondCodes:
      options.fondCodes &&
      Object.fromEntries(
        Object.entries(options.fondCodes).map(([name, code]) => [name, nfc(code) as string]),
      ),
  };
}
