import { escapeXml, SohoaError } from '@sohoa/base';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';

/** A value of one archival field: text, a whole number or a yes/no flag. */
export type ArchivalValue = string | number | boolean;

/**
 * Archival metadata written into the XMP packet: the dossier's (hồ sơ) and the document's (văn bản)
 * fields of Thông tư 05/2025/TT-BNV, keyed by the standard's field names as `@sohoa/metadata`
 * spells them (`fileCode`, `arcFileCode`, `docCode`, `codeNumber`, `issuedDate`, …). Fields whose
 * value is `undefined` or `null` are left out, so a record from `@sohoa/metadata` can be passed
 * as it is.
 */
export interface ArchivalMetadata {
  /** The dossier's fields, in the namespace {@link ARCHIVAL_NAMESPACES}`.dossier` (prefix `hoso`). @default none */
  dossier?: Readonly<Record<string, ArchivalValue | null | undefined>> | undefined;
  /** The document's fields, in the namespace {@link ARCHIVAL_NAMESPACES}`.document` (prefix `vanban`). @default none */
  document?: Readonly<Record<string, ArchivalValue | null | undefined>> | undefined;
}

/**
 * The XMP namespaces sohoa writes archival metadata in. Each is described in the packet by a
 * `pdfaExtension` schema (ISO 19005-2 6.6.2.3.2), as PDF/A requires for properties outside the
 * predefined schemas. Version 1.0: the property names are TT 05/2025 field names; types are
 * `Text` (dates stay as the standard writes them), `Integer` or `Boolean`.
 *
 * @example
 * ```ts
 * import { ARCHIVAL_NAMESPACES } from '@sohoa/pdfa';
 *
 * console.log(ARCHIVAL_NAMESPACES.dossier.uri); // 'https://sohoa.vn/ns/xmp/hoso/1.0/'
 * ```
 */
export const ARCHIVAL_NAMESPACES = {
  dossier: {
    uri: 'https://sohoa.vn/ns/xmp/hoso/1.0/',
    prefix: 'hoso',
    schema: 'Hồ sơ lưu trữ (dossier) metadata, Thông tư 05/2025/TT-BNV',
  },
  document: {
    uri: 'https://sohoa.vn/ns/xmp/vanban/1.0/',
    prefix: 'vanban',
    schema: 'Văn bản (document) metadata, Thông tư 05/2025/TT-BNV',
  },
} as const;

interface ArchivalProperty {
  name: string;
  text: string;
  valueType: 'Text' | 'Integer' | 'Boolean';
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function properties(kind: 'dossier' | 'document', fields: ArchivalMetadata['dossier']): ArchivalProperty[] {
  return Object.entries(fields ?? {}).flatMap(([name, value]): ArchivalProperty[] => {
    if (value === undefined || value === null) return [];
    if (!XML_NAME.test(name)) {
      throw new SohoaError<PdfaErrorCode>({
        code: 'OPTION_INVALID',
        message: {
          vi: `writePdfA: archival.${kind} có tên trường "${name}", không phải là tên XML hợp lệ.`,
          en: `writePdfA: archival.${kind} has the field name "${name}", which is not an XML name.`,
        },
        fix: {
          vi: 'Dùng tên trường theo Thông tư 05/2025/TT-BNV (chữ cái và chữ số, ví dụ "fileCode").',
          en: 'Use the field names of Thông tư 05/2025/TT-BNV (letters and digits, e.g. "fileCode").',
        },
        details: { field: name },
      });
    }
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) {
        throw new SohoaError<PdfaErrorCode>({
          code: 'OPTION_INVALID',
          message: {
            vi: `writePdfA: archival.${kind}.${name} có giá trị ${value}; giá trị số phải là số nguyên.`,
            en: `writePdfA: archival.${kind}.${name} is ${value}; numbers must be whole.`,
          },
          fix: {
            vi: 'Truyền giá trị dưới dạng chuỗi nếu không phải số nguyên.',
            en: 'Pass the value as a string if it is not a whole number.',
          },
          details: { field: name },
        });
      }
      return [{ name, text: String(value), valueType: 'Integer' as const }];
    }
    if (typeof value === 'boolean')
      return [{ name, text: value ? 'True' : 'False', valueType: 'Boolean' as const }];
    if (typeof value !== 'string') {
      throw new SohoaError<PdfaErrorCode>({
        code: 'OPTION_INVALID',
        message: {
          vi: `writePdfA: archival.${kind}.${name} có kiểu ${typeof value}; cần chuỗi ký tự, số nguyên hoặc giá trị đúng/sai.`,
          en: `writePdfA: archival.${kind}.${name} is a ${typeof value}; expected text, a whole number or a boolean.`,
        },
        fix: {
          vi: 'Tách các giá trị lồng nhau thành các trường hoặc chuỗi riêng.',
          en: 'Flatten nested values into separate fields or strings.',
        },
        details: { field: name },
      });
    }
    return [{ name, text: value, valueType: 'Text' as const }];
  });
}

/**
 * The XMP for archival metadata: the namespace declarations, the properties, and the
 * `pdfaExtension:schemas` description of each namespace used (only the properties written are
 * described). Empty strings when there is nothing to write.
 */
export function archivalXmp(metadata: ArchivalMetadata | undefined): {
  namespaces: string;
  properties: string;
  schemas: string[];
} {
  const result = { namespaces: '', properties: '', schemas: [] as string[] };
  for (const kind of ['dossier', 'document'] as const) {
    const list = properties(kind, metadata?.[kind]);
    if (list.length === 0) continue;
    const { uri, prefix, schema } = ARCHIVAL_NAMESPACES[kind];
    result.namespaces += `\n        xmlns:${prefix}="${uri}"`;
    for (const property of list) {
      result.properties += `\n      <${prefix}:${property.name}>${escapeXml(property.text, {
        vi: `thuộc tính XMP ${prefix}:${property.name}`,
        en: `the XMP property ${prefix}:${property.name}`,
      })}</${prefix}:${property.name}>`;
    }
    const described = list
      .map(
        (property) => `
                <rdf:li rdf:parseType="Resource">
                  <pdfaProperty:name>${property.name}</pdfaProperty:name>
                  <pdfaProperty:valueType>${property.valueType}</pdfaProperty:valueType>
                  <pdfaProperty:category>external</pdfaProperty:category>
                  <pdfaProperty:description>${escapeXml(`${kind === 'dossier' ? 'Hồ sơ' : 'Văn bản'}: ${property.name} (TT 05/2025/TT-BNV)`)}</pdfaProperty:description>
                </rdf:li>`,
      )
      .join('');
    result.schemas.push(`
          <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>${escapeXml(schema)}</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>${uri}</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>${prefix}</pdfaSchema:prefix>
            <pdfaSchema:property>
              <rdf:Seq>${described}
              </rdf:Seq>
            </pdfaSchema:property>
          </rdf:li>`);
  }
  return result;
}
