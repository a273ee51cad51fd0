import type { BaseErrorCode } from '@sohoa/base';
import type { MetadataErrorCode } from '@sohoa/metadata';

/**
 * The error codes of `@sohoa/ip` (information packages), with what each means. Its functions also throw
 * the codes of `@sohoa/base` and `METADATA_INVALID` of `@sohoa/metadata` for an invalid record.
 *
 * @example
 * ```ts
 * import { IP_ERROR_CODES } from '@sohoa/ip';
 *
 * for (const [code, meaning] of Object.entries(IP_ERROR_CODES)) console.log(code, meaning);
 * ```
 */
export const IP_ERROR_CODES = {
  PACKAGE_CORRUPT: 'An information package (ZIP) is truncated or damaged and cannot be read.',
  PACKAGE_UNSAFE_PATH:
    'An information package holds a path that escapes it: an absolute path, "..", a backslash or a symbolic link.',
  PACKAGE_LIMIT_EXCEEDED:
    'An information package exceeds a safety limit (entry count, total or per-file size, compression ratio): a possible zip bomb.',
} as const;

/**
 * A code `@sohoa/ip` throws: its own ({@link IP_ERROR_CODES}) or one it passes on.
 *
 * @example
 * ```ts
 * import type { IpErrorCode } from '@sohoa/ip';
 *
 * const code: IpErrorCode = 'PACKAGE_CORRUPT';
 * ```
 */
export type IpErrorCode =
  | keyof typeof IP_ERROR_CODES
  | BaseErrorCode
  | Extract<MetadataErrorCode, 'METADATA_INVALID'>;
