import { XMLParser, XMLValidator } from 'fast-xml-parser';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** A value in XMP's data model: simple text, an array (Bag, Seq, Alt) or a structure. */
export type XmpValue =
  | { kind: 'text'; text: string }
  | { kind: 'array'; arrayType: string; items: { value: XmpValue; lang: string | undefined }[] }
  | { kind: 'struct'; fields: XmpProperty[] };

/** One XMP property (or structure field) with its resolved namespace. */
export interface XmpProperty {
  namespace: string;
  /** The prefix as written in the packet. */
  prefix: string;
  name: string;
  value: XmpValue;
}

/** A metadata stream read as an XMP packet. */
export interface XmpPacket {
  /** Attributes of the `<?xpacket begin=… ?>` header, when there is one. */
  header: Map<string, string> | undefined;
  /** The bytes are valid UTF-8 (and not UTF-16 or UTF-32). */
  utf8: boolean;
  /** Why the packet is not well-formed XML/RDF, when it is not. */
  syntaxError: string | undefined;
  /** Top-level properties of every `rdf:Description`. */
  properties: XmpProperty[];
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignorePiTags: true,
});

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text');
}

function attributesOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  return (node[tag] as XmlNode[] | undefined) ?? [];
}

/**
 * A structure as XMPCore reads it: one with an `rdf:value` field is that value, its other fields
 * being qualifiers (`<rdf:li rdf:parseType="Resource"><rdf:value>…</rdf:value><xmpidq:Scheme>…`),
 * so it is judged as the value it qualifies, as veraPDF judges it.
 */
function qualifiedOrStruct(fields: XmpProperty[]): XmpValue {
  const main = fields.find((field) => field.namespace === RDF && field.name === 'value');
  return main ? main.value : { kind: 'struct', fields };
}

function textOf(children: XmlNode[]): string {
  return children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join('');
}

/** RDF attributes XMP forbids (obsolete RDF terms). */
const FORBIDDEN_ATTRIBUTES = new Set(['aboutEach', 'aboutEachPrefix', 'bagID']);

/**
 * Reads RDF/XML into XMP properties, and records what XMPCore (the parser veraPDF validates with)
 * refuses: typed top-level nodes, rdf:li outside an array, parse types other than Resource, obsolete
 * RDF attributes, differing rdf:about values and duplicate properties.
 */
class RdfReader {
  readonly errors: string[] = [];
  private about: string | undefined;

  private rdfAttribute(node: XmlNode, scope: Map<string, string>, name: string): string | undefined {
    for (const [key, value] of Object.entries(attributesOf(node))) {
      const resolved = this.resolve(key, scope);
      if (resolved.namespace === RDF && resolved.name === name) return value;
    }
    return undefined;
  }

  private checkNodeAttributes(node: XmlNode, scope: Map<string, string>, topLevel: boolean): void {
    for (const key of Object.keys(attributesOf(node))) {
      const resolved = this.resolve(key, scope);
      if (resolved.namespace === RDF && FORBIDDEN_ATTRIBUTES.has(resolved.name))
        this.errors.push(`the obsolete attribute rdf:${resolved.name} is used`);
    }
    const about = this.rdfAttribute(node, scope, 'about');
    if (!topLevel || !about) return;
    if (this.about !== undefined && this.about !== about)
      this.errors.push(`top-level rdf:about values differ ("${this.about}", "${about}")`);
    this.about ??= about;
  }

  private checkDuplicates(properties: XmpProperty[], where: string): void {
    const seen = new Set<string>();
    for (const property of properties) {
      const key = `${property.namespace} ${property.name}`;
      if (seen.has(key)) this.errors.push(`${property.prefix}:${property.name} appears twice in ${where}`);
      seen.add(key);
    }
  }

  resolve(
    qualifiedName: string,
    scope: Map<string, string>,
  ): { namespace: string; prefix: string; name: string } {
    const colon = qualifiedName.indexOf(':');
    const prefix = colon < 0 ? '' : qualifiedName.slice(0, colon);
    const name = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
    const namespace = prefix === 'xml' ? XML : (scope.get(prefix) ?? '');
    return { namespace, prefix, name };
  }

