import type { BaseErrorCode } from '../errors/base-error-codes.js';
import type { Bilingual } from '../errors/bilingual.js';
import { SohoaError } from '../errors/sohoa-error.js';

/**
 * Characters XML 1.0 forbids (§2.2 `Char`): C0 controls other than TAB, LF and CR, the
 * non-characters U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair.
 */
const FORBIDDEN_SOURCE = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE);
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_SOURCE, 'g');
/**
 * Any character that may be forbidden (every surrogate, paired or not): a quick test that clears
 * almost every text, three times faster than the exact pattern with its look-arounds.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for control characters
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A character XML 1.0 cannot hold, and where it is. */
export interface ForbiddenXmlCharacter {
  /** Its UTF-16 index in the text. */
  index: number;
  /** Its code point written `U+000B`. */
  codePoint: string;
}

/**
 * Finds the first character of `text` that XML 1.0 cannot hold (a C0 control other than TAB, LF,
 * CR, such as the U+000B that Word's Shift+Enter pastes; U+FFFE, U+FFFF; a lone surrogate).
 *
 * @returns the character's index and code point, or `undefined` when the text can be written.
 *
 * @example
 * ```ts
 * import { findForbiddenXmlCharacter } from '@sohoa/base';
 *
 * findForbiddenXmlCharacter('Hồ sơ\u000Bnăm 2001'); // { index: 5, codePoint: 'U+000B' }
 * findForbiddenXmlCharacter('Hồ sơ năm 2001'); // undefined
 * ```
 */
export function findForbiddenXmlCharacter(text: string): ForbiddenXmlCharacter | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const unit = match[0].charCodeAt(0);
  return { index: match.index, codePoint: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * Escapes text for XML element content or an attribute value: `& < > " '` as entities, and TAB,
 * LF, CR as character references so that a parser gives back exactly the same text (parsers turn
 * CR into LF, and TAB/LF in attributes into spaces). Every XML sohoa writes (METS, PREMIS, EAD,
 * ALTO, hOCR, XMP) goes through this function.
 *
 * @param where - what the text is, named in the error, in Vietnamese and English (e.g.
 *   `{ vi: 'tiêu đề hồ sơ', en: 'the dossier title' }`). Default: a value.
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `XML_CHARACTER_FORBIDDEN` when the text holds a character XML 1.0
 * forbids (see {@link findForbiddenXmlCharacter}); it is never written.
 *
 * @example
 * ```ts
 * import { escapeXml } from '@sohoa/base';
 *
 * escapeXml('Công văn "số 12" & <phụ lục>'); // 'Công văn &quot;số 12&quot; &amp; &lt;phụ lục&gt;'
 * ```
 */
export function escapeXml(text: string, where: Bilingual = { vi: 'một giá trị', en: 'a value' }): string {
  const forbidden = findForbiddenXmlCharacter(text);
  if (forbidden) {
    const at = forbidden.index + 1;
    throw new SohoaError<BaseErrorCode>({
      code: 'XML_CHARACTER_FORBIDDEN',
      message: {
        vi: `${capitalize(where.vi)} chứa ký tự ${forbidden.codePoint} ở vị trí ${at}, ký tự mà XML 1.0 không cho phép; chưa ghi gì.`,
        en: `${where.en} holds the character ${forbidden.codePoint} at position ${at}, which XML 1.0 cannot hold; nothing was written.`,
      },
      fix: {
        vi: 'Xóa ký tự này (dấu xuống dòng dán từ Word trở thành U+000B) hoặc thay bằng dấu cách; bước kiểm tra siêu dữ liệu báo các trường như vậy theo tên.',
        en: 'Remove the character (a pasted line break from Word becomes U+000B) or replace it with a space; metadata validation reports such fields by name.',
      },
      details: { where: where.en, ...forbidden },
    });
  }
  return text.replace(/[&<>"'\t\n\r]/g, (character) => ENTITIES[character] as string);
}

/**
 * Replaces each character XML 1.0 forbids by U+FFFD (�), for text that reports on bad input
 * and must be written anyway (a JUnit report quoting a finding); archival XML uses
 * {@link escapeXml}, which refuses such text instead.
 *
 * @example
 * ```ts
 * import { escapeXml, replaceForbiddenXmlCharacters } from '@sohoa/base';
 *
 * escapeXml(replaceForbiddenXmlCharacters('Hồ sơ\u000Bnăm 2001')); // 'Hồ sơ�năm 2001'
 * ```
 */
export function replaceForbiddenXmlCharacters(text: string): string {
  return text.replace(FORBIDDEN_ALL, '\uFFFD');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
