import { DOC_ID_MAX_LENGTH } from '../document/document-fields.js';
import { codeError } from './code-error.js';
import { type CodeFormatOptions, separatorOf } from './code-format.js';

/** Options of {@link buildDocCode}. */
export interface DocCodeOptions extends CodeFormatOptions {
  /** Digits of the zero-padded ordinal. Default: `7` (`0000001`), the circular's rule (§3.6). */
  padding?: number;
}

function checkOrdinal(ordinal: number): void {
  if (!Number.isInteger(ordinal) || ordinal < 1) {
    throw codeError(
      {
        vi: `Số thứ tự ${ordinal} của văn bản trong hồ sơ phải là số nguyên từ 1 trở lên.`,
        en: `The ordinal ${ordinal} of a document in its dossier must be a whole number from 1.`,
      },
      {
        vi: 'Đánh số các văn bản 1, 2, 3 … theo thứ tự trong hồ sơ.',
        en: 'Number documents 1, 2, 3 … in dossier order.',
      },
      { ordinal },
    );
  }
}

/**
 * Builds the archival code of a document (`docCode`; also `arcDocCode` when given an
 * `arcFileCode`): the dossier code + the ordinal of the document in the dossier, zero-padded to 7
 * digits.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the ordinal is not a whole number ≥ 1 or has more digits than the padding.
 *
 * @example
 * ```ts
 * import { buildDocCode } from '@sohoa/metadata';
 *
 * buildDocCode('H49.64.33.2001.160', 1); // 'H49.64.33.2001.160.0000001'
 * buildDocCode('H49.64.33.2001.160', 12, { padding: 3 }); // 'H49.64.33.2001.160.012'
 * ```
 */
export function buildDocCode(fileCode: string, ordinal: number, options?: DocCodeOptions): string {
  checkOrdinal(ordinal);
  const padding = options?.padding ?? 7;
  if (String(ordinal).length > padding) {
    throw codeError(
      {
        vi: `Số thứ tự ${ordinal} có nhiều hơn ${padding} chữ số.`,
        en: `The ordinal ${ordinal} has more than ${padding} digits.`,
      },
      {
        vi: 'Tách hồ sơ, hoặc tăng tùy chọn padding.',
        en: 'Split the dossier, or raise the padding option.',
      },
      { fileCode, ordinal, padding },
    );
  }
  return `${fileCode}${separatorOf(options)}${String(ordinal).padStart(padding, '0')}`;
}

/**
 * Reads a document code (`docCode`, `arcDocCode` or `docId`) into the dossier code and the
 * ordinal: the last segment, all digits, padded or not.
 *
 * @example
 * ```ts
 * import { parseDocCode } from '@sohoa/metadata';
 *
 * parseDocCode('H49.64.33.2001.160.0000012'); // { fileCode: 'H49.64.33.2001.160', ordinal: 12 }
 * parseDocCode('H49.64.33.2001.160.1'); // { fileCode: 'H49.64.33.2001.160', ordinal: 1 }
 * ```
 */
export function parseDocCode(
  code: string,
  options?: CodeFormatOptions,
): { fileCode: string; ordinal: number } | undefined {
  const separator = separatorOf(options);
  const at = code.lastIndexOf(separator);
  if (at <= 0) return undefined;
  const last = code.slice(at + separator.length);
  if (!/^\d+$/.test(last) || Number(last) < 1) return undefined;
  return { fileCode: code.slice(0, at), ordinal: Number(last) };
}

/** Options of {@link buildDocId}. */
export interface DocIdOptions extends CodeFormatOptions {
  /** Longest identifier accepted. Default: `25`, the length the circular gives `docId`. */
  maxLength?: number;
}

/**
 * Builds the document identifier (`docId`): the dossier code + the ordinal, not padded, at most 25
 * characters.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the ordinal is invalid or the result is too long.
 *
 * @example
 * ```ts
 * import { buildDocId } from '@sohoa/metadata';
 *
 * buildDocId('H49.64.33.2001.160', 1); // 'H49.64.33.2001.160.1'
 * ```
 */
export function buildDocId(fileCode: string, ordinal: number, options?: DocIdOptions): string {
  checkOrdinal(ordinal);
  const docId = `${fileCode}${separatorOf(options)}${ordinal}`;
  const maxLength = options?.maxLength ?? DOC_ID_MAX_LENGTH;
  if (docId.length > maxLength) {
    throw codeError(
      {
        vi: `Mã định danh văn bản "${docId}" có ${docId.length} ký tự; docId chỉ cho phép ${maxLength}.`,
        en: `The document identifier "${docId}" has ${docId.length} characters; docId allows ${maxLength}.`,
      },
      {
        vi: 'Dùng mã hồ sơ ngắn hơn, hoặc đặt maxLength nếu lưu trữ của bạn quy định docId dài hơn.',
        en: 'Use a shorter dossier code, or set maxLength if your archive pins a longer docId.',
      },
      { fileCode, ordinal, docId },
    );
  }
  return docId;
}
