import type { Bilingual, MessageLanguage } from './bilingual.js';

const MARKER = Symbol.for('sohoa.error');

/** The label put before the fix in each language: `… Fix: …` / `… Cách khắc phục: …`. */
const FIX_LABEL: Bilingual = { en: 'Fix:', vi: 'Cách khắc phục:' };

/** What a {@link SohoaError} is made from. */
export interface SohoaErrorOptions<Code extends string = string> {
  /** The stable code, from the list of the package that throws it. */
  code: Code;
  /**
   * What was wrong, and where (a file path, a field, a page): one or two sentences, in Vietnamese
   * and English. A plain string is the same text in both languages, for messages not yet
   * translated.
   */
  message: Bilingual | string;
  /** How to fix it (the option, command or change that helps), in Vietnamese and English. */
  fix?: Bilingual | string | undefined;
  /** The lower-level error that caused this one, if any. */
  cause?: unknown;
  /** Structured facts for tools (a path, a page number, a list of field issues). */
  details?: Record<string, unknown> | undefined;
}

/** The message and fix of a {@link SohoaError} in one language. */
export interface SohoaErrorText {
  /** What was wrong, and where. */
  readonly message: string;
  /** How to fix it, when known. */
  readonly fix: string | undefined;
}

/**
 * The one error class of the sohoa SDK. Every error sohoa throws on purpose is a `SohoaError`
 * with a stable string {@link SohoaError.code | code}, a message that says what was wrong and
 * where, the fix, and the underlying `cause`. The message and fix exist in Vietnamese and English
 * ({@link SohoaError.texts | texts}, {@link SohoaError.describe | describe}); `error.message` is the
 * English one with its fix, for developers and logs.
 *
 * Use {@link SohoaError.isInstance} rather than `instanceof`: it also works when two copies of
 * `@sohoa/base` are installed side by side.
 *
 * @typeParam Code - the codes it may carry (e.g. `PdfaErrorCode`); any string by default.
 * @example
 * ```ts
 * import { SohoaError } from '@sohoa/base';
 *
 * const error = new SohoaError({
 *   code: 'INPUT_NOT_FOUND',
 *   message: { vi: 'Không tìm thấy tệp "p1.jpg".', en: 'The file "p1.jpg" does not exist.' },
 *   fix: { vi: 'Kiểm tra lại đường dẫn.', en: 'Check the path.' },
 * });
 * error.message; // 'The file "p1.jpg" does not exist. Fix: Check the path.'
 * error.describe('vi'); // 'Không tìm thấy tệp "p1.jpg". Cách khắc phục: Kiểm tra lại đường dẫn.'
 * ```
 */
export class SohoaError<Code extends string = string> extends Error {
  /** The stable code. */
  readonly code: Code;
  /** How to fix the problem (English), also included at the end of {@link SohoaError.message | message}. */
  readonly fix: string | undefined;
  /** Structured facts about the failure, for tools. */
  readonly details: Record<string, unknown> | undefined;
  /** The message and fix in each language; see {@link SohoaError.describe | describe}. */
  readonly texts: Readonly<Record<MessageLanguage, SohoaErrorText>>;
  /** Marks sohoa errors across duplicate installs; see {@link SohoaError.isInstance}. */
  readonly [MARKER]: true = true;

  constructor(options: SohoaErrorOptions<Code>) {
    const texts = {
      vi: { message: inLanguage(options.message, 'vi'), fix: inLanguage(options.fix, 'vi') },
      en: { message: inLanguage(options.message, 'en'), fix: inLanguage(options.fix, 'en') },
    } as const;
    super(joinFix(texts.en, 'en'), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SohoaError';
    this.code = options.code;
    this.fix = texts.en.fix;
    this.details = options.details;
    this.texts = texts;
  }

  /**
   * The message followed by its fix, in one language: what a command shows its user.
   *
   * @example
   * ```ts
   * error.describe('vi'); // 'Không tìm thấy tệp "p1.jpg". Cách khắc phục: Kiểm tra lại đường dẫn.'
   * error.describe('en'); // 'The file "p1.jpg" does not exist. Fix: Check the path.'
   * ```
   */
  describe(language: MessageLanguage): string {
    return joinFix(this.texts[language], language);
  }

  /**
   * Whether `error` is a {@link SohoaError}, from this or any other installed copy of
   * `@sohoa/base` (or of `@sohoa/core` before 0.2, where the class lived).
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

function inLanguage(text: Bilingual | string, language: MessageLanguage): string;
function inLanguage(text: Bilingual | string | undefined, language: MessageLanguage): string | undefined;
function inLanguage(text: Bilingual | string | undefined, language: MessageLanguage): string | undefined {
  return typeof text === 'object' ? text[language] : text;
}

function joinFix(text: SohoaErrorText, language: MessageLanguage): string {
  return text.fix ? `${text.message} ${FIX_LABEL[language]} ${text.fix}` : text.message;
}
