import type { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { thrownText } from '../__fixtures__/thrown-text.js';
import { aipDossierSchema } from './aip-dossier-schema.js';
import { dossierSchema } from './dossier-schema.js';
import { validateDossier } from './validate-dossier.js';

const sipDossier = {
  fileCode: 'H49.64.33.2001.160',
  title: 'Hồ sơ về việc thành lập Trường Trung học phổ thông Bãi Cháy',
  maintenance: '01',
  mode: '01',
  language: ['01'],
  startDate: '05/01/2001',
  endDate: '28/12/2001',
  totalDoc: 3,
  numberOfPaper: 10,
  numberOfPage: 12,
  format: '02',
  confidenceLevel: '02',
  paperFileCode: 'TTLT1.K1-G2-H15.160',
  riskRecovery: 0,
};

describe('dossierSchema (SIP_hoso EAD.xml)', () => {
  it('keeps the 18 fields in the circular order', () => {
    expect(Object.keys(dossierSchema.shape)).toEqual([
      'fileCode',
      'title',
      'maintenance',
      'mode',
      'language',
      'startDate',
      'endDate',
      'keyword',
      'totalDoc',
      'numberOfPaper',
      'numberOfPage',
      'format',
      'inforSign',
      'confidenceLevel',
      'paperFileCode',
      'riskRecovery',
      'riskRecoveryStatus',
      'description',
    ]);
  });

  it('accepts a complete record and stores text NFC and trimmed', () => {
    const decomposed = '  Hồ sơ '.normalize('NFD');
    const parsed = dossierSchema.parse({ ...sipDossier, title: decomposed });
    expect(parsed.title).toBe('Hồ sơ');
    expect(parsed.title).toBe(parsed.title.normalize('NFC'));
  });

  it('requires riskRecoveryStatus when riskRecovery is 1', () => {
    const result = dossierSchema.safeParse({ ...sipDossier, riskRecovery: 1 });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['riskRecoveryStatus']);
  });

  it('requires paperFileCode for a digitized dossier only', () => {
    const { paperFileCode: _, ...withoutPaperCode } = sipDossier;
    expect(dossierSchema.safeParse(withoutPaperCode).success).toBe(false);
    expect(dossierSchema.safeParse({ ...withoutPaperCode, confidenceLevel: '01' }).success).toBe(true);
  });

  it('rejects an end date before the start date and impossible dates', () => {
    const result = dossierSchema.safeParse({ ...sipDossier, startDate: '31/02/2001', endDate: '01/01/2000' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['startDate']);
    const reversed = dossierSchema.safeParse({
      ...sipDossier,
      startDate: '02/01/2001',
      endDate: '01/01/2001',
    });
    expect(reversed.error?.issues[0]?.path).toEqual(['endDate']);
  });
});

describe('aipDossierSchema (AIP_hoso EAD.xml)', () => {
  const { fileCode: _, ...body } = sipDossier;
  const aipDossier = { arcFileCode: 'TTLT1.H49.64.33.2001.160', ...body };

  it('uses arcFileCode in place of fileCode, first in order', () => {
    expect(Object.keys(aipDossierSchema.shape)[0]).toBe('arcFileCode');
    expect(Object.keys(aipDossierSchema.shape)).toHaveLength(18);
    expect(aipDossierSchema.safeParse(sipDossier).success).toBe(false);
  });

  it('accepts MM/YYYY and YYYY dates and compares them by the days they cover', () => {
    expect(aipDossierSchema.safeParse({ ...aipDossier, startDate: '1949', endDate: '03/1951' }).success).toBe(
      true,
    );
    expect(aipDossierSchema.safeParse({ ...aipDossier, startDate: '1951', endDate: '12/1951' }).success).toBe(
      true,
    );
    const reversed = aipDossierSchema.safeParse({ ...aipDossier, startDate: '1952', endDate: '12/1951' });
    expect(reversed.error?.issues[0]).toMatchObject({ path: ['endDate'], params: { rule: 'dateOrder' } });
    expect(aipDossierSchema.safeParse({ ...aipDossier, startDate: '13/1951' }).success).toBe(false);
  });
});

describe('validateDossier', () => {
  it('returns the normalized dossier', () => {
    expect(validateDossier(sipDossier, 'dossier.json').fileCode).toBe('H49.64.33.2001.160');
  });

  it('throws METADATA_INVALID listing every problem in Vietnamese by default', () => {
    const broken = { ...sipDossier, maintenance: '5', language: [], totalDoc: -1, extra: 'x' };
    let thrown: unknown;
    try {
      validateDossier(broken, 'dossier.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'METADATA_INVALID', details: { source: 'dossier.json' } });
    const error = thrown as SohoaError & { details: { issues: Array<{ field: string; label: string }> } };
    expect(error.details.issues.map((issue) => issue.field)).toEqual([
      'maintenance',
      'language',
      'totalDoc',
      'extra',
    ]);
    expect(error.details.issues[0]?.label).toBe('Thời hạn lưu trữ');
    expect(error.describe('vi')).toContain('dossier.json không đáp ứng Thông tư 05/2025/TT-BNV (4 lỗi)');
    expect(error.describe('vi')).toContain('Thời hạn lưu trữ (maintenance) = "5": không phải mã hợp lệ.');
    expect(error.describe('vi')).toContain('Cách khắc phục: Sửa từng trường nêu trên.');
    expect(error.message).toContain('dossier.json does not satisfy Thông tư 05/2025/TT-BNV (4 problems)');
    expect(error.message).toContain(
      'Thời hạn lưu trữ (maintenance, retention period) = "5": is not a valid code.',
    );
  });

  it('writes English messages on request', () => {
    expect(() => validateDossier({ ...sipDossier, mode: '9' }, 'dossier.json', { locale: 'en' })).toThrow(
      /Chế độ sử dụng \(mode, access mode\) = "9": is not a valid code\. Fix: use one of the codes: 01 \(Công khai\)/,
    );
  });

  it('allows only permanent retention in a historical archive', () => {
    const twentyYears = { ...sipDossier, maintenance: '05' };
    expect(validateDossier(twentyYears).maintenance).toBe('05');
    expect(
      thrownText(() => validateDossier(twentyYears, 'dossier.json', { historicalArchive: true })),
    ).toMatch(/chỉ có thời hạn Vĩnh viễn/);
  });

  it('refuses a character XML forbids (U+000B from Word) naming the field, in Vietnamese and English', () => {
    const pasted = { ...sipDossier, title: 'Hồ sơ về việc thành lập\u000BTrường Bãi Cháy' };
    expect(thrownText(() => validateDossier(pasted, 'dossier.json'))).toContain(
      'Tiêu đề hồ sơ (title) = "Hồ sơ về việc thành lập\\u000bTrường Bãi Cháy": chứa ký tự U+000B (vị trí 24) mà XML không cho phép, thường do dán từ Word (Shift+Enter). Cách sửa: xóa ký tự này hoặc thay bằng dấu cách.',
    );
    expect(() => validateDossier(pasted, 'dossier.json', { locale: 'en' })).toThrow(
      /Tiêu đề hồ sơ \(title, [^)]+\) = .*: holds the character U\+000B \(position 24\), which XML forbids/,
    );
    for (const character of ['\u0001', '\uFFFE', '\uFFFF', '\uD800', '\uDC00']) {
      expect(thrownText(() => validateDossier({ ...sipDossier, keyword: `a${character}b` }))).toMatch(
        /\(keyword\) = .*: chứa ký tự U\+/,
      );
    }
    for (const allowed of ['\t', '\n', '\r', '😀', '\uFFFD']) {
      expect(validateDossier({ ...sipDossier, keyword: `a${allowed}b` }).keyword).toBe(`a${allowed}b`);
    }
  });
});
