import { type Bilingual, SohoaError } from '@sohoa/base';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';

/** The error thrown when a code cannot be built or read: `METADATA_INVALID` with the code in `details`. */
export function codeError(
  message: Bilingual,
  fix: Bilingual,
  details: Record<string, unknown>,
): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'METADATA_INVALID',
    message: { vi: message.vi, en: message.en },
    fix,
    details,
  });
}
