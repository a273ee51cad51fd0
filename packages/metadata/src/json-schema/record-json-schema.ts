import * as z from 'zod';
import { fieldLabel } from '../fields/field-labels.js';
import { RECORD_SCHEMAS, type RecordKind } from '../validation/record-schemas.js';

const TITLES: Record<RecordKind, string> = {
  dossier: 'Hồ sơ (SIP_hoso, EAD.xml)',
  aipDossier: 'Hồ sơ (AIP_hoso, EAD.xml)',
  document: 'Tài liệu (SIP, EAD_doc)',
  aipDocument: 'Tài liệu (AIP, EAD_doc)',
  dipDocument: 'Tài liệu (DIP, EAD_doc)',
  photo: 'Phim, ảnh (EAD_pic)',
  media: 'Phim, âm thanh (EAD_media)',
  aipLooseDocuments: 'Gói tài liệu rời (AIP_tailieu, EAD.xml)',
  sipLooseDocuments: 'Gói tài liệu rời (SIP_tailieu, EAD.xml)',
  fond: 'Phông lưu trữ',
};

/** A JSON Schema (draft 2020-12) object, as produced by {@link recordJsonSchema}. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a record kind, for consumers that do not use TypeScript or
 * zod: types, code lists as `enum`, lengths, date patterns, required fields, no extra fields, and
 * each property titled with its Vietnamese name and described with its English one. Property
 * order is the circular's element order. Cross-field rules (e.g. `riskRecoveryStatus` when
 * `riskRecovery` is 1) and calendar checks (31/02) cannot be expressed and are not included: use
 * the validators for them.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { recordJsonSchema } from '@sohoa/metadata';
 *
 * await writeFile('EAD_doc.schema.json', JSON.stringify(recordJsonSchema('aipDocument'), null, 2));
 * ```
 */
export function recordJsonSchema(kind: RecordKind): JsonSchema {
  const schema = z.toJSONSchema(RECORD_SCHEMAS[kind], {
    io: 'output',
    target: 'draft-2020-12',
  }) as JsonSchema;
  const properties = schema.properties as Record<string, JsonSchema>;
  for (const [tag, property] of Object.entries(properties)) {
    const label = fieldLabel(tag);
    properties[tag] = { title: label.vi, description: label.en, ...property };
  }
  return { ...schema, $id: `urn:sohoa:metadata:${kind}`, title: TITLES[kind] };
}
