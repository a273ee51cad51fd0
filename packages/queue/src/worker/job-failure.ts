import { SohoaError } from '@sohoa/base';
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
  'WORK_LIMIT_EXCEEDED',
]);

/** The reason of each failure {@link jobFailure} made, in both languages. */
const REASONS = new WeakMap<Error, { vi: string; en: string }>();

/**
 * The error a job fails with: its message starts with the `SohoaError` code (`IMAGE_CORRUPT: …`),
 * which is what BullMQ keeps as the job's failed reason. Input errors are unrecoverable (no
 * retry); anything else (a crashed OCR worker, a storage hiccup) is retried with backoff.
 */
export function jobFailure(error: unknown): Error {
  if (SohoaError.isInstance(error)) {
    const message = `${error.code}: ${error.message}`;
    const failure = PERMANENT.has(error.code)
      ? new UnrecoverableError(message)
      : new Error(message, { cause: error });
    REASONS.set(failure, { vi: `${error.code}: ${error.describe('vi')}`, en: message });
    return failure;
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A failed job's reason in Vietnamese and English: both texts of the `SohoaError` behind a
 * {@link jobFailure}, else the error's own message in both.
 *
 * @example
 * ```ts
 * failureReasons(jobFailure(error)).vi; // 'IMAGE_CORRUPT: Tệp ảnh … Cách khắc phục: …'
 * ```
 */
export function failureReasons(failure: Error): { vi: string; en: string } {
  return REASONS.get(failure) ?? { vi: failure.message, en: failure.message };
}

/** What starts the job-log line holding a failure's Vietnamese reason (see {@link reasonLogLine}). */
const VI_REASON = 'sohoa reason vi: ';

/**
 * The job-log line that keeps a failure's Vietnamese reason beside the English one BullMQ keeps
 * (`sohoa queue status` prints the user's language); `undefined` for a failure that is not a
 * `SohoaError`'s.
 *
 * @example
 * ```ts
 * const line = reasonLogLine(failure);
 * if (line) await job.log(line);
 * ```
 */
export function reasonLogLine(failure: Error): string | undefined {
  const reasons = REASONS.get(failure);
  return reasons && `${VI_REASON}${reasons.vi}`;
}

/**
 * A failed job's reason in both languages: the English one BullMQ kept, the Vietnamese one from
 * the job's last log line when a worker wrote it ({@link reasonLogLine}), else the English one.
 *
 * @example
 * ```ts
 * reasonsOf('IMAGE_CORRUPT: …', 'sohoa reason vi: IMAGE_CORRUPT: …').vi; // 'IMAGE_CORRUPT: …'
 * ```
 */
export function reasonsOf(reason: string, lastLogLine: string | undefined): { vi: string; en: string } {
  if (STALLED.test(reason)) return stalledReasons(reason);
  const vi = lastLogLine?.startsWith(VI_REASON) ? lastLogLine.slice(VI_REASON.length) : reason;
  return { vi, en: reason };
}

/**
 * The code at the start of a failed reason (`IMAGE_CORRUPT: …` → `IMAGE_CORRUPT`),
 * `QUEUE_JOB_STALLED` for BullMQ's own reason of a job that lost its worker too often, else
 * `INTERNAL_ERROR`.
 *
 * @example
 * ```ts
 * failureCode('job stalled more than allowable limit'); // 'QUEUE_JOB_STALLED'
 * ```
 */
export function failureCode(reason: string | undefined): string {
  if (STALLED.test(reason ?? '')) return 'QUEUE_JOB_STALLED';
  return /^([A-Z][A-Z0-9_]+): /.exec(reason ?? '')?.[1] ?? 'INTERNAL_ERROR';
}

/** BullMQ's failed reasons of a job that lost its worker (or was started) more often than allowed. */
const STALLED = /^job (stalled|started) more than allowable limit/;

/** A stalled job's reason in sohoa's words, BullMQ's text kept in brackets. */
function stalledReasons(reason: string): { vi: string; en: string } {
  return {
    vi: `QUEUE_JOB_STALLED: Việc đã mất máy xử lý nhiều lần hơn --max-stalled cho phép (máy xử lý bị dừng đột ngột, hết bộ nhớ hoặc mất máy mỗi lần chạy việc này), nên BullMQ đã cho nó thất bại ("${reason}"). Cách khắc phục: Xem nhật ký các máy xử lý (hết bộ nhớ? bị tắt?), giảm --concurrency hoặc tăng bộ nhớ, rồi chạy "sohoa queue retry".`,
    en: `QUEUE_JOB_STALLED: The job lost its worker more times than --max-stalled allows (the worker stopped abruptly, ran out of memory or its machine was lost each time it ran this job), so BullMQ failed it ("${reason}"). Fix: Look at the workers' logs (out of memory? killed?), lower --concurrency or give them more memory, then run "sohoa queue retry".`,
  };
}
