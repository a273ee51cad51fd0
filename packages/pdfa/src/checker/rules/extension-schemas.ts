import type { CheckContext } from '../check-context.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';
import type { XmpProperty, XmpValue } from '../xmp-packet.js';

const EXTENSION = 'http://www.aiim.org/pdfa/ns/extension/';
/** The four structure types of a PDF/A extension schema container (ISO 19005-2 6.6.2.3.3, Tables 3–6). */
const KINDS = {
  schema: { namespace: 'http://www.aiim.org/pdfa/ns/schema#', prefix: 'pdfaSchema', label: 'Schema' },
  property: { namespace: 'http://www.aiim.org/pdfa/ns/property#', prefix: 'pdfaProperty', label: 'Property' },
  valueType: { namespace: 'http://www.aiim.org/pdfa/ns/type#', prefix: 'pdfaType', label: 'ValueType' },
  field: { namespace: 'http://www.aiim.org/pdfa/ns/field#', prefix: 'pdfaField', label: 'Field' },
} as const;
type Kind = keyof typeof KINDS;
type FieldShape = 'text' | 'seq';
const FIELDS: Record<Kind, Record<string, FieldShape>> = {
  schema: { schema: 'text', namespaceURI: 'text', prefix: 'text', property: 'seq', valueType: 'seq' },
  property: { name: 'text', valueType: 'text', category: 'text', description: 'text' },
  valueType: { type: 'text', namespaceURI: 'text', prefix: 'text', description: 'text', field: 'seq' },
  field: { name: 'text', valueType: 'text', description: 'text' },
};
/** Fields that may be left out: a schema may define only value types, or only properties. */
const OPTIONAL = new Set(['schema.property', 'schema.valueType', 'valueType.field']);

/** XMP value types defined by the XMP Specification (2004, as PDF/A-2 cites it). */
const XMP_TYPES = new Set(
  'Text Integer Boolean Real Date URI URL MIMEType Locale GUID AgentName RenditionClass ResourceEvent ResourceRef Version XPath Rational ProperName Thumbnail Dimensions Font Colorant Job Flash CFAPattern DeviceSettings OECF/SFR Lang Alt'.split(
    ' ',
  ),
);

interface Definition {
  kind: Kind;
  fields: XmpProperty[];
  where: string;
}

/** Every schema, property, value type and field structure in the packet's pdfaExtension containers. */
function definitions(context: CheckContext): Definition[] {
  const found: Definition[] = [];
  const visit = (kind: Kind, value: XmpValue, where: string) => {
    if (value.kind !== 'struct') return;
    found.push({ kind, fields: value.fields, where });
    const children: [string, Kind][] =
      kind === 'schema'
        ? [
            ['property', 'property'],
            ['valueType', 'valueType'],
          ]
        : kind === 'valueType'
          ? [['field', 'field']]
          : [];
    for (const [name, childKind] of children) {
      const child = value.fields.find(
        (field) => field.name === name && field.namespace === KINDS[kind].namespace,
      );
      if (child?.value.kind !== 'array') continue;
      for (const [index, item] of child.value.items.entries()) {
        visit(childKind, item.value, `${where} ${name}[${index + 1}]`);
      }
    }
  };
  for (const property of context.metadata?.packet?.properties ?? []) {
    if (property.namespace !== EXTENSION || property.name !== 'schemas' || property.value.kind !== 'array')
      continue;
    for (const [index, item] of property.value.items.entries()) {
      visit('schema', item.value, `pdfaExtension schema ${index + 1}`);
    }
  }
  return found;
}

function definedTypes(all: Definition[]): Set<string> {
  const types = new Set(XMP_TYPES);
  for (const definition of all) {
    if (definition.kind !== 'valueType') continue;
    const type = definition.fields.find((field) => field.name === 'type');
    if (type?.value.kind === 'text') types.add(type.value.text.trim());
  }
  return types;
}

/** `Bag Text`, `seq Integer`, `Open Choice of Text`, `Closed Choice`… reduced to the base type. */
function isDefinedType(text: string, types: Set<string>): boolean {
  const trimmed = text.trim();
  if (types.has(trimmed)) return true;
  const base = trimmed.replace(/^(bag|seq|alt)\s+/i, '').replace(/^(open|closed)\s+choice(\s+of)?\s*/i, '');
  return base === '' || types.has(base) || /^(open|closed)\s+choice$/i.test(trimmed);
}

