import { describe, expect, it } from 'vitest';
import { detectVietnameseEncoding, isPlainAscii } from './detect-encoding.js';

/** The VIQR mark pattern of detectVietnameseEncoding, as it reads ASCII text. */
const VIQR_MARK =
  /[aeiouyAEIOUY](?:[\^(+][`?~'.]?|[`~](?=\p{L}|\s|$)|['?.](?=\p{L}))|\b[dD][dD](?=[aeiouyAEIOUY])/gu;

describe('isPlainAscii', () => {
  it('clears paths and codes, and stops at every VIQR mark and at text beyond ASCII', () => {
    for (const text of ['\\Phong H49\\hopso01\\hoso1\\1.pdf', 'H49.64.33.1962.01', 'QD-UBND', ''])
      expect(isPlainAscii(text), text).toBe(true);
    for (const text of ['Vie^.t', 'ho`a', 'xa~', "ba'o", 'Ho(i', 'tho+', 'hoa?', 'dda^u', 'DDa', 'Công'])
      expect(isPlainAscii(text), text).toBe(false);
  });

  it('is true only of text the detection reads as ASCII without VIQR evidence (10,000 random texts)', () => {
    // A small alphabet rich in vowels, marks, d and separators, so that marks are often made.
    const alphabet = "aeoyudDAEtnh^(+`~'.? /\\-1";
    let state = 7;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    let plain = 0;
    for (let trial = 0; trial < 10_000; trial++) {
      const length = 1 + Math.floor(next() * 12);
      let text = '';
      for (let index = 0; index < length; index++) text += alphabet[Math.floor(next() * alphabet.length)];
      if (!isPlainAscii(text)) continue;
      plain++;
      expect(text.match(VIQR_MARK), text).toBeNull();
      expect(detectVietnameseEncoding(text)).toEqual({
        encoding: 'ascii',
        evidence: { tcvn3: 0, vni: 0, viqr: 0 },
      });
    }
    expect(plain).toBeGreaterThan(1000);
  });
});
