import type { Bilingual } from '@sohoa/base';

/**
 * A row of a catalog as error messages name it, in both languages: `muc-luc.xlsx, sheet Hồ sơ, row 4`
 * / `muc-luc.xlsx, trang tính Hồ sơ, dòng 4`. The English one is also the `source` recorded in plans.
 *
 * @example
 * ```ts
 * catalogPlace('muc-luc.xlsx', 'Hồ sơ', 4).vi; // 'muc-luc.xlsx, trang tính Hồ sơ, dòng 4'
 * ```
 */
export function catalogPlace(file: string, sheet: string, row: number): Bilingual {
  return { vi: `${file}, trang tính ${sheet}, dòng ${row}`, en: `${file}, sheet ${sheet}, row ${row}` };
}
