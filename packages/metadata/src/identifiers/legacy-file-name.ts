/** A scan file name of the 2010 guidance (Hướng dẫn 169/HD-VTLTNN), read into its parts. */
export interface LegacyFileName {
  /** Mã cơ quan lưu trữ, e.g. `Q3` (or `Q3-8` with `archiveCodeSegments: 2`). */
  archiveCode: string;
  /** Phông số (fond number). */
  fond: string;
  /** Mục lục số (catalog number). */
  catalog: string;
  /** Hồ sơ số (dossier number). */
  dossier: string;
  /**
   * What the numbers after the dossier mean: `'dossier'` (one file per dossier, `Q3-5-1-10.pdf`),
   * `'sheet-page'` (`Q3-5-1-10-1-1.jpg`, sheet then page), `'page'` (an image numbered
   * continuously through the dossier, `Q3-5-1-10-66.jpg`) or `'first-sheet'` (a PDF of one
   * document named by its first sheet, `Q3-5-1-10-11.pdf`).
   */
  scheme: 'dossier' | 'sheet-page' | 'page' | 'first-sheet';
  /** Tờ số (sheet number), for `sheet-page` and `first-sheet`. */
  sheet?: number;
  /** Trang số (page number), for `sheet-page` and `page`. */
  page?: number;
  /** The extension, lowercase, e.g. `jpg`. */
  extension: string;
}

/** Options of {@link parseLegacyFileName}. */
export interface LegacyFileNameOptions {
  /** How many dash-separated segments the archive code has. Default: `1` (`Q3`); agency archives use `2` (`Q3-8`). */
  archiveCodeSegments?: number;
}

/**
 * Reads a scan file name of the 2010 guidance HD169 (§10 of the standards reference):
 * `<archive>-<fond>-<catalog>-<dossier>[-<sheet>-<page> | -<page> | -<first sheet>].<ext>`. A
 * single trailing number means the continuous page for an image and the first sheet for a PDF.
 *
 * @returns the parts, or `undefined` when the name does not follow the scheme.
 *
 * @example
 * ```ts
 * import { parseLegacyFileName } from '@sohoa/metadata';
 *
 * parseLegacyFileName('Q3-5-1-10-1-1.jpg');
 * // { archiveCode: 'Q3', fond: '5', catalog: '1', dossier: '10', scheme: 'sheet-page', sheet: 1, page: 1, extension: 'jpg' }
 * parseLegacyFileName('Q3-5-1-10.pdf')?.scheme; // 'dossier'
 * ```
 */
export function parseLegacyFileName(
  fileName: string,
  options?: LegacyFileNameOptions,
): LegacyFileName | undefined {
  const baseName = fileName.split(/[/\\]/).pop() ?? '';
  const dot = baseName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = baseName.slice(dot + 1).toLowerCase();
  const segments = baseName.slice(0, dot).split('-');
  const archiveSegments = options?.archiveCodeSegments ?? 1;
  const archiveCode = segments.slice(0, archiveSegments).join('-');
  const numbers = segments.slice(archiveSegments);
  if (!archiveCode || numbers.length < 3 || numbers.length > 5 || !numbers.every((n) => /^\d+$/.test(n))) {
    return undefined;
  }
  const [fond, catalog, dossier, first, second] = numbers as [string, string, string, string?, string?];
  const base = { archiveCode, fond, catalog, dossier, extension };
  if (first === undefined) return { ...base, scheme: 'dossier' };
  if (second !== undefined)
    return { ...base, scheme: 'sheet-page', sheet: Number(first), page: Number(second) };
  return extension === 'pdf'
    ? { ...base, scheme: 'first-sheet', sheet: Number(first) }
    : { ...base, scheme: 'page', page: Number(first) };
}
