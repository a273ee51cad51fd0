import { describe, expect, it } from 'vitest';
import { renameLegacyFields } from './legacy-field-names.js';
import {
  mapConfidenceLevel,
  mapLanguages,
  mapMaintenance,
  mapMode,
  mapPhysicalCondition,
  mapTypeName,
} from './legacy-values.js';
import { normalizeVnDate, splitVnDateRange } from './normalize-date.js';
import { normalizeRecordValues } from './normalize-record-values.js';

describe('free-text values to TT05 codes', () => {
  it.each([
    ['Vĩnh viễn', '01'],
    ['VĨNH VIỄN', '01'],
    ['Vinh vien', '01'],
    ['70 năm', '02'],
    ['20 năm', '05'],
    ['10', '06'],
    ['05', '05'],
  ])('maintenance %s → %s', (text, code) => {
    expect(mapMaintenance(text).code).toBe(code);
  });

  it('reads other retention periods as 07 Khác, marked, and leaves nonsense unread', () => {
    expect(mapMaintenance('15 năm')).toEqual({ code: '07', other: true });
    expect(mapMaintenance(5)).toEqual({ code: '07', other: true });
    expect(mapMaintenance('tạm thời').code).toBeUndefined();
  });

  it('reads access, condition and reliability', () => {
    expect(
      [mapMode('Công khai'), mapMode('Hạn chế'), mapMode('Tối mật'), mapMode('?')].map((m) => m.code),
    ).toEqual(['01', '02', '03', undefined]);
    expect(
      ['Tốt', 'Bình thường', 'Rách, ố vàng', 'Hỏng nặng', 'lạ'].map((t) => mapPhysicalCondition(t).code),
    ).toEqual(['01', '02', '03', '03', undefined]);
    expect(mapConfidenceLevel('Số hoá').code).toBe('02');
    expect(mapConfidenceLevel('Bản gốc điện tử').code).toBe('01');
  });

  it('reads lists of languages and bilingual pairs', () => {
    expect(mapLanguages('Tiếng Việt')).toEqual({ codes: ['01'], unknown: [] });
    expect(mapLanguages('Tiếng Việt, tiếng Pháp; Hán Nôm')).toEqual({
      codes: ['01', '03', '09'],
      unknown: [],
    });
    expect(mapLanguages('Việt - Anh').codes).toEqual(['06']);
    expect(mapLanguages('Tiếng Việt và tiếng Nga').codes).toEqual(['01', '04']);
    expect(mapLanguages('Tiếng Lào')).toEqual({ codes: [], unknown: ['Tiếng Lào'] });
  });

  it('reads document types by name, in any case or without marks, and by NĐ 30 abbreviation', () => {
    expect(
      ['Quyết định', 'QUYẾT ĐỊNH', 'Quyet dinh', 'QĐ', 'Tờ trình', 'TTr', 'Công văn', 'Giấy uỷ quyền'].map(
        (t) => mapTypeName(t).code,
      ),
    ).toEqual(['02', '02', '02', '02', '15', '15', '22', '16']);
    expect(mapTypeName('ĐA').code).toBe('12');
    expect(mapTypeName('DA').code).toBe('13');
    expect(mapTypeName('Thông tư')).toEqual({ code: '32', other: true });
  });

  it('reads document types with extra words or a typing mistake, when only one type is that close', () => {
    expect(
      ['Biên bản họp', 'Tờ trinh xin phê duyệt', 'Cong vna', 'Quyết đinhh', 'Báo cáo tổng kết'].map(
        (t) => mapTypeName(t).code,
      ),
    ).toEqual(['20', '15', '22', '02', '14']);
    // Too far from every name, or as close to two: Khác.
    expect(mapTypeName('Đơn xin nghỉ')).toEqual({ code: '32', other: true });
    expect(mapTypeName('Thông cáo báo')).toEqual({ code: '06' });
  });
});

describe('dates', () => {
  it('reads the forms catalogs hold', () => {
    expect(normalizeVnDate('5/1/2001')).toBe('05/01/2001');
    expect(normalizeVnDate('05-01-2001')).toBe('05/01/2001');
    expect(normalizeVnDate('05.01.2001')).toBe('05/01/2001');
    expect(normalizeVnDate('2001-01-05')).toBe('05/01/2001');
    expect(normalizeVnDate('1/2001')).toBe('01/2001');
    expect(normalizeVnDate(1962)).toBe('1962');
    expect(normalizeVnDate(36896)).toBe('05/01/2001');
    expect(normalizeVnDate(new Date(Date.UTC(1975, 3, 30)))).toBe('30/04/1975');
    expect(normalizeVnDate('Hà Nội, ngày 05 tháng 01 năm 2020')).toBe('05/01/2020');
    expect(normalizeVnDate('không rõ')).toBe('không rõ');
    expect(normalizeVnDate('  ')).toBeUndefined();
  });

  it('splits a range written in one cell', () => {
    expect(splitVnDateRange('01/1962 - 12/1965')).toEqual({ start: '01/1962', end: '12/1965' });
    expect(splitVnDateRange('1962-1965')).toEqual({ start: '1962', end: '1965' });
    expect(splitVnDateRange('05/01/2001')).toBeUndefined();
  });
});

describe('records', () => {
  it('normalizes a whole record and notes values read as Khác', () => {
    const result = normalizeRecordValues({
      maintenance: '25 năm',
      mode: 'Công khai',
      language: 'Tiếng Việt',
      startDate: 36896,
      numberOfPage: '12 trang',
      typeName: 'Thông tư',
      riskRecovery: 'có',
      codeNumber: 15,
      keyword: '  ',
    });
    expect(result.record).toEqual({
      maintenance: '07',
      mode: '01',
      language: ['01'],
      startDate: '05/01/2001',
      numberOfPage: 12,
      typeName: '32',
      riskRecovery: 1,
      codeNumber: '15',
    });
    expect(result.notes.map((note) => [note.field, note.value, note.result])).toEqual([
      ['maintenance', '25 năm', '07'],
      ['typeName', 'Thông tư', '32'],
    ]);
  });

  it('renames Thông tư 02/2019 fields and builds fileCode from its parts', () => {
    expect(
      renameLegacyFields({
        Identifier: 'H49',
        OrganId: '000.00.00.G09',
        FileCatalog: 2010,
        FileNotation: '01.TH',
        Rights: 'Công khai',
        PageTotal: 40,
        Title: 'Hồ sơ',
      }),
    ).toEqual({ fileCode: '000.00.00.G09.2010.01.TH', mode: 'Công khai', numberOfPage: 40, title: 'Hồ sơ' });
  });
});
