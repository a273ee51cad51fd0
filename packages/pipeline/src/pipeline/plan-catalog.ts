import { dirname, resolve } from 'node:path';
import { type Bilingual, SohoaError } from '@sohoa/base';
import {
  type CatalogCounts,
  type CatalogSheet,
  type CatalogSummary,
  countCatalogDossier,
  type Dossier,
  type ImportCatalogOptions,
  type ImportedDossier,
  summarizeCatalog,
} from '@sohoa/metadata';
import { importCatalog } from '@sohoa/metadata/node';
import { plannedDossierRecord, recordPackage } from './aip-records.js';
import { catalogMetadataError, type InvalidDossier } from './catalog-metadata-error.js';
import { catalogPlace } from './catalog-place.js';
import { catalogWholeDossierSources } from './catalog-whole-dossier.js';
import type { PageRef, PlannedDerivation, PlannedDossier } from './planned-dossier.js';
import { type ScanPageCounter, scanPageCounter } from './scan-page-counter.js';
import { ScanPathResolver } from './scan-path-resolver.js';
import { type DescribedDocument, splitDocuments } from './split-documents.js';
import { planUndescribed } from './whole-dossier.js';

/** A dossier of a catalog that cannot be digitized, with why. */
export interface UnplannedDossier {
  /** The dossier's code, or `<sheet>!<row>` when it has none. */
  key: string;
  /** Where it is in the catalog. */
  source: string;
  /** Why it cannot be digitized. */
  error: SohoaError;
}

/**
 * How {@link planCatalog} reads a catalog: the importer's options (`importCatalog` of
 * `@sohoa/metadata`), where the scans are, and the package the dossiers will become.
 *
 * @example
 * ```ts
 * const options: PlanCatalogOptions = { creator: 'H49.64.33', archiveCode: 'TTLT1', scansRoot: '/mnt/scans/phong-12' };
 * ```
 */
export interface PlanCatalogOptions
  extends Omit<ImportCatalogOptions, 'packageType' | 'countPages' | 'onDossier'> {
  /** The folder the catalog's file paths ("Đường dẫn file") start from. @default the catalog's folder */
  scansRoot?: string | undefined;
  /**
   * The package the dossiers will become (the run's `packageType`). With `'aip'` and an
   * `archiveCode`, the catalog is imported as AIP records (`packageType: 'aip'` of `importCatalog`):
   * dates written MM/YYYY or YYYY alone (`1963-1965`), which an AIP takes (Thông tư 05/2025 §3.4a),
   * are accepted. Otherwise the records are SIP ones, dates in full (DD/MM/YYYY); a dossier whose
   * only fault is such a date is then reported with the option that would accept it.
   * @default 'aip'
   */
  packageType?: 'aip' | 'sip' | 'none' | undefined;
}

/** Codes of an AIP record the catalog import builds and packaging builds again from the dossier's code. */
const PACKAGING_CODES = ['arcFileCode', 'docOrdinal', 'docCode', 'docId'] as const;

/** What {@link planCatalog} found: the dossiers to digitize and those that cannot be. */
export interface CatalogPlan {
  planned: PlannedDossier[];
  unplanned: UnplannedDossier[];
  /** Each catalog read, with its import's summary (`summarizeCatalog` of `@sohoa/metadata`). */
  catalogs: Array<{ file: string; summary: CatalogSummary }>;
}

/**
 * Plans the digitization of a catalog (`.xlsx`, `.xls` or `.csv`, read by `importCatalog` of
 * `@sohoa/metadata`) whose document rows point at the scans ("Đường dẫn file", relative to the
 * scans folder, by default the catalog's; written as Windows or macOS wrote them: see
 * {@link ScanPathResolver}): an image, a PDF or a multi-page TIFF whose every page is a page, or a
 * folder of such page files (a dossier scanned one image per page), taken in natural file-name order.
 * Empty page counts are counted from the scans, and given ones checked against them, by the
 * importer (`countPages`). A row with no path continues the file of the row above, so a dossier
 * scanned as one PDF is split into its documents by the catalog's page counts ("Số trang"). A
 * dossier row of a catalog of dossiers whose scan holds several documents the catalog does not
 * describe becomes one document of the whole scan, described by the dossier's row (derivations
 * `whole-dossier`). A dossier with invalid metadata (its own or a document's), a missing scan or page counts that do
 * not match its scans is reported in `unplanned`, a missing scan with its row and the closest
 * existing name; the others are planned, with every value the importer derived (and from which
 * cells) in their documents' `derivations`.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` / `INPUT_UNREADABLE` when the catalog cannot be read.
 *
 * @example
 * ```ts
 * import { planCatalog } from '@sohoa/pipeline';
 *
 * const { planned, unplanned } = await planCatalog('muc-luc.xlsx', { creator: 'H49.64.33' });
 * for (const dossier of unplanned) console.log(dossier.key, dossier.error.message);
 * ```
 */
