import { describeError, SohoaError } from '@sohoa/base';
import type { DigitizeFailure } from './digitize-events.js';

/**
 * A failure as the summary and the journal record it: the `SohoaError`'s code and message (also in
 * both languages, `messages`), or
 * `INTERNAL_ERROR` with the message for anything else (a bug, reported the same way so the run
 * goes on).
 *
 * @example
 * ```ts
 * toFailure(error, 'H49.64.33.2001.160', 2); // { dossier: 'H49…', ordinal: 2, code: 'IMAGE_CORRUPT', message: '…' }
 * ```
 */
export function toFailure(error: unknown, dossier: string, ordinal?: number): DigitizeFailure {
  const failure: DigitizeFailure = SohoaError.isInstance(error)
    ? {
        dossier,
        code: error.code,
        message: error.message,
        messages: { vi: describeError(error, 'vi'), en: describeError(error, 'en') },
      }
    : {
        dossier,
        code: 'INTERNAL_ERROR',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
  if (ordinal !== undefined) failure.ordinal = ordinal;
  return failure;
}
