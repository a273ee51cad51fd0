import { codeError } from './code-error.js';
import { type CodeFormatOptions, separatorOf } from './code-format.js';

/** The parts of the code of a paper original (`paperFileCode`, mã hồ sơ gốc giấy). */
export interface PaperFileCodeParts {
  /** The archive code (mã cơ quan lưu trữ). */
  archiveCode: string;
  /** Where the paper dossier is kept: storeroom, shelf and box as the archive writes them, e.g. `K1-G2-H15`. */
  location: string;
  /** The paper dossier number (số hồ sơ giấy). */
  paperNumber: string | number;
}

/**
 * Builds `paperFileCode`: archive code . storeroom/shelf/box . paper dossier number (§3.4a, row 15).
 * Some archives set `paperFileCode` equal to `arcFileCode` (§15); the schemas accept any text.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when a part is empty or the archive code contains the separator.
 *
 * @example
 * ```ts
 * import { buildPaperFileCode } from '@sohoa/metadata';
 *
 * buildPaperFileCode({ archiveCode: 'TTLT1', location: 'K1-G2-H15', paperNumber: 160 });
 * // 'TTLT1.K1-G2-H15.160'
 * ```
 */
export function buildPaperFileCode(parts: PaperFileCodeParts, options?: CodeFormatOptions): string {
  const separator = separatorOf(options);
  const values = [parts.archiveCode, parts.location, String(parts.paperNumber)];
  if (values.some((value) => !value.trim()) || parts.archiveCode.includes(separator)) {
    throw codeError(
      {
        vi: 'Mã hồ sơ giấy cần mã cơ quan lưu trữ (không chứa dấu phân cách), vị trí (kho-giá-hộp) và số hồ sơ giấy.',
        en: 'A paper dossier code needs an archive code (without the separator), a location and a paper dossier number.',
      },
      {
        vi: 'Cung cấp cả ba, ví dụ { archiveCode: "TTLT1", location: "K1-G2-H15", paperNumber: 160 }.',
        en: 'Give all three, e.g. { archiveCode: "TTLT1", location: "K1-G2-H15", paperNumber: 160 }.',
      },
      { parts },
    );
  }
  return values.join(separator);
}

/**
 * Reads a `paperFileCode`: the first segment is the archive code, the last the paper dossier
 * number, and what lies between is the location.
 *
 * @example
 * ```ts
 * import { parsePaperFileCode } from '@sohoa/metadata';
 *
 * parsePaperFileCode('TTLT1.K1-G2-H15.160');
 * // { archiveCode: 'TTLT1', location: 'K1-G2-H15', paperNumber: '160' }
 * ```
 */
export function parsePaperFileCode(
  code: string,
  options?: CodeFormatOptions,
): { archiveCode: string; location: string; paperNumber: string } | undefined {
  const separator = separatorOf(options);
  const segments = code.split(separator);
  if (segments.length < 3 || segments.some((segment) => segment === '')) return undefined;
  return {
    archiveCode: segments[0] as string,
    location: segments.slice(1, -1).join(separator),
    paperNumber: segments[segments.length - 1] as string,
  };
}
