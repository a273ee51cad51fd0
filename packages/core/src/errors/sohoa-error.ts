import type { SohoaErrorCode } from './error-codes.js';

const MARKER = Symbol.for('sohoa.error');

/** What a {@link SohoaError} is made from. */
export interface SohoaErrorOptions {
  /** The stable code; see {@link ERROR_CODES}. */
  code: SohoaErrorCode;
  /** What was wrong, and where (a file path, a field, a page). One or two sentences. */
  message: string;
  /** How to fix it: the option, command or change that helps. Appended to the message. */
  fix?: string;
  /** The lower-level error that caused this one, if any. */
  cause?: unknown;
  /** Structured facts for tools (a path, a page number, a list of field issues). */
  details?: Record<string, unknown>;
}

/**
 * The one error class of the sohoa SDK. Every error sohoa throws on purpose is a `SohoaError`
 * with a stable string {@link SohoaError.code | code}, a message that says what was wrong and
 * where, the fix, and the underlying `cause`.
 *
 * Use {@link SohoaError.isInstance} rather than `instanceof`: it also works when two copies of
 * `@sohoa/core` are installed side by side.
 *
 * @example
 * ```ts
 * import { SohoaError } from '@sohoa/core';
 *
 * try {
 *   await digitize();
 * } catch (error) {
 *   if (SohoaError.isInstance(error)) {
 *     console.error(`${error.code}: ${error.message}`);
 *     // IMAGE_CORRUPT: Cannot decode the image "p1.jpg": … Fix: re-scan the page or …
 *   }
 * }
 * ```
 */
export class SohoaError extends Error {
  /** The stable code; see {@link ERROR_CODES}. */
  readonly code: SohoaErrorCode;
  /** How to fix the problem, also included at the end of {@link SohoaError.message | message}. */
  readonly fix: string | undefined;
  /** Structured facts about the failure, for tools. */
  readonly details: Record<string, unknown> | undefined;
  /** Marks sohoa errors across duplicate installs; see {@link SohoaError.isInstance}. */
  readonly [MARKER]: true = true;

  constructor(options: SohoaErrorOptions) {
    const text = options.fix ? `${options.message} Fix: ${options.fix}` : options.message;
    super(text, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SohoaError';
    this.code = options.code;
    this.fix = options.fix;
    this.details = options.details;
  }

  /**
   * Whether `error` is a {@link SohoaError}, from this or any other installed copy of `@sohoa/core`.
   *
   * @example
   * ```ts
   * if (SohoaError.isInstance(error) && error.code === 'INPUT_NOT_FOUND') { … }
   * ```
   */
  static isInstance(error: unknown): error is SohoaError {
    return typeof error === 'object' && error !== null && MARKER in error;
  }
}
