/** One XML element to write: name, attributes in order, and children or text. */
export interface XmlNode {
  name: string;
  attributes?: Record<string, string | number | undefined>;
  children?: Array<XmlNode | undefined>;
  text?: string;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function renderNode(node: XmlNode, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const children = (node.children ?? []).filter((child): child is XmlNode => child !== undefined);
  if (children.length > 0) {
    lines.push(`${indent}<${node.name}${attributes}>`);
    for (const child of children) renderNode(child, depth + 1, lines);
    lines.push(`${indent}</${node.name}>`);
  } else if (node.text !== undefined) {
    lines.push(`${indent}<${node.name}${attributes}>${escapeXml(node.text)}</${node.name}>`);
  } else {
    lines.push(`${indent}<${node.name}${attributes}/>`);
  }
}

/**
 * Writes an element tree as an indented UTF-8 XML document with its declaration. The same tree
 * always gives the same text (attributes in the order given), so packages are reproducible.
 */
export function renderXmlDocument(root: XmlNode): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderNode(root, 0, lines);
  return `${lines.join('\n')}\n`;
}