/** Why one field of a definition is wrong (missing, wrong prefix, wrong shape), or undefined. */
function fieldProblem(definition: Definition, name: string, types: Set<string>): string | undefined {
  const { namespace, prefix, label } = KINDS[definition.kind];
  const shape = FIELDS[definition.kind][name];
  const field = definition.fields.find(
    (candidate) => candidate.namespace === namespace && candidate.name === name,
  );
  if (!field)
    return OPTIONAL.has(`${definition.kind}.${name}`)
      ? undefined
      : `${label} field ${prefix}:${name} is missing`;
  if (field.prefix !== prefix)
    return `${label} field ${name} has the prefix "${field.prefix}" instead of ${prefix}`;
  if (shape === 'seq') {
    return field.value.kind === 'array' && field.value.arrayType === 'Seq'
      ? undefined
      : `${label} field ${prefix}:${name} is not a Seq`;
  }
  if (field.value.kind !== 'text') return `${label} field ${prefix}:${name} is not simple text`;
  if (name === 'category' && !['internal', 'external'].includes(field.value.text.trim()))
    return `${prefix}:category is "${field.value.text}" instead of internal or external`;
  if (name === 'valueType' && !isDefinedType(field.value.text, types))
    return `${prefix}:valueType "${field.value.text}" is neither an XMP type nor defined by a pdfaType:type`;
  return undefined;
}

function fieldRule(test: number, kind: Kind, names: string[], description: string): PdfARule {
  return defineRule('6.6.2.3.3', test, description, (context) => {
    const all = definitions(context);
    const types = definedTypes(all);
    return all
      .filter((definition) => definition.kind === kind)
      .flatMap((definition): RuleFinding[] =>
        names.flatMap((name) => {
          const problem = fieldProblem(definition, name, types);
          return problem ? [{ message: `${problem}.`, object: `XMP ${definition.where}` }] : [];
        }),
      );
  });
}

/** ISO 19005-2 6.6.2.3.2 and 6.6.2.3.3: PDF/A extension schema descriptions, field by field. */
export const EXTENSION_SCHEMA_RULES: PdfARule[] = [
  defineRule(
    '6.6.2.3.2',
    1,
    'Extension schema structures contain only the fields ISO 19005-2 6.6.2.3.3 defines.',
    (context) =>
      definitions(context).flatMap((definition) =>
        definition.fields
          .filter(
            (field) =>
              field.namespace !== KINDS[definition.kind].namespace ||
              !(field.name in FIELDS[definition.kind]),
          )
          .map((field) => ({
            message: `The ${KINDS[definition.kind].label} structure has the undefined field ${field.prefix}:${field.name}.`,
            object: `XMP ${definition.where}`,
          })),
      ),
  ),
  fieldRule(
    2,
    'schema',
    ['schema', 'namespaceURI', 'prefix', 'property', 'valueType'],
    'A Schema structure has pdfaSchema:schema, namespaceURI, prefix (Text) and property, valueType (Seq).',
  ),
  fieldRule(
    3,
    'property',
    ['name', 'valueType', 'category', 'description'],
    'A Property structure has pdfaProperty:name, valueType (defined), category (internal or external) and description.',
  ),
  fieldRule(
    4,
    'valueType',
    ['type', 'namespaceURI', 'prefix', 'description', 'field'],
    'A ValueType structure has pdfaType:type, namespaceURI, prefix, description (Text) and field (Seq).',
  ),
  fieldRule(
    5,
    'field',
    ['name', 'valueType', 'description'],
    'A Field structure has pdfaField:name, valueType (defined) and description.',
  ),
  fieldRule(6, 'schema', ['valueType'], "Schema field 'valueType' is a Seq with the prefix pdfaSchema."),
  fieldRule(7, 'property', ['name'], "Property field 'name' is Text with the prefix pdfaProperty."),
  fieldRule(
    8,
    'property',
    ['valueType'],
    "Property field 'valueType' is a defined type with the prefix pdfaProperty.",
  ),
  fieldRule(
    9,
    'property',
    ['category'],
    "Property field 'category' is internal or external, prefix pdfaProperty.",
  ),
  fieldRule(
    10,
    'property',
    ['description'],
    "Property field 'description' is Text with the prefix pdfaProperty.",
  ),
  fieldRule(11, 'valueType', ['type'], "ValueType field 'type' is Text with the prefix pdfaType."),
  fieldRule(
    12,
    'valueType',
    ['namespaceURI'],
    "ValueType field 'namespaceURI' is a URI with the prefix pdfaType.",
  ),
  fieldRule(13, 'valueType', ['prefix'], "ValueType field 'prefix' is Text with the prefix pdfaType."),
  fieldRule(
    14,
    'valueType',
    ['description'],
    "ValueType field 'description' is Text with the prefix pdfaType.",
  ),
  fieldRule(15, 'valueType', ['field'], "ValueType field 'field' is a Seq with the prefix pdfaType."),
  fieldRule(16, 'field', ['name'], "Field field 'name' is Text with the prefix pdfaField."),
  fieldRule(
    17,
    'field',
    ['valueType'],
    "Field field 'valueType' is a defined type with the prefix pdfaField.",
  ),
  fieldRule(18, 'field', ['description'], "Field field 'description' is Text with the prefix pdfaField."),
];
