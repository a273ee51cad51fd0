import { type Bilingual, renderXmlDocument, SohoaError, type XmlNode } from '@sohoa/base';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MetadataErrorCode } from '../errors/metadata-error-codes.js';
import { recordJsonSchema } from '../json-schema/record-json-schema.js';
import { RECORD_SCHEMAS, type RecordKind, type RecordOf } from '../validation/record-schemas.js';
import { type ValidationOptions, validateRecord } from '../validation/validate-records.js';

/** How records are written as `simpledc` XML. */
export interface EadXmlOptions {
  /**
   * Write every element of the circular's sequence, empty when the record has no value, as the
   * XML skeletons of the circular do; `false` leaves absent fields out. Default: `true`.
   */
  emptyElements?: boolean;
  /**
   * How several language codes are written. Default: `undefined`, one `<language>` element per
   * code (the Dublin Core convention). Give a separator such as `','` to write them in one element.
   * The circular's own form is not in the sources (UNVERIFIED); {@link parseEadXml} reads both.
   */
  languageSeparator?: string;
  /** Indentation of each element. Default: two spaces. */
  indent?: string;
}

/** How `simpledc` XML is read. */
export interface ParseEadXmlOptions extends ValidationOptions {
  /** Named in errors, e.g. the file path. Default: "the XML record" (in the error's language). */
  source?: string;
  /**
   * Reject elements out of the circular's order (its XSD declares a sequence). Default: `true`.
   */
  strictOrder?: boolean;
}

type FieldKind = 'text' | 'number' | 'list';
const fieldKinds = new Map<RecordKind, Map<string, FieldKind>>();

/** Whether each field of a kind is text, a number or a list, read from its JSON Schema. */
function kindsOf(kind: RecordKind): Map<string, FieldKind> {
  let kinds = fieldKinds.get(kind);
  if (!kinds) {
    kinds = new Map();
    const properties = recordJsonSchema(kind).properties as Record<
      string,
      { type?: string; enum?: unknown[] }
    >;
    for (const [tag, property] of Object.entries(properties)) {
      const numeric =
        property.type === 'integer' ||
        property.type === 'number' ||
        (property.enum?.every((value) => typeof value === 'number') ?? false);
      kinds.set(tag, property.type === 'array' ? 'list' : numeric ? 'number' : 'text');
    }
    fieldKinds.set(kind, kinds);
  }
  return kinds;
}

/**
 * Writes a record as the `simpledc` XML of the circular (`EAD.xml`, `EAD_doc.xml`,
 * `EAD_pic.xml`, `EAD_media.xml`), elements in the circular's order. The record is validated
 * first, so no invalid XML is written.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the record is invalid, listing every problem.
 *
 * @example
 * ```ts
 * import { toEadXml } from '@sohoa/metadata';
 *
 * const xml = toEadXml('aipDocument', document);
 * // <?xml version="1.0" encoding="UTF-8"?>
 * // <simpledc>
 * //   <arcFileCode>TTLT1.H49.64.33.2001.160</arcFileCode>
 * //   <mode>01</mode>
 * //   …
 * ```
 */
export function toEadXml<K extends RecordKind>(
  kind: K,
  record: unknown,
  options: EadXmlOptions = {},
): string {
  const source = { vi: `Bản ghi ${kind}`, en: `the ${kind} record` };
  const valid = validateRecord(kind, record, source) as Record<string, unknown>;
  const children: XmlNode[] = [];
  for (const name of Object.keys(RECORD_SCHEMAS[kind].shape)) {
    const value = valid[name];
    if (value === undefined) {
      if (options.emptyElements ?? true) children.push({ name, text: '' });
    } else if (Array.isArray(value) && options.languageSeparator === undefined) {
      for (const item of value) children.push({ name, text: String(item) });
    } else {
      children.push({
        name,
        text: Array.isArray(value) ? value.join(options.languageSeparator) : String(value),
      });
    }
  }
  return renderXmlDocument({ name: 'simpledc', children }, { indent: options.indent ?? '  ' });
}

type OrderedNode = Record<string, OrderedNode[] | string>;

