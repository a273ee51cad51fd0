import type { Bilingual, MessageLanguage } from '@sohoa/base';

/**
 * The text of a {@link Bilingual} in the user's language.
 *
 * @example
 * ```ts
 * inLanguage('en', { vi: 'hợp lệ', en: 'valid' }); // 'valid'
 * ```
 */
export function inLanguage(language: MessageLanguage, text: Bilingual): string {
  return text[language];
}

/**
 * A function that picks, of a Vietnamese and an English text, the one in `language`: what a
 * command uses for its help and its lines.
 *
 * @example
 * ```ts
 * const say = sayIn('vi');
 * say('hợp lệ', 'valid'); // 'hợp lệ'
 * ```
 */
export function sayIn(language: MessageLanguage): (vi: string, en: string) => string {
  return (vi, en) => (language === 'vi' ? vi : en);
}
