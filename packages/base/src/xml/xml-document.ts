import { escapeXml } from './xml-text.js';

/** One XML element to write: name, attributes in order, and children or text. */
export interface XmlNode {
  name: string;
  /** Attributes in the order written; `undefined` values are left out. */
  attributes?: Record<string, string | number | undefined>;
  /** Child elements; `undefined` entries are left out. */
  children?: Array<XmlNode | undefined>;
  /** The element's text, when it has no children; `''` writes `<name></name>`. */
  text?: string;
}

/** How {@link renderXmlDocument} lays out the document. */
export interface RenderXmlOptions {
  /** Indentation of each level. Default: two spaces. */
  indent?: string;
}

function renderNode(node: XmlNode, depth: number, indent: string, lines: string[]): void {
  const margin = indent.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([key, value]) =>
        ` ${key}="${escapeXml(String(value), {
          vi: `thuộc tính ${key} của <${node.name}>`,
          en: `the attribute ${key} of <${node.name}>`,
        })}"`,
    )
    .join('');
  const children = (node.children ?? []).filter((child): child is XmlNode => child !== undefined);
  if (children.length > 0) {
    lines.push(`${margin}<${node.name}${attributes}>`);
    for (const child of children) renderNode(child, depth + 1, indent, lines);
    lines.push(`${margin}</${node.name}>`);
  } else if (node.text !== undefined) {
    lines.push(
      `${margin}<${node.name}${attributes}>${escapeXml(node.text, { vi: `<${node.name}>`, en: `<${node.name}>` })}</${node.name}>`,
    );
  } else {
    lines.push(`${margin}<${node.name}${attributes}/>`);
  }
}

/**
 * Writes an element tree as an indented UTF-8 XML document with its declaration, every text and
 * attribute value through {@link escapeXml}. The same tree always gives the same text
 * (attributes in the order given), so packages are reproducible.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `XML_CHARACTER_FORBIDDEN` when a value holds a character XML 1.0
 * forbids, naming the element or attribute.
 *
 * @example
 * ```ts
 * import { renderXmlDocument } from '@sohoa/base';
 *
 * renderXmlDocument({ name: 'simpledc', children: [{ name: 'title', text: 'Hồ sơ số 1' }] });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<simpledc>\n  <title>Hồ sơ số 1</title>\n</simpledc>\n'
 * ```
 */
export function renderXmlDocument(root: XmlNode, options: RenderXmlOptions = {}): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderNode(root, 0, options.indent ?? '  ', lines);
  return `${lines.join('\n')}\n`;
}
