import type { CheckContext } from '../check-context.js';
import { nameEntry } from '../pdf-values.js';
import { defineRule, type PdfAPart, type PdfARule, type RuleFinding } from '../rule.js';
import type { XmpPacket, XmpProperty } from '../xmp-packet.js';
import { NS } from '../xmp-schemas.js';

/** The PDF/A identification schema namespace. */
export const PDFAID = NS.pdfaid;
/** A 6.6.2.1 rule checked on every XMP packet: the catalog's (`packet` undefined when it cannot be decoded) and other objects'. */
function packetRule(
  test: number,
  description: string,
  check: (packet: XmpPacket | undefined, label: string) => RuleFinding[],
): PdfARule {
  return defineRule('6.6.2.1', test, description, (context) => [
    ...(context.metadata ? check(context.metadata.packet, context.metadata.label) : []),
    ...context.objectMetadata.flatMap(({ packet, label }) => check(packet, label)),
  ]);
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

/** 6.6.4-2: `pdfaid:part` is the profile's part (2 in PDF/A-2B, 3 in PDF/A-3B). */
function partRule(part: PdfAPart): PdfARule {
  return defineRule(
    '6.6.4',
    2,
    `pdfaid:part is ${part}.`,
    (context) => {
      const property = identification(context).find((item) => item.name === 'part');
      const text = property?.value.kind === 'text' ? property.value.text : undefined;
      // veraPDF's VeraPDFMeta reads part with Integer.parseInt ("02" and "+2" are 2, "2.0" is no number);
      // the XMP reader trims values, so " 2" is 2 here where veraPDF refuses it
      const value = text !== undefined && /^[+-]?\d{1,9}$/.test(text) ? Number(text) : undefined;
      return identification(context).length > 0 && value !== part
        ? [
            {
              message: `pdfaid:part is ${property ? (text ?? 'not a simple value') : 'missing'} instead of ${part}.`,
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
  packetRule(2, 'The xpacket header has no bytes attribute.', (packet, label) =>
    packet?.header?.has('bytes')
      ? [{ message: 'The xpacket header has a bytes attribute.', object: label }]
      : [],
  ),
  packetRule(3, 'The xpacket header has no encoding attribute.', (packet, label) =>
    packet?.header?.has('encoding')
      ? [{ message: 'The xpacket header has an encoding attribute.', object: label }]
      : [],
  ),
  packetRule(4, 'The XMP packet is well-formed XML and RDF, as XMP allows it.', (packet, label) => {
    if (!packet) return [{ message: 'The metadata stream cannot be decoded.', object: label }];
    return packet.syntaxError
      ? [
          {
            message: `The XMP packet is not well-formed: ${packet.syntaxError}.`,
            messageVi: `Gói XMP không đúng cú pháp XML/RDF của XMP: ${packet.syntaxError}.`,
            object: label,
          },
        ]
      : [];
  }),
  packetRule(5, 'The XMP packet is encoded as UTF-8.', (packet, label) =>
    packet && !packet.utf8 ? [{ message: 'The XMP packet is not UTF-8.', object: label }] : [],
  ),
  defineRule('6.6.2.3.3', 1, 'pdfaExtension:schemas is a Bag and uses the prefix pdfaExtension.', (context) =>
    (context.metadata?.packet?.properties ?? [])
      .filter((property) => property.namespace === NS.pdfaExtension && property.name === 'schemas')
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
  // veraPDF's containsPDFAIdentification: any property of the pdfaid namespace (then 6.6.4-2 and -3
  // judge part and conformance, a missing part failing -2)
  defineRule('6.6.4', 1, 'The metadata has the PDF/A identification schema.', (context) =>
    identification(context).length > 0
      ? []
      : [
          {
            message: 'The XMP metadata has no pdfaid property: the file does not identify itself as PDF/A.',
            object: 'XMP packet',
          },
        ],
  ),
  partRule(2),
  partRule(3),
  defineRule('6.6.4', 3, 'pdfaid:conformance is A, B or U.', (context) => {
    const conformance = identification(context).find((property) => property.name === 'conformance');
    // compared as read (the XMP reader trims values; veraPDF compares them untrimmed)
    const text = conformance?.value.kind === 'text' ? conformance.value.text : undefined;
    if (identification(context).length === 0) return [];
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
