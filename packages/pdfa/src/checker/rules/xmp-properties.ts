import type { CheckContext } from '../check-context.js';
import { defineRule, type PdfARule, type RuleFinding } from '../rule.js';
import { definitionOf, ExtensionDefinitions, type PropertyDefinition } from '../xmp-definitions.js';
import type { XmpProperty } from '../xmp-packet.js';
import { NS } from '../xmp-schemas.js';

interface JudgedProperty {
  property: XmpProperty;
  definition: PropertyDefinition | undefined;
  object: string;
}

/**
 * Every top-level property of every XMP packet (the catalog's and those of pages, images, fonts…)
 * but the extension schema container, with its definition: own packet's extension schemas, then
 * the catalog packet's, then the predefined schemas.
 */
function judged(context: CheckContext): JudgedProperty[] {
  const main = context.metadata?.packet;
  const mainDefinitions = main ? new ExtensionDefinitions(main.properties) : undefined;
  const packets = [
    ...(main && context.metadata ? [{ packet: main, label: context.metadata.label, isMain: true }] : []),
    ...context.objectMetadata.map((item) => ({ ...item, isMain: false })),
  ];
  return packets.flatMap(({ packet, label, isMain }) => {
    const own = isMain ? mainDefinitions : new ExtensionDefinitions(packet.properties);
    const scopes = [own, mainDefinitions].filter((scope) => scope !== undefined);
    return packet.properties
      .filter((property) => property.namespace !== NS.pdfaExtension)
      .map((property) => ({
        property,
        definition: definitionOf(property, scopes),
        object: `${label} XMP ${property.prefix}:${property.name}`,
      }));
  });
}

function undefinedFinding({ property, object }: JudgedProperty): RuleFinding {
  const predefined = Object.values(NS).includes(property.namespace as never);
  return predefined
    ? {
        message: `The property ${property.prefix}:${property.name} is not defined by its predefined schema (${property.namespace}).`,
        messageVi: `Thuộc tính ${property.prefix}:${property.name} không có trong lược đồ XMP định nghĩa sẵn ${property.namespace}.`,
        object,
      }
    : {
        message: `The property ${property.prefix}:${property.name} uses the namespace ${property.namespace || '(none)'}, which no pdfaExtension schema describes with this property.`,
        messageVi: `Thuộc tính ${property.prefix}:${property.name} thuộc không gian tên ${property.namespace || '(trống)'} nhưng không lược đồ mở rộng pdfaExtension nào mô tả nó.`,
        object,
      };
}

function typeFinding({ property, definition, object }: JudgedProperty): RuleFinding[] {
  if (!definition || definition.types.matches(property.value, definition.type)) return [];
  return [
    {
      message: `The property ${property.prefix}:${property.name} is not a valid ${definition.type}.`,
      messageVi: `Giá trị của thuộc tính ${property.prefix}:${property.name} không đúng kiểu ${definition.type}.`,
      object,
    },
  ];
}

/** ISO 19005-2 6.6.2.3.1: XMP properties are predefined or described, and have their type. */
export const XMP_PROPERTY_RULES: PdfARule[] = [
  defineRule(
    '6.6.2.3.1',
    1,
    'XMP properties are predefined (XMP 2005, ISO 19005) or described by a PDF/A extension schema.',
    (context) => judged(context).flatMap((item) => (item.definition ? [] : [undefinedFinding(item)])),
  ),
  defineRule(
    '6.6.2.3.1',
    2,
    'XMP property values have the type their schema (predefined or extension) gives them.',
    (context) => judged(context).flatMap(typeFinding),
  ),
];
