import { describe, expect, it } from 'vitest';
import type { SohoaError } from '../errors/sohoa-error.js';
import { renderXmlDocument } from './xml-document.js';
import { escapeXml, findForbiddenXmlCharacter, replaceForbiddenXmlCharacters } from './xml-text.js';

describe('findForbiddenXmlCharacter', () => {
  it('finds the characters XML 1.0 forbids and nothing else', () => {
    expect(findForbiddenXmlCharacter('Hồ sơ\u000Bnăm 2001')).toEqual({ index: 5, codePoint: 'U+000B' });
    for (const [text, codePoint] of [
      ['\u0000', 'U+0000'],
      ['a\u001F', 'U+001F'],
      ['\uFFFE', 'U+FFFE'],
      ['\uFFFF', 'U+FFFF'],
      ['x\uD83D', 'U+D83D'],
      ['\uDE00x', 'U+DE00'],
    ] as const) {
      expect(findForbiddenXmlCharacter(text)?.codePoint).toBe(codePoint);
    }
    for (const allowed of ['\t\n\r', '😀', '\uFFFD', '\u007F\u0085', 'Tiếng Việt', '']) {
      expect(findForbiddenXmlCharacter(allowed)).toBeUndefined();
    }
  });
});

describe('escapeXml', () => {
  it('escapes markup and the whitespace a parser would change', () => {
    expect(escapeXml(`a&b<c>d"e'f\tg\nh\ri`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i');
  });

  it('throws XML_CHARACTER_FORBIDDEN naming what was written', () => {
    const where = { vi: 'tiêu đề hồ sơ', en: 'the dossier title' };
    expect(() => escapeXml('Hồ sơ\u000Bnăm', where)).toThrow(
      expect.objectContaining({
        code: 'XML_CHARACTER_FORBIDDEN',
        message: expect.stringContaining('the dossier title holds the character U+000B at position 6'),
        details: { where: 'the dossier title', index: 5, codePoint: 'U+000B' },
      }),
    );
    const error = (() => {
      try {
        escapeXml('Hồ sơ\u000Bnăm', where);
      } catch (caught) {
        return caught as SohoaError;
      }
      return undefined;
    })();
    expect(error?.describe('vi')).toMatch(
      /^Tiêu đề hồ sơ chứa ký tự U\+000B ở vị trí 6, .* Cách khắc phục: Xóa ký tự này/,
    );
  });

  it('is what renderXmlDocument writes through, naming the element or attribute', () => {
    expect(() => renderXmlDocument({ name: 'title', text: '\u0001' })).toThrow(
      /<title> holds the character U\+0001/,
    );
    expect(() => renderXmlDocument({ name: 'agent', attributes: { NAME: 'a\uFFFF' } })).toThrow(
      /the attribute NAME of <agent> holds the character U\+FFFF/,
    );
  });
});

describe('replaceForbiddenXmlCharacters', () => {
  it('shows each forbidden character as U+FFFD and keeps the rest', () => {
    expect(replaceForbiddenXmlCharacters('a\u000Bb\uD800c😀\td')).toBe('a\uFFFDb\uFFFDc😀\td');
  });
});
