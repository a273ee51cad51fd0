import type { AipDocumentRecord } from '../document/aip-document-schema.js';
import type { DocumentRecord } from '../document/document-schema.js';
import type { AipDossier } from '../dossier/aip-dossier-schema.js';
import type { Dossier } from '../dossier/dossier-schema.js';
import type { MessageLocale } from '../validation/issue-messages.js';
import type { IssueInBoth } from '../validation/metadata-issue.js';
import type { CatalogColumn } from './catalog-columns.js';
import type { ReadSheetsOptions } from './read-sheets.js';

/** How a catalog is imported. */
export interface ImportCatalogOptions extends ReadSheetsOptions {
  /**
   * Ignored: every issue is now given in both languages (`message`/`fix` in English,
   * `messageVi`/`fixVi` in Vietnamese).
   *
   * @deprecated Pick `message` or `messageVi` of each {@link CatalogIssue} instead; removed in the
   * next minor version.
   */
  locale?: MessageLocale;
  /**
   * Who formed the dossiers, to build `fileCode` (creator + year + dossier number and symbol)
   * when the catalog has no "Mã hồ sơ" column: the agency identifier, or the fond code of a closed
   * fond. Default: none (then the "Mã phông" column, or {@link ImportCatalogOptions.fondCodes} for
   * the "Phông" column; without any of them `fileCode` is reported missing, once per catalog).
   */
  creator?: string;
  /**
   * Fond codes by fond name, for catalogs whose "Phông" column names the fond ("Chi cục Thuế
   * huyện A") instead of giving its code: the code becomes the creator part of `fileCode`. Names
   * are matched folded (without marks and case) and with up to two typing mistakes when only one
   * name is that close. Default: none (then `creator` is used for every fond).
   */
  fondCodes?: Record<string, string>;
  /**
   * The issuing bodies' names as they should be written (`Ủy ban nhân dân tỉnh Quảng Ninh`, …): a
   * "Tác giả" value that is one of them without marks or in another case, or within one or two
   * typing mistakes of only one of them, is written as that name (a derivation `known-name`); one
   * as close to several is kept as written and reported (rule `ambiguousName`, a warning).
   * Default: none (names are kept as written).
   */
  organNames?: readonly string[];
  /**
   * The archive code (mã cơ quan lưu trữ) put before the dossier code to make `arcFileCode`
   * (`<archiveCode>.<fileCode>[.<catalog number>]`) for `packageType: 'aip'`, and the first part
   * of `paperFileCode` (`<archiveCode>.<storeroom-shelf-box>.<dossier number>`) when the catalog has a
   * "Hộp số" (box) column. Default: none (then those codes are reported missing, once per catalog).
   */
  archiveCode?: string;
  /**
   * The catalog number (mục lục số) added last to an AIP's dossier code (mã hồ sơ), and so to its
   * `arcFileCode`, `docCode` and file names, as the digest of Thông tư 05/2025 lists it, when the
   * catalog has no "Mục lục" column. Default: none (no catalog number).
   */
  catalogNumber?: string;
  /**
   * What columns hold, overriding recognition: key = a heading as written (matched folded, as
   * recognition matches) or a column letter (`'F'`); value = a {@link CatalogColumn} or `'ignore'`.
   * This is the `catalog.columns` section of `sohoa.config.json`. Default: none.
   */
  columns?: Record<string, CatalogColumn | 'ignore'>;
  /**
   * Counts the pages of a document's scan, called once per file path of a document row (and of a
   * dossier row in a catalog of dossiers). When the catalog's page count is empty the count becomes
   * the value (a derivation `scan-pages`); when both exist they are compared (rule `scanPages`,
   * an error). A file shared by several rows is counted once and compared with their sum (one empty
   * count among them is derived as the remainder). Return `undefined` when the file cannot be
   * found: the count stays empty and is reported. Default: none; then empty page counts are left
   * to be counted from the scans later: listed in `pending`, with one warning `pagesFromScans` per
   * catalog, and they do not make a record invalid.
   */
  countPages?: (filePath: string, where: { sheet: string; row: number }) => Promise<number | undefined>;
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
   * Receives each dossier, with its documents, as soon as it is built, in catalog order; awaited
   * before the next is built. The dossiers are then not kept: `dossiers` of the result stays
   * empty (so `summarizeCatalog` has nothing to count), and a catalog of 100,000 rows is never
   * held whole as records. The rest of the result (`issues`, with each dossier's own, `sheets`,
   * `conversions`) is as without it. The sheets themselves are still read whole before the first
   * dossier (a dossier's rows may be merged cells described at the end of a sheet, or on another
   * sheet). The second argument holds what was recognised in each sheet (`sheets` of the result,
   * complete before the first dossier). Default: none (the dossiers are returned in `dossiers`).
   *
   * @example
   * ```ts
   * import { importCatalog } from '@sohoa/metadata/node';
   *
   * let ready = 0;
   * const catalog = await importCatalog('muc-luc.xlsx', {
   *   creator: 'H49.64.33',
   *   onDossier: async (dossier) => {
   *     if (dossier.record && dossier.documents.every((document) => document.record)) ready++;
   *   },
   * });
   * console.log(`${ready} dossiers ready, ${catalog.issues.length} issues`);
   * ```
   */
  onDossier?: (
    dossier: ImportedDossier,
    catalog: { sheets: readonly CatalogSheet[] },
  ) => void | Promise<void>;
}

