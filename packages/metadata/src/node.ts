/**
 * `@sohoa/metadata/node`: the part of the package that needs Node — reading a catalog from a file
 * path (streamed from disk; `.xlsx` through yauzl) and writing the catalog template to a file.
 * Everything else (schemas, codes, validation, `importCatalog` from bytes, EAD XML) is in
 * `@sohoa/metadata` and runs in browsers too.
 *
 * @packageDocumentation
 */
export { type CatalogTemplateOptions, writeCatalogTemplate } from './catalog/catalog-template.js';
export { importCatalog } from './catalog/import-catalog.js';
export type { CatalogSource, ReadSheetsOptions } from './catalog/read-sheet-bytes.js';
export {
  type CellRange,
  type CellValue,
  type RawSheet,
  readSheets,
  type SheetNote,
} from './catalog/read-sheets.js';
