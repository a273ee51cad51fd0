import { codeError } from './code-error.js';
import { type CodeFormatOptions, separatorOf } from './code-format.js';

/** The parts of a dossier code (`fileCode`, mã hồ sơ; standards reference §3.6). */
export interface DossierCodeParts {
  /**
   * Who formed the dossier: an agency electronic identifier (`H49.64.33`, `000.00.00.G09`), or, in
   * a closed fond (phông đóng), the fond code (`P623`).
   */
  creator: string;
  /** The year the dossier was formed, 4 digits. */
  year: string | number;
  /** The dossier number and symbol (số và ký hiệu hồ sơ), e.g. `160` or `01.TCCB`. */
  notation: string;
}

const YEAR = /^\d{4}$/;

function checkParts(parts: DossierCodeParts): void {
  const year = String(parts.year);
  if (!YEAR.test(year)) {
    throw codeError(
      {
        vi: `Năm "${year}" trong mã hồ sơ phải có 4 chữ số.`,
        en: `The year "${year}" of a dossier code must have 4 digits.`,
      },
      { vi: 'Ghi năm hình thành hồ sơ, ví dụ 2001.', en: 'Give the year the dossier was formed, e.g. 2001.' },
      { parts },
    );
  }
  if (!parts.creator.trim() || !parts.notation.trim()) {
    throw codeError(
      {
        vi: 'Mã hồ sơ cần mã cơ quan (mã định danh hoặc mã phông) và số, ký hiệu hồ sơ.',
        en: 'A dossier code needs the creator (agency identifier or fond code) and the dossier number and symbol.',
      },
      {
        vi: 'Cung cấp cả hai, ví dụ { creator: "H49.64.33", year: 2001, notation: "160" }.',
        en: 'Give both, e.g. { creator: "H49.64.33", year: 2001, notation: "160" }.',
      },
      { parts },
    );
  }
}

/**
 * Builds the dossier code of a SIP (`fileCode`): creator + year + dossier number and symbol,
 * joined with the separator, e.g. `H49.64.33.2001.160`.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the year is not 4 digits or a part is empty.
 *
 * @example
 * ```ts
 * import { buildFileCode } from '@sohoa/metadata';
 *
 * buildFileCode({ creator: 'H49.64.33', year: 2001, notation: '160' }); // 'H49.64.33.2001.160'
 * buildFileCode({ creator: '000.00.00.G09', year: 2021, notation: '01.TCCB' }); // '000.00.00.G09.2021.01.TCCB'
 * ```
 */
export function buildFileCode(parts: DossierCodeParts, options?: CodeFormatOptions): string {
  checkParts(parts);
  return [parts.creator, String(parts.year), parts.notation].join(separatorOf(options));
}

/**
 * Reads a dossier code into creator, year and notation: the year is the first 4-digit segment
 * after at least one creator segment; everything after it is the notation.
 *
 * @returns the parts, with `year` as a string, or `undefined` when no year segment is found.
 *
 * @example
 * ```ts
 * import { parseFileCode } from '@sohoa/metadata';
 *
 * parseFileCode('000.00.00.G09.2021.01.TCCB');
 * // { creator: '000.00.00.G09', year: '2021', notation: '01.TCCB' }
 * ```
 */
export function parseFileCode(
  code: string,
  options?: CodeFormatOptions,
): { creator: string; year: string; notation: string } | undefined {
  const separator = separatorOf(options);
  const segments = code.split(separator);
  for (let index = 1; index < segments.length - 1; index++) {
    if (YEAR.test(segments[index] ?? '')) {
      return {
        creator: segments.slice(0, index).join(separator),
        year: segments[index] as string,
        notation: segments.slice(index + 1).join(separator),
      };
    }
  }
  return undefined;
}

/** The parts of an archival dossier code (`arcFileCode`). */
export interface ArcFileCodeParts extends DossierCodeParts {
  /** The code of the archive holding the dossier (mã cơ quan lưu trữ). */
  archiveCode: string;
  /** The catalog number (mục lục số), if the fond has numbered catalogs. */
  catalog?: string | number;
}

