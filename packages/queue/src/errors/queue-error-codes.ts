/**
 * The error codes of `@sohoa/queue` (the job queue and its storage), with what each means. It also passes on the codes
 * of the packages it runs (`BASE_ERROR_CODES` of `@sohoa/base` and the lists of the others).
 *
 * @example
 * ```ts
 * import { QUEUE_ERROR_CODES } from '@sohoa/queue';
 *
 * console.log(QUEUE_ERROR_CODES.QUEUE_UNREACHABLE);
 * ```
 */
export const QUEUE_ERROR_CODES = {
  QUEUE_UNREACHABLE:
    'The Redis server of the job queue cannot be reached (wrong URL, server down, refused, no answer, not a Redis server).',
  QUEUE_AUTH_FAILED:
    'The Redis server of the job queue wants a password the URL does not give, or refuses the one it gives.',
  QUEUE_WORKER_ERROR:
    'BullMQ reported an error inside a running worker that is not about reaching Redis (a job lock lost…); the worker goes on.',
  QUEUE_JOB_STALLED:
    'A job lost its worker (killed, out of memory, machine lost) more times than --max-stalled allows: BullMQ failed it.',
  QUEUE_BATCH_ID_INVALID: 'A batch id was given that is not 1–100 letters, digits, ".", "_" or "-".',
  QUEUE_BATCH_NOT_FOUND: 'A batch id was given that the job queue does not know.',
  STORAGE_UNSUPPORTED: 'A storage URL names a kind of storage sohoa has no implementation for.',
  STORAGE_KEY_INVALID: 'A storage key escapes its storage (an absolute path or "..").',
} as const;

/**
 * A code of {@link QUEUE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { QueueErrorCode } from '@sohoa/queue';
 *
 * const code: QueueErrorCode = 'QUEUE_UNREACHABLE';
 * ```
 */
export type QueueErrorCode = keyof typeof QUEUE_ERROR_CODES;