  scopeOf(node: XmlNode, parent: Map<string, string>): Map<string, string> {
    const attributes = attributesOf(node);
    const declarations = Object.entries(attributes).filter(
      ([key]) => key === 'xmlns' || key.startsWith('xmlns:'),
    );
    if (declarations.length === 0) return parent;
    const scope = new Map(parent);
    for (const [key, value] of declarations) scope.set(key === 'xmlns' ? '' : key.slice(6), value);
    return scope;
  }

  /** Properties written as attributes (`pdfaid:part="2"`) of a description or structure element. */
  attributeProperties(node: XmlNode, scope: Map<string, string>): XmpProperty[] {
    return Object.entries(attributesOf(node)).flatMap(([key, text]) => {
      if (key === 'xmlns' || key.startsWith('xmlns:')) return [];
      const resolved = this.resolve(key, scope);
      if (resolved.namespace === RDF || resolved.namespace === XML) return [];
      return [{ ...resolved, value: { kind: 'text' as const, text } }];
    });
  }

  elementProperties(children: XmlNode[], scope: Map<string, string>): XmpProperty[] {
    const properties = children.flatMap((child) => {
      const tag = tagOf(child);
      if (!tag) return [];
      const childScope = this.scopeOf(child, scope);
      const resolved = this.resolve(tag, childScope);
      if (resolved.namespace === RDF && (resolved.name === 'li' || resolved.name === 'Description'))
        this.errors.push(`rdf:${resolved.name} is used as a property`);
      return [{ ...resolved, value: this.value(child, tag, childScope) }];
    });
    this.checkDuplicates(properties, 'one structure');
    return properties;
  }

  description(node: XmlNode, tag: string, scope: Map<string, string>, topLevel = false): XmpProperty[] {
    this.checkNodeAttributes(node, scope, topLevel);
    return [
      ...this.attributeProperties(node, scope),
      ...this.elementProperties(childrenOf(node, tag), scope),
    ];
  }

  value(node: XmlNode, tag: string, scope: Map<string, string>): XmpValue {
    const children = childrenOf(node, tag).filter((child) => tagOf(child) !== undefined);
    const parseType = this.rdfAttribute(node, scope, 'parseType');
    if (parseType === 'Resource') return qualifiedOrStruct(this.elementProperties(children, scope));
    if (parseType !== undefined) this.errors.push(`rdf:parseType="${parseType}" is not allowed in XMP`);
    const resource = this.rdfAttribute(node, scope, 'resource');
    if (resource !== undefined) return { kind: 'text', text: resource };
    const first = children[0];
    const firstTag = first ? tagOf(first) : undefined;
    if (first && firstTag) {
      const firstScope = this.scopeOf(first, scope);
      const resolved = this.resolve(firstTag, firstScope);
      if (resolved.namespace === RDF && ['Bag', 'Seq', 'Alt'].includes(resolved.name)) {
        const items = childrenOf(first, firstTag).flatMap((item) => {
          const itemTag = tagOf(item);
          if (!itemTag) return [];
          const itemScope = this.scopeOf(item, firstScope);
          return [{ value: this.value(item, itemTag, itemScope), lang: attributesOf(item)['xml:lang'] }];
        });
        return { kind: 'array', arrayType: resolved.name, items };
      }
      if (resolved.namespace === RDF && resolved.name === 'Description') {
        const main = this.rdfAttribute(first, firstScope, 'value');
        const fields = this.description(first, firstTag, firstScope);
        return main === undefined ? qualifiedOrStruct(fields) : { kind: 'text', text: main };
      }
      return qualifiedOrStruct(this.elementProperties(children, scope));
    }
    const main = this.rdfAttribute(node, scope, 'value');
    if (main !== undefined) return { kind: 'text', text: main };
    const qualifiers = this.attributeProperties(node, scope);
    if (qualifiers.length > 0) return { kind: 'struct', fields: qualifiers };
    return { kind: 'text', text: textOf(childrenOf(node, tag)) };
  }

