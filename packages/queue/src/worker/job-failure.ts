import { SohoaError } from '@sohoa/core';
import { UnrecoverableError } from 'bullmq';

/** Codes of failures that come from the input itself: retrying cannot help, so they are not retried. */
const PERMANENT = new Set<string>([
  'IMAGE_CORRUPT',
  'IMAGE_UNSUPPORTED_FORMAT',
  'IMAGE_RESOLUTION_MISSING',
  'IMAGE_TOO_LARGE',
  'METADATA_INVALID',
  'DOCUMENT_SPLIT_INVALID',
  'DOSSIER_INCOMPLETE',
  'OPTION_INVALID',
]);

/**
 * The error a job fails with: its message starts with the `SohoaError` code (`IMAGE_CORRUPT: …`),
 * which is what BullMQ keeps as the job's failed reason. Input errors are unrecoverable (no
 * retry); anything else (a crashed OCR worker, a storage hiccup) is retried with backoff.
 */
export function jobFailure(error: unknown): Error {
  if (SohoaError.isInstance(error)) {
    const message = `${error.code}: ${error.message}`;
    return PERMANENT.has(error.code) ? new UnrecoverableError(message) : new Error(message, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The code at the start of a failed reason (`IMAGE_CORRUPT: …` → `IMAGE_CORRUPT`), else `INTERNAL_ERROR`. */
export function failureCode(reason: string | undefined): string {
  return /^([A-Z][A-Z0-9_]+): /.exec(reason ?? '')?.[1] ?? 'INTERNAL_ERROR';
}
