import { describe, expect, it } from 'vitest';
import { sipDocument } from '../__fixtures__/records.js';
import { thrownText } from '../__fixtures__/thrown-text.js';
import { validateRecord, validateRecords } from './validate-records.js';

describe('validateRecords', () => {
  it('reports every error of every record, with its position, and keeps the valid ones', () => {
    const inputs = [
      sipDocument,
      { ...sipDocument, typeName: 'Quyết định', numberOfPage: '3' },
      { ...sipDocument, issuedDate: '2001-01-05' },
      'not a record',
    ];
    const report = validateRecords('document', inputs, { locale: 'en' });
    expect(report.invalidCount).toBe(3);
    expect(report.records[0]?.docId).toBe('H49.64.33.2001.160.1');
    expect(report.records.slice(1)).toEqual([undefined, undefined, undefined]);
    expect(report.issues.map((issue) => [issue.record, issue.field, issue.rule])).toEqual([
      [1, 'typeName', 'code'],
      [1, 'numberOfPage', 'type'],
      [2, 'issuedDate', 'date'],
      [3, '(record)', 'type'],
    ]);
    expect(report.issues[1]?.message).toBe(
      'Số lượng trang (numberOfPage, number of pages) = "3": has the wrong type, expected a number. Fix: write the value with the right JSON type (numbers without quotes).',
    );
  });

  it('names a missing field as required, with the value shown as empty', () => {
    const { subject: _, ...withoutSubject } = sipDocument;
    const [issue] = validateRecords('document', [withoutSubject]).issues;
    expect(issue).toMatchObject({ field: 'subject', rule: 'required', value: undefined });
    expect(issue?.message).toBe(
      'Trích yếu nội dung (subject) = (trống): trường bắt buộc nhưng bị bỏ trống. Cách sửa: nhập giá trị cho trường này.',
    );
  });

  it('names a code field left out or blank as required, not as a wrong code', () => {
    const { typeName: _, ...withoutType } = sipDocument;
    const report = validateRecords('document', [withoutType, { ...sipDocument, typeName: ' ', mode: '' }]);
    expect(report.issues.map((issue) => [issue.record, issue.field, issue.rule])).toEqual([
      [0, 'typeName', 'required'],
      [1, 'typeName', 'required'],
      [1, 'mode', 'required'],
    ]);
    expect(report.issues[0]?.message).toBe(
      'Tên loại tài liệu (typeName) = (trống): trường bắt buộc nhưng bị bỏ trống. Cách sửa: nhập giá trị cho trường này.',
    );
  });

  it('reports each language code that is wrong by its position', () => {
    const [issue] = validateRecords('document', [{ ...sipDocument, language: ['01', '12'] }]).issues;
    expect(issue).toMatchObject({ field: 'language.1', label: 'Ngôn ngữ', rule: 'code', value: '12' });
    expect(issue?.fix).toContain('11 (Khác)');
  });

  it('counts digits and lengths in the words of the rule', () => {
    const report = validateRecords('document', [
      { ...sipDocument, numberOfPage: 10_000, codeNumber: '123456789012', riskRecovery: 2 },
    ]);
    expect(report.issues.map((issue) => [issue.field, issue.rule, issue.fix])).toEqual([
      ['codeNumber', 'maxLength', 'rút gọn còn tối đa 11 ký tự'],
      ['numberOfPage', 'maxDigits', 'ghi số có tối đa 4 chữ số'],
      ['riskRecovery', 'flag', 'ghi 0 hoặc 1'],
    ]);
  });

  it('validates thousands of records without stopping at the first error', () => {
    const inputs = Array.from({ length: 5000 }, (_, index) =>
      index % 1000 === 0 ? { ...sipDocument, mode: '04' } : sipDocument,
    );
    const report = validateRecords('document', inputs);
    expect(report.invalidCount).toBe(5);
    expect(report.issues.map((issue) => issue.record)).toEqual([0, 1000, 2000, 3000, 4000]);
  });
});

describe('validateRecord', () => {
  it('validates any record kind and throws with the source named', () => {
    expect(
      validateRecord('media', {
        docCode: 'H49.64.33.2001.162.0000001',
        typeMedia: '01',
        movieTitle: 'Phát biểu tại hội nghị',
        language: ['01'],
        playTime: '00:42:10',
        mode: '01',
      }).playTime,
    ).toBe('00:42:10');
    const photo = { docCode: 'X', typePic: '03', imageTitle: '', mode: '01' };
    expect(() => validateRecord('photo', photo, 'EAD_pic_1.xml')).toThrow(
      /EAD_pic_1\.xml does not satisfy Thông tư 05\/2025\/TT-BNV \(2 problems\)/,
    );
    expect(thrownText(() => validateRecord('photo', photo, 'EAD_pic_1.xml'))).toMatch(
      /^EAD_pic_1\.xml không đáp ứng Thông tư 05\/2025\/TT-BNV \(2 lỗi\):\n {2}- /,
    );
  });

  it('checks the duration format and the fond counts', () => {
    const report = validateRecords('media', [
      {
        docCode: 'X',
        typeMedia: '02',
        movieTitle: 'Phim',
        language: ['01'],
        playTime: '1:60:00',
        mode: '01',
      },
    ]);
    expect(report.issues.map((issue) => issue.rule)).toEqual(['duration']);
    const fond = validateRecords('fond', [
      {
        identifier: 'TTLT1',
        organId: 'P623',
        fondName: 'UBND tỉnh Quảng Ninh',
        closed: 1,
        language: ['01'],
        paperTotal: 10,
        paperDigital: 12,
      },
    ]);
    expect(fond.issues.map((issue) => [issue.field, issue.rule])).toEqual([['paperDigital', 'notMoreThan']]);
  });
});
