import { codeError } from './code-error.js';

/**
 * The groups of the level-1 code of an agency electronic identifier (QĐ 20/2020/QĐ-TTg; standards
 * reference §7). Taken from a low-reliability design note: informative only.
 *
 * @example
 * ```ts
 * import { AGENCY_GROUPS } from '@sohoa/metadata';
 *
 * AGENCY_GROUPS.H; // 'Ủy ban nhân dân cấp tỉnh'
 * ```
 */
export const AGENCY_GROUPS = {
  A: 'Cơ quan của Đảng',
  B: 'Văn phòng Chủ tịch nước',
  C: 'Cơ quan của Quốc hội',
  D: 'Tòa án nhân dân tối cao',
  E: 'Viện kiểm sát nhân dân tối cao',
  F: 'Kiểm toán nhà nước',
  G: 'Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  H: 'Ủy ban nhân dân cấp tỉnh',
  I: 'Tổ chức chính trị - xã hội ở trung ương',
  J: 'Tổ chức xã hội ở trung ương',
  K: 'Hội đồng nhân dân cấp tỉnh',
} as const;

/** An agency electronic identifier read into its parts. */
export interface AgencyIdentifier {
  /** The identifier as written, e.g. `000.00.12.H23`. */
  value: string;
  /** The dot-separated groups, in written order. */
  segments: string[];
  /** The level-1 code, a letter and two digits, e.g. `H23`. */
  levelOne: string;
  /** Whether the level-1 code is written last (`000.00.00.G09`, the QĐ 20/2020 form) or first (`H49.64.33`). */
  levelOnePosition: 'last' | 'first';
  /** The name of the level-1 group, from {@link AGENCY_GROUPS}. */
  group: string;
}

const LEVEL_ONE = /^[A-K]\d{2}$/;
const LOWER_LEVEL = /^\d{2,3}$/;

/**
 * Reads an agency electronic identifier (mã định danh điện tử). Both forms seen in practice are
 * accepted (standards reference §15): the level-1 code (letter A–K and two digits) last, as in
 * `000.00.00.G09` (13 characters), or first, as in `H49.64.33`; the other groups are 2 or 3
 * digits, 1 to 3 of them. Returns `undefined` for anything else. The formal segment definition is
 * UNVERIFIED, so nothing beyond this shape is checked.
 *
 * @example
 * ```ts
 * import { parseAgencyIdentifier } from '@sohoa/metadata';
 *
 * parseAgencyIdentifier('000.00.12.H14')?.levelOne; // 'H14'
 * parseAgencyIdentifier('H49.64.33')?.levelOnePosition; // 'first'
 * parseAgencyIdentifier('UBND-QN'); // undefined
 * ```
 */
export function parseAgencyIdentifier(value: string): AgencyIdentifier | undefined {
  const segments = value.split('.');
  if (segments.length < 2 || segments.length > 4) return undefined;
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  let levelOnePosition: 'last' | 'first';
  let rest: string[];
  if (LEVEL_ONE.test(last)) {
    levelOnePosition = 'last';
    rest = segments.slice(0, -1);
  } else if (LEVEL_ONE.test(first)) {
    levelOnePosition = 'first';
    rest = segments.slice(1);
  } else {
    return undefined;
  }
  if (!rest.every((segment) => LOWER_LEVEL.test(segment))) return undefined;
  const levelOne = levelOnePosition === 'last' ? last : first;
  const group = AGENCY_GROUPS[levelOne[0] as keyof typeof AGENCY_GROUPS];
  return { value, segments, levelOne, levelOnePosition, group };
}

/**
 * Checks an agency electronic identifier and returns it unchanged, or throws.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when it has neither accepted shape.
 *
 * @example
 * ```ts
 * import { assertAgencyIdentifier } from '@sohoa/metadata';
 *
 * assertAgencyIdentifier('000.00.00.G09'); // '000.00.00.G09'
 * ```
 */
export function assertAgencyIdentifier(value: string): string {
  if (parseAgencyIdentifier(value)) return value;
  throw codeError(
    {
      vi: `"${value}" không phải mã định danh điện tử của cơ quan, tổ chức.`,
      en: `"${value}" is not an agency electronic identifier (mã định danh điện tử).`,
    },
    {
      vi: 'Ghi đúng như mã đã được cấp, ví dụ 000.00.00.G09 (mã cấp 1 ở cuối) hoặc H49.64.33 (mã cấp 1 ở đầu).',
      en: 'Write it as issued, e.g. 000.00.00.G09 (level-1 code last) or H49.64.33 (level-1 code first).',
    },
    { value },
  );
}
