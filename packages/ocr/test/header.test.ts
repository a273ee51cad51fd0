import { readFileSync } from 'node:fs';
import { characterErrorRate } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { correctPage, extractHeader, orderColumns } from '../src/index.js';
import { ANSWER_KEYS, recordedPage } from './fixtures/index.js';

const pipeline = (name: string) => correctPage(orderColumns(recordedPage(name))).page;

describe('extractHeader on real OCR output of the five scans with answer keys', () => {
  for (const [name, key] of ANSWER_KEYS) {
    it(`reads ${name}: body, notation, type, place; no guessed handwritten date`, () => {
      const header = extractHeader(pipeline(name));
      const [number, notation] = key.number.split('/');
      expect(searchable(header.organName?.value)).toBe(searchable(key.org));
      expect(header.codeNotation?.value).toBe(notation);
      expect(header.typeName?.value.toUpperCase()).toBe(key.doc_type);
      // Handwritten numbers: the right number or nothing, never a misreading ("892" for 299).
      if (header.codeNumber) expect(header.codeNumber.value).toBe(number);
      if (header.issuedDate) expect(header.issuedDate.value).toBe(key.date.split('-').reverse().join('/'));
      for (const field of Object.values(header)) {
        expect(field.box?.x1).toBeGreaterThan(field.box?.x0 ?? Number.POSITIVE_INFINITY);
        expect(field.confidence).toBeGreaterThan(0);
        expect(field.confidence).toBeLessThanOrEqual(1);
      }
    });
  }

  it('keeps a low-confidence number only when asked to', () => {
    const page = pipeline('qn_cv299_UBND-TTHC_20250115_p1');
    expect(extractHeader(page).codeNumber).toBeUndefined();
    const loose = extractHeader(page, { minNumberConfidence: 0 }).codeNumber;
    expect(loose?.value).toBe('892'); // the handwritten 299, misread
    expect(loose?.confidence).toBeLessThan(0.7);
    expect(loose?.box?.x1).toBeGreaterThan(loose?.box?.x0 ?? Number.POSITIVE_INFINITY);
  });

  it('reads the type, date, place and subject of the printed scans as printed', () => {
    const qd47 = extractHeader(pipeline('qn_qd47_QD-UBND_20250117_p1'));
    expect(qd47.typeName?.code).toBe('02');
    expect(qd47.place?.value).toBe('Quảng Ngãi');
    expect(qd47.codeNumber).toBeUndefined(); // the handwritten "47" was read as "4+"
    expect(qd47.issuedDate).toBeUndefined(); // the handwritten day was read as "4†"
    const key = ANSWER_KEYS.get('qn_qd47_QD-UBND_20250117_p1');
    expect(characterErrorRate(key?.subject ?? '', qd47.subject?.value ?? '')).toBeLessThan(0.02);
    const cv299 = extractHeader(pipeline('qn_cv299_UBND-TTHC_20250115_p1'));
    expect(cv299.typeName?.code).toBe('22');
    expect(cv299.issuedDate?.value).toBe('15/01/2025');
    expect(cv299.subject?.value.startsWith('V/v công b')).toBe(true);
    expect(cv299.signer?.authority).toBe('TL. CHỦ TỊCH');
  });

  it('reads every field of the transcriptions exactly (plain-text input)', () => {
    for (const sample of SAMPLE_PAGES) {
      const file = sample.image.split('/').at(-1)?.replace('.jpg', '') ?? '';
      const key = ANSWER_KEYS.get(file);
      const header = extractHeader(
        readFileSync(
          sample.image.replace('.jpg', '.gt.txt').replace('sample-dossier/', 'sample-dossier/ground-truth/'),
          'utf8',
        ),
      );
      expect(`${header.codeNumber?.value}/${header.codeNotation?.value}`).toBe(key?.number);
      expect(header.issuedDate?.value).toBe(key?.date.split('-').reverse().join('/'));
      expect(header.organName?.value).toBe(key?.org);
      expect(header.subject?.value).toBe(key?.subject);
      expect(header.typeName?.value.toUpperCase()).toBe(key?.doc_type);
      expect(header.codeNumber?.confidence).toBe(1);
      expect(header.codeNumber?.box).toBeUndefined();
    }
  });

  it('tolerates older numbering, parent bodies and marks, and leaves out what is not there', () => {
    const header = extractHeader(
      'BỘ NỘI VỤ\nCỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC\nSố 45-TTg\nHỎA TỐC\nMẬT\nHà Nội, ngày 5 tháng 3 năm 1962\nCHỈ THỊ\nVề công tác phòng, chống lụt bão\nCăn cứ …',
    );
    expect(header.codeNumber?.value).toBe('45');
    expect(header.codeNotation?.value).toBe('TTg');
    expect(header.organName).toMatchObject({ value: 'CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC', parent: 'BỘ NỘI VỤ' });
    expect(header.urgency?.value).toBe('HỎA TỐC');
    expect(header.secrecy?.value).toBe('MẬT');
    expect(header.issuedDate?.value).toBe('05/03/1962');
    expect(header.typeName?.code).toBe('03');
    expect(header.subject?.value).toBe('Về công tác phòng, chống lụt bão');
    expect(extractHeader('Nothing here\nat all')).toEqual({});
  });
});

function searchable(text: string | undefined): string {
  return (text ?? '').replace('UỶ', 'ỦY');
}
