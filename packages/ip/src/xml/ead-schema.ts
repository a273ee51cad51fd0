import { RECORD_SCHEMAS, type RecordKind } from '@sohoa/metadata';

/**
 * The XSD of a `simpledc` metadata file of Thông tư 05/2025/TT-BNV (`EAD.xml`, `EAD_doc_*.xml`):
 * a `<simpledc>` root holding the circular's elements in its order, every one `xs:string` as in
 * the circular's own schemas (standards reference §3.4), each optional (`minOccurs="0"`, the
 * circular's XML skeletons write absent fields as empty elements, other tools leave them out) and
 * `language` repeatable. The element list comes from `@sohoa/metadata`, so the schema, the writer
 * and the validator cannot drift apart. Codes, lengths and dates are checked by `@sohoa/metadata`,
 * not by this schema (the circular types them all as strings).
 */
export function eadSchema(kind: RecordKind): string {
  const elements = Object.keys(RECORD_SCHEMAS[kind].shape)
    .map(
      (tag) =>
        `      <xs:element name="${tag}" type="xs:string" minOccurs="0"${tag === 'language' ? ' maxOccurs="unbounded"' : ''}/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- simpledc schema of the "${kind}" record of Thông tư 05/2025/TT-BNV, written by @sohoa/ip from @sohoa/metadata. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xs:element name="simpledc">
    <xs:complexType>
      <xs:sequence>
${elements}
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
`;
}