export async function planCatalog(file: string, options: PlanCatalogOptions = {}): Promise<CatalogPlan> {
  const { scansRoot, packageType: runPackage = 'aip', ...importOptions } = options;
  const scans = new ScanPathResolver(scansRoot ?? dirname(resolve(file)));
  // Each scan is found and read once: counted for the import, its pages kept for planning the dossier.
  const counter = scanPageCounter(scans, file);
  const packageType = recordPackage(runPackage, importOptions.archiveCode);
  const plan: CatalogPlan = { planned: [], unplanned: [], catalogs: [] };
  let counts: CatalogCounts | undefined;
  // In catalog order: the dossiers that cannot be digitized, those with invalid metadata waiting for the catalog's issues.
  const failed: Array<UnplannedDossier | { key: string; source: string; invalid: InvalidDossier }> = [];
  // Each dossier planned as it is imported, and let go: the catalog is never held whole as records.
  const catalog = await importCatalog(file, {
    ...importOptions,
    packageType,
    countPages: counter.countPages,
    onDossier: async (imported, { sheets }) => {
      counts = countCatalogDossier(counts, imported);
      const source = `${file}, sheet ${imported.sheet}, row ${imported.row}`;
      const key = imported.fileCode ?? `${imported.sheet}!${imported.row}`;
      try {
        const planning = { file, pagesOf: counter.pagesOf, sheets, fondCodes: importOptions.fondCodes };
        const planned = await planImported(imported, planning).finally(counter.release);
        if ('dossier' in planned) plan.planned.push(planned);
        else failed.push({ key, source, invalid: planned });
      } catch (error) {
        if (!SohoaError.isInstance(error)) throw error;
        failed.push({ key, source, error });
      }
    },
  });
  for (const each of failed) {
    if ('error' in each) plan.unplanned.push(each);
    else {
      const error = catalogMetadataError(each.invalid, catalog.issues, runPackage);
      plan.unplanned.push({ key: each.key, source: each.source, error });
    }
  }
  plan.catalogs.push({ file, summary: summarizeCatalog(catalog, counts) });
  return plan;
}

/** What planning a dossier of a catalog needs besides the dossier. */
interface Planning {
  file: string;
  /** The pages of a row's scan (`ScanPageCounter.pagesOf`). */
  pagesOf: ScanPageCounter['pagesOf'];
  sheets: readonly CatalogSheet[];
  fondCodes: Readonly<Record<string, string>> | undefined;
}

/**
 * The dossier as the pipeline plans it: its code `fileCode` and its fields. An AIP record's
 * `arcFileCode` is dropped: packaging builds it again from the archive code and `fileCode`, an AIP's
 * dossier code (mã hồ sơ, with the catalog number: `ImportedDossier.fileCode`), so the same code.
 */
function plannedRecord(imported: ImportedDossier): Dossier | undefined {
  const record = imported.record;
  if (!record || 'fileCode' in record) return record;
  return imported.fileCode === undefined ? undefined : plannedDossierRecord(record, imported.fileCode);
}

/** A document's fields without the codes packaging builds from the dossier's (see {@link PACKAGING_CODES}). */
function documentFields(fields: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...fields };
  for (const code of PACKAGING_CODES) delete copy[code];
  return copy;
}

