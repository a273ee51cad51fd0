import { describe, expect, it } from 'vitest';
import { stripInvisibleText } from './strip-invisible-text.js';

const strip = (content: string) => {
  const result = stripInvisibleText(Buffer.from(content, 'latin1'));
  return { ...result, text: Buffer.from(result.bytes).toString('latin1') };
};

describe('stripInvisibleText', () => {
  it('removes invisible text objects and keeps the colour they leave for the images drawn after them', () => {
    const { text, removed, keptText } = strip(
      'q 0.1 0.1 0.1 rg BT /F0 11.8 Tf 3 Tr 1 0 0 1 86 530 Tm <0001> Tj 0.9 0.1 0.3 rg /F3 15 Tf (x) Tj 0 0 0 rg ET q /Fg Do Q Q',
    );
    expect(removed).toBe(1);
    expect(keptText).toBe(false);
    expect(text).toBe('q 0.1 0.1 0.1 rg\n0 0 0 rg\n q /Fg Do Q Q');
  });

  it('keeps visible text with the text state it inherits, and text inside marked content', () => {
    const { text, removed, keptText } = strip(
      'BT 3 Tr /F0 9 Tf (ocr) Tj ET BT 0 Tr (visible) Tj ET q 3 Tr Q BT (drawn in mode 0 again) Tj ET BT /Span <</ActualText (a)>> BDC 3 Tr (marked) Tj EMC ET',
    );
    expect(removed).toBe(1);
    expect(keptText).toBe(true);
    expect(text.startsWith('\n3 Tr\n/F0 9 Tf\n BT 0 Tr (visible) Tj ET')).toBe(true);
    expect(text).toContain('BT (drawn in mode 0 again) Tj ET');
    expect(text).toContain('BT /Span <</ActualText (a)>> BDC 3 Tr (marked) Tj EMC ET');
  });

  it('leaves a stream without text as it is, inline images included', () => {
    const content = 'q 10 0 0 10 0 0 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \u00ffBT\u0000 EI Q';
    expect(strip(content)).toMatchObject({ text: content, removed: 0, keptText: false });
  });
});
