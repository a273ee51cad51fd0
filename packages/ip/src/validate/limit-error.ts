import { type Bilingual, SohoaError } from '@sohoa/base';
import type { IpErrorCode } from '../errors/ip-error-codes.js';

/** The `PACKAGE_LIMIT_EXCEEDED` error of a limit of {@link PackageLimits}. */
export function limitError(
  what: Bilingual,
  limit: number,
  option: string,
  path?: string,
): SohoaError<IpErrorCode> {
  const where = path ? ` ("${path}")` : '';
  return new SohoaError<IpErrorCode>({
    code: 'PACKAGE_LIMIT_EXCEEDED',
    message: {
      vi: `[@sohoa/ip] validatePackage: ${what.vi} vượt giới hạn ${limit}${where}.`,
      en: `[@sohoa/ip] validatePackage: ${what.en} exceeds the limit of ${limit}${where}.`,
    },
    fix: {
      vi: `Nếu gói đáng tin cậy, hãy tăng limits.${option}.`,
      en: `If the package is trusted, raise limits.${option}.`,
    },
    details: { limit, option, ...(path ? { path } : {}) },
  });
}
