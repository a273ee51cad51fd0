import type { CheckContext } from '../check-context.js';
import { nameEntry } from '../pdf-values.js';
import { defineRule, type PdfAPart, type PdfARule, type RuleFinding } from '../rule.js';
import { findProperty, type XmpProperty } from '../xmp-packet.js';

/** The PDF/A identification schema namespace. */
export const PDFAID = 'http://www.aiim.org/pdfa/ns/id/';
const EXTENSION = 'http://www.aiim.org/pdfa/ns/extension/';
const SCHEMA = 'http://www.aiim.org/pdfa/ns/schema#';
const PREDEFINED: Record<string, string[] | undefined> = {
  'http://purl.org/dc/elements/1.1/':
    'contributor coverage creator date description format identifier language publisher relation rights source subject title type'.split(
      ' ',
    ),
  'http://ns.adobe.com/xap/1.0/':
    'Advisory BaseURL CreateDate CreatorTool Identifier Label MetadataDate ModifyDate Nickname Rating Thumbnails'.split(
      ' ',
    ),
  'http://ns.adobe.com/pdf/1.3/': 'Keywords PDFVersion Producer Trapped'.split(' '),
  [PDFAID]: 'part amd conformance corr'.split(' '),
  'http://ns.adobe.com/xap/1.0/mm/': undefined,
  'http://ns.adobe.com/xap/1.0/rights/': undefined,
  'http://ns.adobe.com/xap/1.0/bj/': undefined,
  'http://ns.adobe.com/xap/1.0/t/pg/': undefined,
  'http://ns.adobe.com/xmp/1.0/DynamicMedia/': undefined,
  'http://ns.adobe.com/photoshop/1.0/': undefined,
  'http://ns.adobe.com/camera-raw-settings/1.0/': undefined,
  'http://ns.adobe.com/tiff/1.0/': undefined,
  'http://ns.adobe.com/exif/1.0/': undefined,
  'http://ns.adobe.com/exif/1.0/aux/': undefined,
  [EXTENSION]: undefined,
};

function packetRule(
  test: number,
  description: string,
  check: (context: CheckContext, label: string) => RuleFinding[],
): PdfARule {
  return defineRule('6.6.2.1', test, description, (context) =>
    context.metadata ? check(context, context.metadata.label) : [],
  );
}

function identification(context: CheckContext): XmpProperty[] {
  return (context.metadata?.packet?.properties ?? []).filter((property) => property.namespace === PDFAID);
}

function prefixRule(test: number, field: string): PdfARule {
  return defineRule('6.6.4', test, `pdfaid:${field} uses the prefix pdfaid.`, (context) =>
    identification(context)
      .filter((property) => property.name === field && property.prefix !== 'pdfaid')
      .map((property) => ({
        message: `pdfaid:${field} is written with the prefix "${property.prefix}".`,
        object: 'XMP packet',
      })),
  );
}

/** Namespace URIs described by pdfaExtension schemas in the packet. */
function describedNamespaces(properties: XmpProperty[]): Set<string> {
  const namespaces = new Set<string>();
  for (const property of properties) {
    if (property.namespace !== EXTENSION || property.value.kind !== 'array') continue;
    for (const item of property.value.items) {
      if (item.value.kind !== 'struct') continue;
      const uri = findProperty(item.value.fields, SCHEMA, 'namespaceURI');
      if (uri?.value.kind === 'text') namespaces.add(uri.value.text);
    }
  }
  return namespaces;
}

/** 6.6.4-2: `pdfaid:part` is the profile's part (2 in PDF/A-2B, 3 in PDF/A-3B). */
function partRule(part: PdfAPart): PdfARule {
  return defineRule(
    '6.6.4',
    2,
    `pdfaid:part is ${part}.`,
    (context) => {
      const property = identification(context).find((item) => item.name === 'part');
      const text = property?.value.kind === 'text' ? property.value.text.trim() : undefined;
      return property && text !== String(part)
        ? [
            {
              message: `pdfaid:part is ${text ?? 'not a simple value'} instead of ${part}.`,
              object: 'XMP packet',
            },
          ]
        : [];
    },
    [part],
  );
}

