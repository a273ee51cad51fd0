import type { MissingText, MissingTextKind, PixelBox } from './ocr-result.js';

/**
 * A "text may be missing here" entry of `page.missingText`, its message in Vietnamese and
 * English (`message` is the English one).
 *
 * @param letters with `kind: 'page'`, the letters the ink holds and those read, put in the message
 *
 * @example
 * ```ts
 * missingText('region', { x0: 120, y0: 900, x1: 2200, y1: 980 }).messages.vi;
 * // 'có thể thiếu chữ ở đây: mực trông như chữ nhưng không đọc được từ nào'
 * ```
 */
export function missingText(
  kind: MissingTextKind,
  box: PixelBox,
  letters?: { inkLetters: number; readLetters: number },
): MissingText {
  const messages = MESSAGES[kind](letters?.inkLetters ?? 0, letters?.readLetters ?? 0);
  return { box, kind, message: messages.en, messages };
}

const MESSAGES: Record<MissingTextKind, (ink: number, read: number) => { vi: string; en: string }> = {
  region: () => ({
    vi: 'có thể thiếu chữ ở đây: mực trông như chữ nhưng không đọc được từ nào',
    en: 'text may be missing here: ink like text where no word was read',
  }),
  line: () => ({
    vi: 'có thể thiếu chữ ở đây: phần dòng không đọc được từ nào',
    en: 'text may be missing here: part of a line no word was read from',
  }),
  page: (ink, read) => ({
    vi: `có thể thiếu chữ trên trang: mực trên trang ứng với khoảng ${ink} chữ cái, chỉ đọc được ${read}`,
    en: `text may be missing on this page: its ink holds about ${ink} letters, ${read} were read`,
  }),
};
