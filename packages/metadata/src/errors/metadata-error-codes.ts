import type { BaseErrorCode } from '@sohoa/base';

/**
 * The error codes of `@sohoa/metadata` (archive metadata and catalogs), with what each means. Its functions also throw
 * the codes of `@sohoa/base` (`INPUT_NOT_FOUND`, `INPUT_UNREADABLE`, …).
 *
 * @example
 * ```ts
 * import { METADATA_ERROR_CODES } from '@sohoa/metadata';
 *
 * for (const [code, meaning] of Object.entries(METADATA_ERROR_CODES)) console.log(code, meaning);
 * ```
 */
export const METADATA_ERROR_CODES = {
  METADATA_INVALID: 'Archive metadata does not satisfy the national standard (Thông tư 05/2025/TT-BNV).',
  CATALOG_LIMIT_EXCEEDED:
    'A catalog spreadsheet exceeds a safety limit (ZIP entries, uncompressed size, compression ratio, rows): a possible zip bomb.',
} as const;

/**
 * A code `@sohoa/metadata` throws: its own ({@link METADATA_ERROR_CODES}) or one it passes on.
 *
 * @example
 * ```ts
 * import type { MetadataErrorCode } from '@sohoa/metadata';
 *
 * const code: MetadataErrorCode = 'METADATA_INVALID';
 * ```
 */
export type MetadataErrorCode = keyof typeof METADATA_ERROR_CODES | BaseErrorCode;