/**
 * A problem of a catalog, located by sheet, row and column, said in both languages: `message` and
 * `fix` in English, `messageVi` and `fixVi` in Vietnamese (NFC), for the caller to show the one its
 * user reads (`sohoa catalog import --messages vi|en`).
 *
 * @example
 * ```ts
 * import { importCatalog } from '@sohoa/metadata/node';
 *
 * const catalog = await importCatalog('muc-luc.xlsx', { creator: 'H49.64.33' });
 * const language: 'vi' | 'en' = 'vi';
 * for (const issue of catalog.issues)
 *   console.log(`${issue.sheet}!${issue.column ?? ''}${issue.row}: ${language === 'en' ? issue.message : issue.messageVi}`);
 * ```
 */
export interface CatalogIssue extends IssueInBoth {
  /** The sheet's name (the file name for a .csv). */
  sheet: string;
  /** The spreadsheet row number, from 1. */
  row: number;
  /** The column letter (`A`, `B`, … `AA`), when the problem is in one cell. */
  column?: string;
  /** The column heading as written, when known. */
  heading?: string;
  /**
   * How many dossiers (rules `missingSource`, `documentsNotListed`) or rows (rule `pagesFromScans`) an issue reported once
   * for the whole catalog stands for. Absent for an issue of one row.
   */
  count?: number;
}

/** A cell a derived value was built from. */
export interface DerivationSource {
  sheet: string;
  row: number;
  /** The column letter, when the value came from a cell (not from an option or a scan). */
  column?: string;
  heading?: string;
  /** The cell's value as read (after legacy encodings were converted), or the option's, or the file path. */
  value: unknown;
}

/**
 * A value sohoa built or converted rather than read as it stands, with where it came from, so an
 * archivist can audit it. `how`:
 *
 * | how | what |
 * |---|---|
 * | `parts` | a code built from parts (`fileCode`, `arcFileCode`, `paperFileCode`, `docCode`, `docId`, `codeNumber`/`codeNotation` split from one cell) |
 * | `date-parts` | a date put together from day, month and year columns |
 * | `date` | a date rewritten as DD/MM/YYYY (a spreadsheet date, an Excel serial number, `5/1/2001`) |
 * | `date-range` | a start or end date split from a range in one cell |
 * | `free-text-code` | free text read as a code (`Vĩnh viễn` → `01`) |
 * | `known-name` | an issuer's name written as in `organNames` (`Uy ban nhan dan tinh Quang Ninh`) |
 * | `scan-pages` | a page count counted from the scan |
 * | `documents` | a dossier's `totalDoc` or `numberOfPage` counted from its documents |
 * | `default` | a default: HD169's blank access mode and language, or `dossierDefaults` |
 * | `option` | a value given as an option (`creator`, `archiveCode`, …) |
 */