function invalidXml(source: Bilingual, message: Bilingual, fix: Bilingual): SohoaError<MetadataErrorCode> {
  return new SohoaError<MetadataErrorCode>({
    code: 'METADATA_INVALID',
    message: { vi: `${source.vi}: ${message.vi}`, en: `${source.en}: ${message.en}` },
    fix,
    details: { source: source.en },
  });
}

/**
 * Reads `simpledc` XML into a validated record of the given kind: numbers become JSON numbers,
 * languages a list (from repeated elements or one element separated by `,` or `;`), empty
 * elements absent fields.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `METADATA_INVALID` when the XML is not well formed, has no
 * `<simpledc>` root, has elements out of order (with `strictOrder`) or the record is invalid.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { parseEadXml } from '@sohoa/metadata';
 *
 * const dossier = parseEadXml('aipDossier', await readFile('EAD.xml', 'utf8'), { source: 'EAD.xml' });
 * ```
 */
export function parseEadXml<K extends RecordKind>(
  kind: K,
  xml: string,
  options: ParseEadXmlOptions = {},
): RecordOf<K> {
  const source = options.source
    ? { vi: options.source, en: options.source }
    : { vi: 'Bản ghi XML', en: 'the XML record' };
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line } = wellFormed.err;
    throw invalidXml(
      source,
      {
        vi: `XML không đúng cú pháp (dòng ${line}: ${msg}).`,
        en: `not well-formed XML (line ${line}: ${msg}).`,
      },
      { vi: 'Sửa hoặc xuất lại tệp XML.', en: 'Repair or re-export the XML file.' },
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
  });
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(xml) as OrderedNode[];
  } catch (error) {
    // fast-xml-parser's validator passes some malformed processing instructions its parser refuses.
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidXml(
      source,
      { vi: `XML không đúng cú pháp (${reason}).`, en: `not well-formed XML (${reason}).` },
      { vi: 'Sửa hoặc xuất lại tệp XML.', en: 'Repair or re-export the XML file.' },
    );
  }
  const root = nodes.find((node) => Object.hasOwn(node, 'simpledc'))?.simpledc;
  if (!Array.isArray(root)) {
    throw invalidXml(
      source,
      { vi: 'không có phần tử gốc <simpledc>.', en: 'has no <simpledc> root element.' },
      {
        vi: 'Cung cấp tệp EAD theo Thông tư 05/2025/TT-BNV.',
        en: 'Give an EAD file of Thông tư 05/2025/TT-BNV.',
      },
    );
  }
  const order = Object.keys(RECORD_SCHEMAS[kind].shape);
  const kinds = kindsOf(kind);
  const record: Record<string, unknown> = {};
  let lastPosition = -1;
  for (const node of root) {
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (tag === undefined || tag === '#text') continue;
    const children = node[tag];
    const text = Array.isArray(children)
      ? children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('')
      : '';
    const position = order.indexOf(tag);
    if (position >= 0 && (options.strictOrder ?? true)) {
      if (position < lastPosition) {
        throw invalidXml(
          source,
          {
            vi: `<${tag}> đứng sau <${order[lastPosition]}>, trái với thứ tự phần tử của Thông tư.`,
            en: `<${tag}> comes after <${order[lastPosition]}>, against the circular's element order.`,
          },
          {
            vi: `Ghi các phần tử theo thứ tự: ${order.join(', ')}.`,
            en: `Write the elements in this order: ${order.join(', ')}.`,
          },
        );
      }
      lastPosition = position;
    }
    if (text === '') continue;
    const fieldKind = kinds.get(tag);
    if (fieldKind === 'list') {
      const list = (record[tag] as string[] | undefined) ?? [];
      list.push(
        ...text
          .split(/[,;]/)
          .map((part) => part.trim())
          .filter(Boolean),
      );
      record[tag] = list;
    } else if (fieldKind === 'number' && /^-?\d+$/.test(text)) {
      record[tag] = Number(text);
    } else {
      record[tag] = text;
    }
  }
  return validateRecord(kind, record, source, options);
}
