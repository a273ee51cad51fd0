import { SohoaError } from '@sohoa/base';
import type { ImportCatalogOptions } from '@sohoa/metadata';
import { catalogPlace } from './catalog-place.js';
import { scanPages } from './scan-pages.js';
import type { ScanPathResolver } from './scan-path-resolver.js';

/** The page counter a catalog import is given, and the scans it could not count. */
export interface ScanPageCounter {
  /** `importCatalog`'s `countPages`: the pages of a row's scan, `undefined` when it cannot be counted. */
  countPages: NonNullable<ImportCatalogOptions['countPages']>;
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
  const countPages: ScanPageCounter['countPages'] = async (path, where) => {
    try {
      const place = catalogPlace(catalog, where.sheet, where.row);
      return (await scanPages(await scans.resolve(path, place), place)).length;
    } catch (error) {
      if (!SohoaError.isInstance(error)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  return { countPages, problems };
}