  /** Every `rdf:Description` under `rdf:RDF`, wherever `rdf:RDF` is. */
  read(nodes: XmlNode[], scope: Map<string, string>): { found: boolean; properties: XmpProperty[] } {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag) continue;
      const nodeScope = this.scopeOf(node, scope);
      const resolved = this.resolve(tag, nodeScope);
      if (resolved.namespace === RDF && resolved.name === 'RDF') {
        const properties = childrenOf(node, tag).flatMap((child) => {
          const childTag = tagOf(child);
          if (!childTag) return [];
          const childScope = this.scopeOf(child, nodeScope);
          const element = this.resolve(childTag, childScope);
          if (element.namespace !== RDF || element.name !== 'Description')
            this.errors.push(`the top-level node ${childTag} is not an rdf:Description`);
          return this.description(child, childTag, childScope, true);
        });
        this.checkDuplicates(properties, 'the packet');
        return { found: true, properties };
      }
      const inner = this.read(childrenOf(node, tag), nodeScope);
      if (inner.found) return inner;
    }
    return { found: false, properties: [] };
  }
}

function decodeText(bytes: Uint8Array): { text: string; utf8: boolean } {
  const utf16 = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
  if (!utf16) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf8: true };
    } catch {
      return { text: new TextDecoder('latin1').decode(bytes), utf8: false };
    }
  }
  return { text: new TextDecoder(bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(bytes), utf8: false };
}

function readHeader(text: string): Map<string, string> | undefined {
  const match = /<\?xpacket\s+([^?]*)\?>/.exec(text);
  if (!match?.[1]?.includes('begin')) return undefined;
  return new Map(
    [...match[1].matchAll(/([\w:]+)\s*=\s*(["'])(.*?)\2/g)].map((item) => [item[1] ?? '', item[3] ?? '']),
  );
}

/**
 * Reads an XMP packet: header attributes, encoding, well-formedness and the RDF properties.
 * Document type declarations are refused (XMP forbids them), so no entity is ever expanded or fetched.
 */
export function readXmpPacket(bytes: Uint8Array): XmpPacket {
  const { text, utf8 } = decodeText(bytes);
  const header = readHeader(text);
  const xml = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(xml)) {
    return { header, utf8, syntaxError: 'the packet contains a document type declaration', properties: [] };
  }
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line } = validation.err;
    return { header, utf8, syntaxError: `${msg} (line ${line})`, properties: [] };
  }
  let nodes: XmlNode[];
  try {
    nodes = parser.parse(xml) as XmlNode[];
  } catch (error) {
    // fast-xml-parser's validator passes some malformed processing instructions its parser refuses.
    return {
      header,
      utf8,
      syntaxError: error instanceof Error ? error.message : String(error),
      properties: [],
    };
  }
  const reader = new RdfReader();
  const { found, properties } = reader.read(nodes, new Map());
  const syntaxError = found ? reader.errors[0] : 'no rdf:RDF element';
  return { header, utf8, syntaxError, properties };
}

/** The first property with this namespace and name. */
export function findProperty(
  properties: XmpProperty[],
  namespace: string,
  name: string,
): XmpProperty | undefined {
  return properties.find((property) => property.namespace === namespace && property.name === name);
}

/** The text of a simple value, the x-default (or first) item of an Alt, or the items of a Seq/Bag joined. */
export function valueText(value: XmpValue | undefined): string | undefined {
  if (!value) return undefined;
  if (value.kind === 'text') return value.text;
  if (value.kind === 'struct') return undefined;
  if (value.arrayType === 'Alt') {
    const chosen = value.items.find((item) => item.lang === 'x-default') ?? value.items[0];
    return valueText(chosen?.value);
  }
  return value.items.map((item) => valueText(item.value) ?? '').join(', ');
}
