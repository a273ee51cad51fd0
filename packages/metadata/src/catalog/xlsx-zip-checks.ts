import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
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
      { vi: `số mục ZIP (${entryCount})`, en: `the number of ZIP entries (${entryCount})` },
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
        {
          vi: `tỷ lệ nén của "${entry.fileName}" (${Math.round(ratio)}:1)`,
          en: `the compression ratio of "${entry.fileName}" (${Math.round(ratio)}:1)`,
        },
        'maxCompressionRatio',
        limits.maxCompressionRatio,
      );
    }
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw spreadsheetLimitError(
        fileName,
        {
          vi: `dung lượng sau giải nén đã khai của các mục (đến lúc này ${total} byte)`,
          en: `the declared uncompressed size of its entries (${total} bytes so far)`,
        },
        'maxUncompressedBytes',
        limits.maxUncompressedBytes,
      );
    }
  }
}

/** What is wrong with the part `name` of an `.xlsx`, from its reader's `message` (its XML, when `inXml`). */
export function partProblem(name: string, message: string, inXml: boolean): Bilingual {
  return inXml
    ? { vi: `"${name}" chứa ${message}`, en: `"${name}" holds ${message}` }
    : { vi: `"${name}": ${message}`, en: `"${name}": ${message}` };
}

/** The error for a damaged `.xlsx`: what is wrong with it, and how to get a readable copy. */
export function unreadable(fileName: string, why: Bilingual, cause?: unknown): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'INPUT_UNREADABLE',
    message: {
      vi: `Không đọc được "${fileName}" như một tệp .xlsx: ${why.vi}.`,
      en: `"${fileName}" is not a readable .xlsx workbook: ${why.en}.`,
    },
    fix: {
      vi: 'Mở tệp bằng chương trình bảng tính rồi lưu lại dưới dạng .xlsx (Excel Workbook), hoặc xuất ra tệp .csv.',
      en: 'Open it in a spreadsheet program and save it again as .xlsx (Excel Workbook), or export a .csv.',
    },
    ...(cause === undefined ? {} : { cause }),
    details: { path: fileName },
  });
}