/** Options of {@link buildArcFileCode} and {@link parseArcFileCode}. */
export interface ArcFileCodeOptions extends CodeFormatOptions {
  /**
   * Where the catalog number goes: `'last'` (after the notation, as the digest lists it) or
   * `'afterCreator'` (between the creator and the year). Default: `'last'`. The circular's order
   * for closed fonds is UNVERIFIED (standards reference §3.6).
   */
  catalogPosition?: 'last' | 'afterCreator';
}

/**
 * Builds the archival dossier code of an AIP (`arcFileCode`): archive code + dossier code, where
 * the dossier code is creator (agency identifier, or fond code for a closed fond) + year +
 * notation, plus the catalog number if any.
 *
 * @example
 * ```ts
 * import { buildArcFileCode } from '@sohoa/metadata';
 *
 * buildArcFileCode({ archiveCode: 'TTLT1', creator: 'H49.64.33', year: 2001, notation: '160' });
 * // 'TTLT1.H49.64.33.2001.160'
 * buildArcFileCode({ archiveCode: 'TTLT1', creator: 'P623', year: 1962, notation: '45', catalog: 2 });
 * // 'TTLT1.P623.1962.45.2'
 * buildArcFileCode(
 *   { archiveCode: 'TTLT1', creator: 'P623', year: 1962, notation: '45', catalog: 2 },
 *   { catalogPosition: 'afterCreator' },
 * ); // 'TTLT1.P623.2.1962.45'
 * ```
 */
export function buildArcFileCode(parts: ArcFileCodeParts, options?: ArcFileCodeOptions): string {
  checkParts(parts);
  if (!parts.archiveCode.trim()) {
    throw codeError(
      {
        vi: 'Mã hồ sơ lưu trữ cần mã của cơ quan lưu trữ.',
        en: 'An archival dossier code needs the archive code.',
      },
      {
        vi: 'Cung cấp archiveCode, mã của cơ quan lưu trữ của bạn.',
        en: 'Give archiveCode, the code of your archive.',
      },
      { parts },
    );
  }
  const catalog = parts.catalog === undefined || parts.catalog === '' ? [] : [String(parts.catalog)];
  const afterCreator = options?.catalogPosition === 'afterCreator';
  const segments = [
    parts.archiveCode,
    parts.creator,
    ...(afterCreator ? catalog : []),
    String(parts.year),
    parts.notation,
    ...(afterCreator ? [] : catalog),
  ];
  return segments.join(separatorOf(options));
}

/** Options of {@link parseArcFileCode}. */
export interface ParseArcFileCodeOptions extends ArcFileCodeOptions {
  /** The archive code the code starts with; the archive knows its own. */
  archiveCode: string;
  /** Whether the code carries a catalog number. Default: `false`. */
  withCatalog?: boolean;
}

/**
 * Reads an archival dossier code built by {@link buildArcFileCode} with the same options.
 *
 * @returns the parts (year as a string), or `undefined` when the code does not start with the
 * archive code or has no year segment.
 *
 * @example
 * ```ts
 * import { parseArcFileCode } from '@sohoa/metadata';
 *
 * parseArcFileCode('TTLT1.P623.1962.45.2', { archiveCode: 'TTLT1', withCatalog: true });
 * // { archiveCode: 'TTLT1', creator: 'P623', year: '1962', notation: '45', catalog: '2' }
 * ```
 */
export function parseArcFileCode(
  code: string,
  options: ParseArcFileCodeOptions,
): { archiveCode: string; creator: string; year: string; notation: string; catalog?: string } | undefined {
  const separator = separatorOf(options);
  const prefix = `${options.archiveCode}${separator}`;
  if (!code.startsWith(prefix)) return undefined;
  let rest = code.slice(prefix.length);
  let catalog: string | undefined;
  if (options.withCatalog && options.catalogPosition !== 'afterCreator') {
    const at = rest.lastIndexOf(separator);
    if (at < 0) return undefined;
    catalog = rest.slice(at + separator.length);
    rest = rest.slice(0, at);
  }
  const parts = parseFileCode(rest, options);
  if (!parts) return undefined;
  if (options.withCatalog && options.catalogPosition === 'afterCreator') {
    const at = parts.creator.lastIndexOf(separator);
    if (at < 0) return undefined;
    catalog = parts.creator.slice(at + separator.length);
    parts.creator = parts.creator.slice(0, at);
  }
  return { archiveCode: options.archiveCode, ...parts, ...(catalog === undefined ? {} : { catalog }) };
}
