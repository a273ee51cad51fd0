import { type Bilingual, SohoaError } from '@sohoa/base';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import type { PackageLimits } from './package-source.js';

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

/**
 * Refuses to read into memory a file of the package larger than `limits[limit]` allows (an XML
 * file, or a PDF that must be inflated): throws the `PACKAGE_LIMIT_EXCEEDED` error naming it.
 *
 * @example
 * ```ts
 * checkFileSize('METS.xml', files.get('METS.xml') ?? 0, limits, 'maxXmlBytes');
 * ```
 */
export function checkFileSize(
  path: string,
  size: number,
  limits: Required<PackageLimits>,
  limit: 'maxXmlBytes' | 'maxPdfBytes',
): void {
  if (size > limits[limit])
    throw limitError(
      { vi: `dung lượng một tệp (${size} byte)`, en: `the size of a file (${size} bytes)` },
      limits[limit],
      limit,
      path,
    );
}
