import { describe, expect, it } from 'vitest';
import { toUnicodeVietnamese } from './convert-vietnamese-text.js';
import { detectVietnameseEncoding } from './detect-encoding.js';

const MOTTO = 'Cộng hòa xã hội chủ nghĩa Việt Nam';

describe('detectVietnameseEncoding', () => {
  it.each([
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3'],
    ['Céng hßa', 'tcvn3'],
    ['Thêi gian kÕt thóc', 'tcvn3'],
    ['Coâng khai', 'vni'],
    ['Quân đội', 'unicode'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni'],
    ['Ñoäc laäp', 'vni'],
    ['Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam', 'viqr'],
    [MOTTO, 'unicode'],
    [MOTTO.normalize('NFD'), 'unicode'],
    ['Hà Tĩnh', 'unicode'],
    ['Bao cao tong ket nam 2001', 'ascii'],
    ["Report of the committee, it's done.", 'ascii'],
  ])('%s is %s', (text, encoding) => {
    expect(detectVietnameseEncoding(text).encoding).toBe(encoding);
  });
});

describe('toUnicodeVietnamese', () => {
  it('converts TCVN3 (ABC) text', () => {
    const result = toUnicodeVietnamese('Céng hoµ x· héi chñ nghÜa ViÖt Nam');
    expect(result).toMatchObject({
      encoding: 'tcvn3',
      text: 'Cộng hoà xã hội chủ nghĩa Việt Nam',
      ambiguities: [],
    });
    expect(toUnicodeVietnamese('§éc lËp - Tù do - H¹nh phóc').text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(toUnicodeVietnamese('Thñ t­íng ChÝnh phñ; QuyÕt ®Þnh; Uû ban nh©n d©n tØnh; n¨m; ®­îc').text).toBe(
      'Thủ tướng Chính phủ; Quyết định; Uỷ ban nhân dân tỉnh; năm; được',
    );
  });

  it('sets TCVN3 capitals typed in an uppercase font, and reports the words it had to guess', () => {
    const result = toUnicodeVietnamese('CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM');
    expect(result.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(result.ambiguities).toEqual([{ word: 'XÃ', index: 9, resolved: 'upper' }]);
    expect(toUnicodeVietnamese('Thµnh phè Hµ Néi')).toMatchObject({
      text: 'Thành phố Hà Nội',
      ambiguities: [],
    });
    const mixed = toUnicodeVietnamese('UBND thµnh phè Hµ Néi');
    expect(mixed.text).toBe('UBND thành phố Hà Nội');
    expect(mixed.ambiguities).toEqual([{ word: 'Hà', index: 15, resolved: 'kept' }]);
  });

  it('converts VNI-Windows text, both cases', () => {
    expect(toUnicodeVietnamese('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam').text).toBe(MOTTO);
    expect(toUnicodeVietnamese('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM').text).toBe(MOTTO.toUpperCase());
    expect(toUnicodeVietnamese('Ñoäc laäp - Töï do - Haïnh phuùc; Aùnh; ñöôïc; thôøi kyø').text).toBe(
      'Độc lập - Tự do - Hạnh phúc; Ánh; được; thời kỳ',
    );
  });

  it('converts VIQR, reading a sentence-final dot as punctuation', () => {
    expect(toUnicodeVietnamese('Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam').text).toBe(MOTTO);
    expect(toUnicodeVietnamese("DDa(ng ky' ta.i Ha` No^.i.", { from: 'viqr' }).text).toBe(
      'Đăng ký tại Hà Nội.',
    );
    expect(toUnicodeVietnamese('Gia\\. ca?', { from: 'viqr' }).text).toBe('Gia. cả');
  });

  it('leaves Unicode text as it is, in NFC', () => {
    expect(toUnicodeVietnamese(MOTTO.normalize('NFD'))).toMatchObject({ encoding: 'unicode', text: MOTTO });
  });
});