/** ISO 19005-2 6.6 Metadata. */
export const METADATA_RULES: PdfARule[] = [
  defineRule(
    '6.6.2.1',
    1,
    'The catalog has a Metadata stream with Type /Metadata and Subtype /XML.',
    (context) => {
      const metadata = context.metadata;
      if (!metadata) return [{ message: 'The catalog has no Metadata stream.', object: 'catalog' }];
      const dict = metadata.stream.dict;
      return nameEntry(dict, 'Type') === 'Metadata' && nameEntry(dict, 'Subtype') === 'XML'
        ? []
        : [{ message: 'The metadata stream lacks Type /Metadata or Subtype /XML.', object: metadata.label }];
    },
  ),
  packetRule(2, 'The xpacket header has no bytes attribute.', ({ metadata }, label) =>
    metadata?.packet?.header?.has('bytes')
      ? [{ message: 'The xpacket header has a bytes attribute.', object: label }]
      : [],
  ),
  packetRule(3, 'The xpacket header has no encoding attribute.', ({ metadata }, label) =>
    metadata?.packet?.header?.has('encoding')
      ? [{ message: 'The xpacket header has an encoding attribute.', object: label }]
      : [],
  ),
  packetRule(4, 'The XMP packet is well-formed XML and RDF.', ({ metadata }, label) => {
    if (!metadata?.packet) return [{ message: 'The metadata stream cannot be decoded.', object: label }];
    return metadata.packet.syntaxError
      ? [{ message: `The XMP packet is not well-formed: ${metadata.packet.syntaxError}.`, object: label }]
      : [];
  }),
  packetRule(5, 'The XMP packet is encoded as UTF-8.', ({ metadata }, label) =>
    metadata?.packet && !metadata.packet.utf8
      ? [{ message: 'The XMP packet is not UTF-8.', object: label }]
      : [],
  ),
  defineRule(
    '6.6.2.3.1',
    1,
    'XMP properties are predefined or described by a PDF/A extension schema.',
    (context) => {
      const properties = context.metadata?.packet?.properties ?? [];
      const described = describedNamespaces(properties);
      const findings = new Map<string, RuleFinding>();
      for (const property of properties) {
        const known = property.namespace in PREDEFINED;
        const names = PREDEFINED[property.namespace];
        if (described.has(property.namespace) || (known && (!names || names.includes(property.name))))
          continue;
        const key = `${property.namespace} ${property.name}`;
        const reason = known
          ? 'is not defined by its schema'
          : `uses the namespace ${property.namespace || '(none)'} without a pdfaExtension description`;
        findings.set(key, {
          message: `The property ${property.prefix}:${property.name} ${reason}.`,
          object: 'XMP packet',
        });
      }
      return [...findings.values()];
    },
  ),
  defineRule('6.6.2.3.3', 1, 'pdfaExtension:schemas is a Bag and uses the prefix pdfaExtension.', (context) =>
    (context.metadata?.packet?.properties ?? [])
      .filter((property) => property.namespace === EXTENSION && property.name === 'schemas')
      .flatMap((property) =>
        property.value.kind === 'array' &&
        property.value.arrayType === 'Bag' &&
        property.prefix === 'pdfaExtension'
          ? []
          : [
              {
                message: 'pdfaExtension:schemas is not a Bag with the prefix pdfaExtension.',
                object: 'XMP packet',
              },
            ],
      ),
  ),
  defineRule('6.6.4', 1, 'The metadata has the PDF/A identification schema.', (context) =>
    identification(context).some((property) => property.name === 'part')
      ? []
      : [
          {
            message: 'The XMP metadata has no pdfaid:part: the file does not identify itself as PDF/A.',
            object: 'XMP packet',
          },
        ],
  ),
  partRule(2),
  partRule(3),
  defineRule('6.6.4', 3, 'pdfaid:conformance is A, B or U.', (context) => {
    const conformance = identification(context).find((property) => property.name === 'conformance');
    const text = conformance?.value.kind === 'text' ? conformance.value.text.trim() : undefined;
    if (!identification(context).some((property) => property.name === 'part')) return [];
    return text === 'A' || text === 'B' || text === 'U'
      ? []
      : [
          {
            message: `pdfaid:conformance is ${text ?? 'missing'} instead of A, B or U.`,
            object: 'XMP packet',
          },
        ];
  }),
  prefixRule(4, 'part'),
  prefixRule(5, 'conformance'),
  prefixRule(6, 'amd'),
  prefixRule(7, 'corr'),
];
