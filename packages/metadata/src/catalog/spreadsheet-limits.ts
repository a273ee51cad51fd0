import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';

/**
 * Safety limits of the catalog reader, checked on the ZIP's central directory before anything is
 * inflated, and again while inflating (declared sizes can lie). Each is overridable; past one,
 * reading stops with `CATALOG_LIMIT_EXCEEDED` naming it.
 *
 * @example
 * ```ts
 * import { importCatalog } from '@sohoa/metadata';
 *
 * // A trusted catalog of 800,000 documents in one file:
 * await importCatalog('muc-luc.xlsx', { limits: { maxRows: 1_000_000, maxCells: 30_000_000 } });
 * ```
 */
export interface SpreadsheetLimits {
  /** Most entries (files) in an `.xlsx` ZIP. Default: `10000` (a workbook has a few dozen). */
  maxEntries: number;
  /**
   * Most bytes the entries of an `.xlsx` inflate to, added up. Default: `1073741824` (1 GiB,
   * about 1,500,000 rows of 20 columns).
   */
  maxUncompressedBytes: number;
  /**
   * Highest compression ratio of an entry larger than 1 MiB inflated. Default: `200` (sheets
   * compress 5–50 times, even a million empty formatted rows about 30 times; a zip bomb 1,000).
   */
  maxCompressionRatio: number;
  /**
   * Most rows holding a value, in all sheets together (empty rows, formatted or not, do not
   * count). Default: `500000`.
   */
  maxRows: number;
  /**
   * Most cells of those rows, counted up to the last holding a value in each row. Default:
   * `20000000` (held in memory, about 300 MB).
   */
  maxCells: number;
}

/**
 * The default {@link SpreadsheetLimits}.
 *
 * @example
 * ```ts
 * import { DEFAULT_SPREADSHEET_LIMITS } from '@sohoa/metadata';
 *
 * DEFAULT_SPREADSHEET_LIMITS.maxRows; // 500000
 * ```
 */
export const DEFAULT_SPREADSHEET_LIMITS: Readonly<SpreadsheetLimits> = Object.freeze({
  maxEntries: 10_000,
  maxUncompressedBytes: 1024 ** 3,
  maxCompressionRatio: 200,
  maxRows: 500_000,
  maxCells: 20_000_000,
});

/** The `CATALOG_LIMIT_EXCEEDED` error of a limit of {@link SpreadsheetLimits}. */
export function spreadsheetLimitError(
  fileName: string,
  what: Bilingual,
  option: keyof SpreadsheetLimits,
  limit: number,
): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'CATALOG_LIMIT_EXCEEDED',
    message: {
      vi: `Mục lục "${fileName}": ${what.vi} vượt giới hạn ${limit} (limits.${option}); tệp không được đọc tiếp.`,
      en: `The catalog "${fileName}": ${what.en} exceeds the limit of ${limit} (limits.${option}); it was not read further.`,
    },
    fix: {
      vi: `Nếu đúng là tệp mục lục, hãy tăng limits.${option} (tùy chọn của importCatalog), hoặc chia mục lục thành nhiều tệp.`,
      en: `If the file is a genuine catalog, raise limits.${option} (an option of importCatalog), or split the catalog into several files.`,
    },
    details: { path: fileName, option, limit },
  });
}
