import {
  ParseOption,
  XmlDocument,
  type XmlElement,
  XmlLibError,
  type XmlNode,
  type XsdValidator,
} from 'libxml2-wasm';
import { lineOf } from './element-lines.js';
import type { FindingList } from './finding.js';

/** Namespace prefixes used in every XPath of the validator. */
export const NAMESPACES = {
  mets: 'http://www.loc.gov/METS/',
  xlink: 'http://www.w3.org/1999/xlink',
  csip: 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS',
  premis: 'http://www.loc.gov/premis/v3',
  sip: 'https://DILCIS.eu/XML/METS/SIPExtensionMETS',
} as const;

/**
 * Parses XML safely: a document with a DOCTYPE is refused before parsing (no DTD, no entity
 * expansion of any kind), external entities and network access are disabled in libxml2, and the
 * caller bounds the size. Returns `undefined` after recording an `IP-XML1` finding when the file
 * is refused or not well formed, or an `emptyRequirement` one when it is empty.
 */
export function parseXml(
  bytes: Uint8Array,
  path: string,
  findings: FindingList,
  emptyRequirement = 'IP-XML1',
): XmlDocument | undefined {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (head.trim() === '' && bytes.length <= 4096) {
    findings.error(
      emptyRequirement,
      {
        en: `${path} is empty (${bytes.length} bytes): it holds no XML document${emptyRequirement === 'IP-XML1' ? '' : ' describing the package'}.`,
        vi: `${path} trống (${bytes.length} byte): tệp không chứa tài liệu XML nào${emptyRequirement === 'IP-XML1' ? '' : ' mô tả gói'}.`,
      },
      path,
    );
    return undefined;
  }
  if (/<!DOCTYPE/i.test(head)) {
    findings.error(
      'IP-XML1',
      {
        en: 'The XML declares a DOCTYPE; package XML must not carry a DTD or entities.',
        vi: 'Tệp XML khai báo DOCTYPE; XML trong gói không được chứa DTD hay thực thể (entity).',
      },
      path,
    );
    return undefined;
  }
  try {
    return XmlDocument.fromBuffer(bytes, {
      url: path,
      option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES,
    });
  } catch (error) {
    const detail = error instanceof XmlLibError ? error.details[0] : undefined;
    findings.error(
      'IP-XML1',
      {
        en: `Not well-formed XML: ${(detail?.message ?? (error as Error).message).trim()}`,
        vi: `XML không đúng cú pháp (not well-formed): ${(detail?.message ?? (error as Error).message).trim()}`,
      },
      path,
      detail?.line,
    );
    return undefined;
  }
}

/**
 * Validates a document against a compiled XSD, one finding per schema error with its line, except
 * on a line where a finding already names the cause (a CSIP requirement on that element).
 */
export function validateXsd(
  document: XmlDocument,
  validator: XsdValidator,
  path: string,
  requirement: string,
  findings: FindingList,
): boolean {
  try {
    validator.validate(document);
    return true;
  } catch (error) {
    const details = error instanceof XmlLibError ? error.details : [];
    if (details.length === 0)
      findings.error(
        requirement,
        {
          en: `Schema validation failed: ${(error as Error).message}`,
          vi: `Kiểm tra theo lược đồ XML không thành công: ${(error as Error).message}`,
        },
        path,
      );
    let parentLines: Map<number, number[]> | undefined;
    for (const detail of details) {
      if (detail.line > 0) {
        if (findings.hasAt(path, detail.line)) continue;
        // An unexpected child is reported on its own line; the requirement may name its parent.
        parentLines ??= linesOfParents(document);
        if ((parentLines.get(detail.line) ?? []).some((line) => findings.hasAt(path, line))) continue;
      }
      findings.error(
        requirement,
        { en: detail.message.trim(), vi: `Không hợp lệ theo lược đồ XML: ${detail.message.trim()}` },
        path,
        detail.line,
      );
    }
    return false;
  }
}

/** For each line, the lines of the parents of the elements that start on it. */
function linesOfParents(document: XmlDocument): Map<number, number[]> {
  const lines = new Map<number, number[]>();
  for (const element of document.find('//*') as XmlElement[]) {
    const parent = element.parent;
    const line = lineOf(element);
    if (parent) lines.set(line, [...(lines.get(line) ?? []), lineOf(parent as XmlElement)]);
  }
  return lines;
}

/** The elements an XPath selects. */
export function elements(node: XmlNode, xpath: string): XmlElement[] {
  return node.find(xpath, NAMESPACES) as XmlElement[];
}

/** An attribute's value (`prefix:name` for a namespaced one), or `undefined` when absent. */
export function attribute(element: XmlNode, name: string): string | undefined {
  const found = element.get(`@${name}`, NAMESPACES);
  return found === null ? undefined : found.content;
}
