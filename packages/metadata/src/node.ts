/**
 * `@sohoa/metadata/node`: the part of the package that needs Node — reading a catalog from a file
 * path (streamed from disk; `.xlsx` through yauzl) and writing the catalog template to a file.
 * Everything else (schemas, codes, validation, `importCatalog` from bytes, EAD XML) is in
 * `@sohoa/metadata` and runs in browsers too.
 *
 * @packageDocumentation
 */
import type { CatalogImport, ImportCatalogOptions } from './catalog/catalog-import-types.js';
import { importCatalogWith } from './catalog/import-catalog.js';
import type { CatalogSource } from './catalog/read-sheet-bytes.js';
import { readSheets } from './catalog/read-sheets.js';

export { type CatalogTemplateOptions, writeCatalogTemplate } from './catalog/catalog-template.js';
export type { CatalogSource, ReadSheetsOptions } from './catalog/read-sheet-bytes.js';
export {
  type CellRange,
  type CellValue,
  type RawSheet,
  readSheets,
  type SheetNote,
} from './catalog/read-sheets.js';

/**
 * `importCatalog` of `@sohoa/metadata` with the Node reader imported directly (a path streamed
 * from disk, `.xlsx` through yauzl), for Node programs — bundled ones too, where the main entry's
 * run-time load of this reader would not be found. Same options, results and errors.
 *
 * @param file - the path of the file, or its bytes with a file name.
 *
 * @example
 * ```ts
 * import { importCatalog } from '@sohoa/metadata/node';
 *
 * const catalog = await importCatalog('muc-luc-phong-UBND.xlsx', { creator: 'H49.64.33' });
 * ```
 */
export function importCatalog(
  file: string | CatalogSource,
  options: ImportCatalogOptions = {},
): Promise<CatalogImport> {
  return importCatalogWith(readSheets, file, options);
}
