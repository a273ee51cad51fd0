import { describe, expect, it } from 'vitest';
import { characterErrorRate, orderFreeWordError } from './error-rates.js';
import { collapseWhitespace, toNfc } from './normalize-text.js';

describe('characterErrorRate', () => {
  it('counts edits over code points after NFC and whitespace collapsing', () => {
    expect(characterErrorRate('Quyết định', 'Quyet định')).toBeCloseTo(0.1, 10);
    expect(characterErrorRate('Việt  Nam\n', 'Vie\u0323\u0302t Nam')).toBe(0);
    expect(characterErrorRate('abc', '')).toBe(1);
    expect(characterErrorRate('', '')).toBe(0);
    expect(characterErrorRate('ab', 'ba')).toBe(1);
  });
});

describe('orderFreeWordError', () => {
  it('ignores word order but counts missing and extra words', () => {
    expect(orderFreeWordError('Độc lập Tự do', 'Tự do Độc lập')).toBe(0);
    expect(orderFreeWordError('a b c d', 'a b c')).toBeCloseTo(1 - 6 / 7, 10);
    expect(orderFreeWordError('a a', 'a')).toBeCloseTo(1 - 2 / 3, 10);
  });
});

describe('text normalization', () => {
  it('stores NFC and collapses whitespace', () => {
    expect(toNfc('Vie\u0323\u0302t')).toBe('Việt');
    expect(collapseWhitespace(' Số:\t47 \n /QĐ-UBND ')).toBe('Số: 47 /QĐ-UBND');
  });
});
