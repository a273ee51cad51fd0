import { SohoaError } from '@sohoa/base';

/** The error thrown when a code cannot be built or read: `METADATA_INVALID` with the code in `details`. */
export function codeError(message: string, fix: string, details: Record<string, unknown>): SohoaError {
  return new SohoaError({ code: 'METADATA_INVALID', message, fix, details });
}
