import type { XmpProperty, XmpValue } from './xmp-packet.js';
import { NS, PREDEFINED_PROPERTIES } from './xmp-schemas.js';
import { XmpTypes } from './xmp-value-types.js';

/** Where a property's type was found: an extension schema of a packet, or the predefined schemas. */
export interface PropertyDefinition {
  type: string;
  types: XmpTypes;
}

function field(fields: XmpProperty[], namespace: string, name: string): XmpProperty | undefined {
  return fields.find((item) => item.namespace === namespace && item.name === name);
}

function text(value: XmpValue | undefined): string | undefined {
  return value?.kind === 'text' ? value.text : undefined;
}

function structs(value: XmpValue | undefined): XmpProperty[][] {
  if (value?.kind !== 'array') return [];
  return value.items.flatMap((item) => (item.value.kind === 'struct' ? [item.value.fields] : []));
}

/**
 * The properties and value types that the `pdfaExtension:schemas` of one packet describe, read as
 * veraPDF reads them: each `pdfaType` with a namespace and fields becomes a structure type, each
 * `pdfaProperty` whose value type is known (predefined or described) is defined; the first
 * definition of a name wins.
 */
export class ExtensionDefinitions {
  readonly types = new XmpTypes();
  private readonly properties = new Map<string, string>();

  constructor(packetProperties: readonly XmpProperty[]) {
    const schemas = packetProperties
      .filter((property) => property.namespace === NS.pdfaExtension && property.name === 'schemas')
      .flatMap((property) => structs(property.value));
    for (const schema of schemas) {
      for (const type of structs(field(schema, NS.pdfaSchema, 'valueType')?.value)) this.defineType(type);
    }
    for (const schema of schemas) {
      const namespace = text(field(schema, NS.pdfaSchema, 'namespaceURI')?.value);
      if (namespace === undefined) continue;
      for (const property of structs(field(schema, NS.pdfaSchema, 'property')?.value)) {
        const name = text(field(property, NS.pdfaProperty, 'name')?.value);
        const type = text(field(property, NS.pdfaProperty, 'valueType')?.value);
        const key = `${namespace} ${name}`;
        if (name === undefined || type === undefined || this.properties.has(key) || !this.types.isKnown(type))
          continue;
        this.properties.set(key, type);
      }
    }
  }

  private defineType(fields: XmpProperty[]): void {
    const type = text(field(fields, NS.pdfaType, 'type')?.value);
    const namespace = text(field(fields, NS.pdfaType, 'namespaceURI')?.value);
    if (type === undefined) return;
    const structFields: Record<string, string> = {};
    for (const item of structs(field(fields, NS.pdfaType, 'field')?.value)) {
      const name = text(field(item, NS.pdfaField, 'name')?.value);
      const valueType = text(field(item, NS.pdfaField, 'valueType')?.value);
      if (name !== undefined && valueType !== undefined) structFields[name] = valueType;
    }
    this.types.define(type, namespace === undefined ? undefined : { namespace, fields: structFields });
  }

  /** The type this packet's extension schemas give the property, if they define it. */
  typeOf(namespace: string, name: string): string | undefined {
    return this.properties.get(`${namespace} ${name}`);
  }
}

const PREDEFINED_TYPES = new XmpTypes();

/**
 * The definition of a top-level property: from the packet's own extension schemas, then the main
 * (catalog) packet's, then the predefined schemas — veraPDF's order for PDF/A-2 and -3.
 */
export function definitionOf(
  property: XmpProperty,
  scopes: readonly ExtensionDefinitions[],
): PropertyDefinition | undefined {
  for (const scope of scopes) {
    const type = scope.typeOf(property.namespace, property.name);
    if (type !== undefined) return { type, types: scope.types };
  }
  const schema = Object.hasOwn(PREDEFINED_PROPERTIES, property.namespace)
    ? PREDEFINED_PROPERTIES[property.namespace]
    : undefined;
  const type = schema && Object.hasOwn(schema, property.name) ? schema[property.name] : undefined;
  return type === undefined ? undefined : { type, types: PREDEFINED_TYPES };
}
