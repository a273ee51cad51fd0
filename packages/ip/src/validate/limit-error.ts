import { SohoaError } from '@sohoa/base';

/** The `PACKAGE_LIMIT_EXCEEDED` error of a limit of {@link PackageLimits}. */
export function limitError(what: string, limit: number, option: string, path?: string): SohoaError {
  return new SohoaError({
    code: 'PACKAGE_LIMIT_EXCEEDED',
    message: `[@sohoa/ip] validatePackage: ${what} exceeds the limit of ${limit}${path ? ` ("${path}")` : ''}.`,
    fix: `If the package is trusted, raise limits.${option}.`,
    details: { limit, option, ...(path ? { path } : {}) },
  });
}