/** Plans a dossier of the catalog; one with invalid metadata is returned as such, for {@link catalogMetadataError}. */
async function planImported(
  imported: ImportedDossier,
  planning: Planning,
): Promise<PlannedDossier | InvalidDossier> {
  const { file, pagesOf, sheets, fondCodes } = planning;
  const place = catalogPlace(file, imported.sheet, imported.row);
  const source = place.en;
  // A missing or empty scan first: it is often why the metadata is incomplete (no page count to count).
  const scanPagesOf = new Map<string, PageRef[]>();
  for (const row of [imported, ...imported.documents]) {
    if (row.filePath && !scanPagesOf.has(row.filePath)) {
      const at = catalogPlace(file, row.sheet, row.row);
      scanPagesOf.set(row.filePath, await pagesOf(row.filePath, at));
    }
  }
  const dossier = plannedRecord(imported);
  if (!dossier || imported.documents.some((document) => !document.record)) {
    // Reported once the import has ended: a problem of the whole catalog is reported last, on its first dossier.
    return {
      sheet: imported.sheet,
      rows: [imported.row, ...imported.documents.map((document) => document.row)],
      dossierValid: dossier !== undefined,
      place,
    };
  }
  const ofDossier = imported.derivations.map((each): PlannedDerivation => ({ record: 'dossier', ...each }));
  if (imported.documents.length === 0 && imported.filePath) {
    const pages = scanPagesOf.get(imported.filePath) as PageRef[];
    return planDossierFile(imported, dossier, pages, ofDossier, sheets, place, fondCodes);
  }
  // Rows without a path continue the file above: consecutive rows of one file form a group.
  const groups: Array<{ file: string; documents: DescribedDocument[] }> = [];
  for (const document of imported.documents) {
    const described: DescribedDocument = {
      metadata: documentFields(document.record ?? document.input),
      source: `sheet ${document.sheet}, row ${document.row}`,
      derivations: [
        ...ofDossier,
        ...document.derivations.map((each): PlannedDerivation => ({ record: 'document', ...each })),
      ],
    };
    const last = groups.at(-1);
    if (document.filePath && document.filePath !== last?.file) {
      groups.push({ file: document.filePath, documents: [described] });
    } else if (last) {
      last.documents.push(described);
    } else {
      throw new SohoaError({
        code: 'INPUT_NOT_FOUND',
        message: {
          vi: `${place.vi}: dòng văn bản ${document.row} không nêu tệp bản quét ("Đường dẫn file"), các dòng phía trên cũng không.`,
          en: `${source}: document row ${document.row} names no scan file ("Đường dẫn file"), and no row above it does.`,
        },
        fix: {
          vi: 'Điền đường dẫn của bản quét (ảnh hoặc PDF, tương đối so với mục lục) ở dòng đầu tiên của mỗi tệp.',
          en: 'Fill in the path of the scan (an image or PDF, relative to the catalog) on the first row of each file.',
        },
        details: { source },
      });
    }
  }
  if (groups.length === 0) {
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: {
        vi: `${place.vi}: hồ sơ không liệt kê văn bản nào có tệp bản quét.`,
        en: `${source}: the dossier lists no documents with scan files.`,
      },
      fix: {
        vi: 'Ghi trong mục lục mỗi văn bản một dòng, kèm đường dẫn bản quét của nó ("Đường dẫn file").',
        en: 'Give the catalog one row per document with the path of its scan ("Đường dẫn file").',
      },
      details: { source },
    });
  }
  const described: DescribedDocument[] = [];
  for (const group of groups) {
    const pages = scanPagesOf.get(group.file) as PageRef[];
    const [only] = group.documents;
    if (group.documents.length === 1 && only) described.push({ ...only, pages });
    else described.push(...splitDocuments(pages, group.documents, dossier, `${source} (${group.file})`));
  }
  return { dossier, documents: splitDocuments([], described, dossier, source), source };
}

/**
 * A dossier of a catalog of dossiers, scanned as one file: planned as a dossier folder without a
 * documents list is ({@link planUndescribed}), the whole scan described by the dossier's row when
 * it holds several documents the catalog does not describe.
 */
function planDossierFile(
  imported: ImportedDossier,
  dossier: Dossier,
  pages: PageRef[],
  derivations: PlannedDerivation[],
  sheets: readonly CatalogSheet[],
  place: Bilingual,
  fondCodes: Readonly<Record<string, string>> | undefined,
): PlannedDossier {
  const sources = () => catalogWholeDossierSources(imported, sheets, fondCodes);
  // The row names one scan (a file, or a folder of page files): the dossier was scanned as one.
  const planned = planUndescribed(dossier, pages, place, sources, true);
  return {
    ...planned,
    documents: planned.documents.map((document) => ({
      ...document,
      derivations: [...derivations, ...(document.derivations ?? [])],
    })),
  };
}
