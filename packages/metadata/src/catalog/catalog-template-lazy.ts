import { loadNodeEntry } from './catalog-sheets.js';
import type { CatalogTemplateOptions } from './catalog-template.js';

/**
 * Writes the `.xlsx` catalog template to a file (Node only): `writeCatalogTemplate` of
 * `@sohoa/metadata/node`, loaded when called.
 *
 * @deprecated Import `writeCatalogTemplate` from `@sohoa/metadata/node`: it writes a file, which
 * only Node can do, and `@sohoa/metadata` itself now runs in browsers. This re-export is removed
 * in the next minor version.
 *
 * @example
 * ```ts
 * import { writeCatalogTemplate } from '@sohoa/metadata/node';
 *
 * await writeCatalogTemplate('muc-luc-mau.xlsx');
 * ```
 */
export async function writeCatalogTemplate(path: string, options?: CatalogTemplateOptions): Promise<void> {
  return (await loadNodeEntry()).writeCatalogTemplate(path, options);
}
