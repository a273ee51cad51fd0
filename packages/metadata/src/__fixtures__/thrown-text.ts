import { describeError, type MessageLanguage } from '@sohoa/base';

/** What `run` throws, described in `language` (message and fix), or `undefined` if it returns. */
export function thrownText(run: () => unknown, language: MessageLanguage = 'vi'): string | undefined {
  try {
    run();
  } catch (error) {
    return describeError(error, language);
  }
  return undefined;
}
