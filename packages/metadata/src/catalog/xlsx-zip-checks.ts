import { SohoaError } from '@sohoa/base';
import { type SpreadsheetLimits, spreadsheetLimitError } from './spreadsheet-limits.js';

/** Entries smaller than this inflated are never judged by their compression ratio. */
const RATIO_FLOOR = 1024 ** 2;

/** What a ZIP's central directory declares about one entry. */
export interface ZipDirectoryEntry {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

/**
 * Checks an `.xlsx` ZIP's central directory against the limits before any entry is inflated:
 * entry count, compression ratio of each entry, declared uncompressed total.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `CATALOG_LIMIT_EXCEEDED` past a limit.
 */
export function checkZipDirectory(
  entries: Iterable<ZipDirectoryEntry>,
  entryCount: number,
  fileName: string,
  limits: SpreadsheetLimits,
): void {
  if (entryCount > limits.maxEntries) {
    throw spreadsheetLimitError(
      fileName,
      `the number of ZIP entries (${entryCount})`,
      'maxEntries',
      limits.maxEntries,
    );
  }
  let total = 0;
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR && ratio > limits.maxCompressionRatio) {
      throw spreadsheetLimitError(
        fileName,
        `the compression ratio of "${entry.fileName}" (${Math.round(ratio)}:1)`,
        'maxCompressionRatio',
        limits.maxCompressionRatio,
      );
    }
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw spreadsheetLimitError(
        fileName,
        `the declared uncompressed size of its entries (${total} bytes so far)`,
        'maxUncompressedBytes',
        limits.maxUncompressedBytes,
      );
    }
  }
}

/** The error for a damaged `.xlsx`: what is wrong with it, and how to get a readable copy. */
export function unreadable(fileName: string, why: string, cause?: unknown): SohoaError {
  return new SohoaError({
    code: 'INPUT_UNREADABLE',
    message: `"${fileName}" is not a readable .xlsx workbook: ${why}.`,
    fix: 'Open it in a spreadsheet program and save it again as .xlsx (Excel Workbook), or export a .csv.',
    ...(cause === undefined ? {} : { cause }),
    details: { path: fileName },
  });
}
