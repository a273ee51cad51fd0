import { describe, expect, it } from 'vitest';
import { aipDocument, sipDocument } from '../__fixtures__/records.js';
import { aipDocumentSchema } from './aip-document-schema.js';
import { dipDocumentSchema } from './dip-document-schema.js';
import { documentSchema } from './document-schema.js';

describe('document schemas (EAD_doc)', () => {
  it('orders the SIP fields as the circular, 21 in all', () => {
    expect(Object.keys(documentSchema.shape)).toEqual([
      'docId',
      'docCode',
      'maintenance',
      'typeName',
      'codeNumber',
      'codeNotation',
      'issuedDate',
      'organName',
      'subject',
      'language',
      'numberOfPage',
      'inforSign',
      'keyword',
      'mode',
      'confidenceLevel',
      'autograph',
      'format',
      'riskRecovery',
      'riskRecoveryStatus',
      'process',
      'description',
    ]);
  });

  it('orders the AIP fields as the circular, 19 in all, without docId, maintenance or riskRecovery', () => {
    expect(Object.keys(aipDocumentSchema.shape)).toEqual([
      'arcFileCode',
      'mode',
      'language',
      'keyword',
      'numberOfPage',
      'format',
      'inforSign',
      'confidenceLevel',
      'description',
      'docCode',
      'docOrdinal',
      'typeName',
      'codeNumber',
      'codeNotation',
      'issuedDate',
      'organName',
      'subject',
      'autograph',
      'process',
    ]);
  });

  it('makes the DIP set from the SIP set: arcDocCode for docCode, no organName', () => {
    const sipKeys = Object.keys(documentSchema.shape);
    const dipKeys = Object.keys(dipDocumentSchema.shape);
    expect(dipKeys).toHaveLength(20);
    expect(dipKeys).toEqual(
      sipKeys.filter((key) => key !== 'organName').map((key) => (key === 'docCode' ? 'arcDocCode' : key)),
    );
  });

  it('accepts realistic SIP and AIP documents', () => {
    expect(documentSchema.parse(sipDocument).typeName).toBe('02');
    expect(aipDocumentSchema.parse(aipDocument).language).toEqual(['01', '03']);
  });

  it('rejects a typeName outside 01–32 and a docId longer than 25', () => {
    const result = documentSchema.safeParse({ ...sipDocument, typeName: '33', docId: 'X'.repeat(26) });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['docId', 'too_big'],
      ['typeName', 'invalid_value'],
    ]);
  });

  it('requires process for documents handled electronically', () => {
    const bornDigital = { ...sipDocument, confidenceLevel: '01' };
    expect(documentSchema.safeParse(bornDigital).error?.issues[0]?.path).toEqual(['process']);
    expect(documentSchema.safeParse({ ...bornDigital, process: 1 }).success).toBe(true);
    expect(aipDocumentSchema.safeParse({ ...aipDocument, confidenceLevel: '03' }).success).toBe(false);
  });

  it('accepts partial dates in the AIP record only', () => {
    expect(documentSchema.safeParse({ ...sipDocument, issuedDate: '1952' }).success).toBe(false);
    expect(aipDocumentSchema.safeParse({ ...aipDocument, issuedDate: '02/1952' }).success).toBe(true);
  });
});
