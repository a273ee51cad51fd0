/**
 * The languages sohoa speaks to its users: Vietnamese (`vi`, the default of every command) and
 * English (`en`).
 *
 * @example
 * ```ts
 * import type { MessageLanguage } from '@sohoa/base';
 *
 * const language: MessageLanguage = process.env.SOHOA_LANG === 'en' ? 'en' : 'vi';
 * ```
 */
export type MessageLanguage = 'vi' | 'en';

/**
 * One text in both languages sohoa speaks: Vietnamese in the administrative style of the archive
 * circulars, English for developers and logs.
 *
 * @example
 * ```ts
 * import type { Bilingual } from '@sohoa/base';
 *
 * const notFound: Bilingual = {
 *   vi: 'Không tìm thấy tệp "p1.jpg".',
 *   en: 'The file "p1.jpg" does not exist.',
 * };
 * ```
 */
export interface Bilingual {
  /** The text in Vietnamese. */
  readonly vi: string;
  /** The text in English. */
  readonly en: string;
}
