import type { MessageLanguage } from './bilingual.js';
import { SohoaError } from './sohoa-error.js';

/**
 * What to show a user for any thrown value, in one language: a {@link SohoaError}'s message and fix
 * in that language (also from another installed copy of the class), any other error's message,
 * anything else as text.
 *
 * @example
 * ```ts
 * import { describeError } from '@sohoa/base';
 *
 * try {
 *   await run();
 * } catch (error) {
 *   console.error(describeError(error, 'vi'));
 * }
 * ```
 */
export function describeError(error: unknown, language: MessageLanguage): string {
  // A copy from @sohoa/core before 0.2 has no describe(): its message is all there is.
  if (SohoaError.isInstance(error) && typeof error.describe === 'function') return error.describe(language);
  if (error instanceof Error) return error.message;
  return String(error);
}
