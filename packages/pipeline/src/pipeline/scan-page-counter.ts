import { type Bilingual, SohoaError } from '@sohoa/base';
import type { ImportCatalogOptions } from '@sohoa/metadata';
import { catalogPlace } from './catalog-place.js';
import type { PageRef } from './planned-dossier.js';
import { scanPages } from './scan-pages.js';
import type { ScanPathResolver } from './scan-path-resolver.js';

/** The page counter a catalog import is given, and the scans it could not count. */
export interface ScanPageCounter {
  /** `importCatalog`'s `countPages`: the pages of a row's scan, `undefined` when it cannot be counted. */
  countPages: NonNullable<ImportCatalogOptions['countPages']>;
  /**
   * The pages of a row's scan (`scanPages`), found and read once: what `countPages` counted is
   * kept until {@link ScanPageCounter.release}, so planning a dossier reads none of its scans again.
   * @throws {@link @sohoa/core!SohoaError | SohoaError} as `ScanPathResolver.find` and `scanPages`.
   */
  pagesOf(path: string, place: Bilingual): Promise<PageRef[]>;
  /** Lets go of the pages kept (once a dossier is planned): memory stays that of one dossier. */
  release(): void;
  /** Why each scan that could not be counted was not (missing, ambiguous, unreadable), in the order met. */
  problems: SohoaError[];
}

/**
 * Counts the pages of a catalog's scans for `importCatalog` (`countPages`): a PDF's pages, a
 * multi-page TIFF's pages, 1 for any other image, the pages of a folder of page files (`scanPages`). The path is found under the scans folder by
 * `scans`; a scan that is missing or unreadable counts as `undefined` (the importer then leaves
 * the count empty) and its error, naming the catalog row, is kept in `problems`.
 *
 * @param catalog The catalog's path, for the messages.
 *
 * @example
 * ```ts
 * const counter = scanPageCounter(new ScanPathResolver('/mnt/scans'), 'muc-luc.xlsx');
 * const catalog = await importCatalog('muc-luc.xlsx', { countPages: counter.countPages });
 * for (const problem of counter.problems) console.log(problem.message);
 * ```
 */
export function scanPageCounter(scans: ScanPathResolver, catalog: string): ScanPageCounter {
  const problems: SohoaError[] = [];
  let kept = new Map<string, Promise<PageRef[]>>();
  const pagesOf: ScanPageCounter['pagesOf'] = (path, place) => {
    let pages = kept.get(path);
    if (!pages) {
      pages = scans.find(path, place).then((found) => scanPages(found.path, place, found.directory));
      kept.set(path, pages);
    }
    return pages;
  };
  const countPages: ScanPageCounter['countPages'] = async (path, where) => {
    try {
      return (await pagesOf(path, catalogPlace(catalog, where.sheet, where.row))).length;
    } catch (error) {
      if (!SohoaError.isInstance(error)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const release = () => {
    kept = new Map();
  };
  return { countPages, problems, pagesOf, release };
}
