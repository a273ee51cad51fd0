import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS, type RecordKind } from '../validation/record-schemas.js';
import { recordJsonSchema } from './record-json-schema.js';

describe('recordJsonSchema', () => {
  it('describes the SIP dossier with its rules, in element order', () => {
    const schema = recordJsonSchema('dossier');
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).toEqual(Object.keys(RECORD_SCHEMAS.dossier.shape));
    expect(properties.fileCode).toMatchObject({
      title: 'Mã hồ sơ',
      type: 'string',
      maxLength: 100,
      minLength: 1,
    });
    expect(properties.maintenance).toMatchObject({ enum: ['01', '02', '03', '04', '05', '06', '07'] });
    expect(properties.language).toMatchObject({ type: 'array', minItems: 1 });
    expect(properties.totalDoc).toMatchObject({ type: 'integer', minimum: 0, maximum: 9_999_999_999 });
    expect(properties.startDate).toMatchObject({ pattern: '^\\d{2}/\\d{2}/\\d{4}$' });
    expect(properties.riskRecovery).toMatchObject({ enum: [0, 1] });
    expect(schema.required).toEqual([
      'fileCode',
      'title',
      'maintenance',
      'mode',
      'language',
      'startDate',
      'endDate',
      'totalDoc',
      'numberOfPage',
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('exports every kind as plain JSON', () => {
    for (const kind of Object.keys(RECORD_SCHEMAS) as RecordKind[]) {
      const schema = recordJsonSchema(kind);
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
      expect(schema.$id).toBe(`urn:sohoa:metadata:${kind}`);
    }
    const typeName = (recordJsonSchema('aipDocument').properties as Record<string, { enum: string[] }>)
      .typeName;
    expect(typeName?.enum).toHaveLength(32);
  });
});