export interface Derivation {
  /** The record field. */
  field: string;
  /** The value put in the record. */
  value: unknown;
  how: string;
  /** The cells (and options, with `sheet` `(options)`) it came from; empty for a default. */
  from: DerivationSource[];
}

/** A document row of the catalog. */
export interface ImportedDocument {
  /**
   * The validated document record (SIP, or AIP with `packageType: 'aip'`), or `undefined` when it
   * has errors. It lacks the fields listed in `pending`.
   */
  record: DocumentRecord | AipDocumentRecord | undefined;
  /** What was validated, after columns were mapped and free text turned into codes. */
  input: Record<string, unknown>;
  /** The path in the "Đường dẫn file" column, with `/` separators, if any. */
  filePath?: string;
  /**
   * Every value built or converted, with its source cells. Values the document takes from its
   * dossier (retention, access mode, language, reliability) are not repeated: the dossier's
   * derivations say where they came from.
   */
  derivations: Derivation[];
  /**
   * Required fields left empty that will be counted from the scans (`numberOfPage`, when no
   * `countPages` was given). Absent when none.
   */
  pending?: string[];
  /** The sheet (tờ số) the document starts on in the paper dossier ("Tờ số"), as written, if any. */
  startSheet?: string;
  sheet: string;
  row: number;
}

/** A dossier of the catalog with its documents. */
export interface ImportedDossier {
  /**
   * The validated dossier record (SIP, or AIP with `packageType: 'aip'`), or `undefined` when it
   * has errors. It lacks the fields listed in `pending`.
   */
  record: Dossier | AipDossier | undefined;
  /** What was validated. */
  input: Record<string, unknown>;
  /**
   * The dossier's code (`fileCode`), given or built, with either `packageType` (an AIP record
   * carries `arcFileCode` in its place: the archive code + this code). For an AIP it ends with the
   * catalog number (mục lục số, "Mục lục" or `catalogNumber`) when there is one, as Thông tư 05/2025
   * forms an archive's dossier code; the documents' `docCode` follow it. Absent when it could not be built.
   */
  fileCode?: string;
  documents: ImportedDocument[];
  /** Every value built or converted, with its source cells. */
  derivations: Derivation[];
  /** Required fields that will be counted from the scans (`numberOfPage`). Absent when none. */
  pending?: string[];
  /** The path in the "Đường dẫn file" column of a catalog of dossiers, with `/` separators, if any. */
  filePath?: string;
  sheet: string;
  /** The row the dossier starts on. */
  row: number;
}

/** How a column of a sheet was read. */
export interface ColumnMapping {
  /** The column letter. */
  column: string;
  /** The heading as written (parent and child joined for a two-row heading), or `''`. */
  heading: string;
  /** What the column holds, or `'ignored'`. */
  field: CatalogColumn | 'ignored';
  /** By its heading, by its values (a split date), or by the `columns` option. */
  how: 'heading' | 'values' | 'config';
  /** Up to three values of the column, as text. */
  samples: string[];
}

/** What was recognised in one sheet. */
export interface CatalogSheet {
  name: string;
  layout: 'document' | 'dossier' | 'none';
  /** The (first) heading row, from 1. */
  headerRow?: number;
  /** Column letter → what it holds (the recognised columns only). */
  columns: Record<string, CatalogColumn>;
  /** Every column with a heading or values, recognised or ignored, in column order. */
  mapping: ColumnMapping[];
}

/** What {@link importCatalog} read. */
export interface CatalogImport {
  dossiers: ImportedDossier[];
  /** Every problem, errors and warnings, in sheet and row order. */
  issues: CatalogIssue[];
  /** What was recognised in each sheet. */
  sheets: CatalogSheet[];
  /** How many cells were converted from each legacy encoding. */
  conversions: { tcvn3: number; vni: number; viqr: number };
}
