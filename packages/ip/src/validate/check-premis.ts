import type { XmlDocument } from 'libxml2-wasm';
import { VIETNAM_TIME_PATTERN } from '../time/vietnam-time.js';
import type { FindingList } from './finding.js';
import { elements } from './xml-reader.js';

/** What the PREMIS files of a package say, gathered across them. */
export interface PremisFacts {
  /** File objects by identifier value: SHA-256 digest (uppercase) and line. */
  fixity: Map<string, { digest: string | undefined; file: string; line: number }>;
  events: Set<string>;
  agents: Set<string>;
  links: Array<{ kind: 'event' | 'agent'; value: string; file: string; line: number }>;
}

function text(node: import('libxml2-wasm').XmlNode, xpath: string): string | undefined {
  const found = node.get(xpath, { premis: 'http://www.loc.gov/premis/v3' });
  return found === null ? undefined : found.content.trim();
}

/** Reads objects, events, agents and links of one PREMIS document; checks event times (`TT05-TIME1`). */
export function readPremis(
  document: XmlDocument,
  path: string,
  facts: PremisFacts,
  findings: FindingList,
): void {
  const root = document.root;
  for (const object of elements(root, 'premis:object')) {
    const value = text(object, 'premis:objectIdentifier/premis:objectIdentifierValue');
    const digest = text(
      object,
      "premis:objectCharacteristics/premis:fixity[premis:messageDigestAlgorithm='SHA-256']/premis:messageDigest",
    );
    if (value !== undefined)
      facts.fixity.set(value, { digest: digest?.toUpperCase(), file: path, line: object.line });
    for (const link of elements(object, 'premis:linkingEventIdentifier')) {
      const linked = text(link, 'premis:linkingEventIdentifierValue');
      if (linked) facts.links.push({ kind: 'event', value: linked, file: path, line: link.line });
    }
  }
  for (const event of elements(root, 'premis:event')) {
    const id = text(event, 'premis:eventIdentifier/premis:eventIdentifierValue');
    if (id) facts.events.add(id);
    const time = text(event, 'premis:eventDateTime') ?? '';
    if (!VIETNAM_TIME_PATTERN.test(time)) {
      findings.error(
        'TT05-TIME1',
        `eventDateTime "${time}" is not ISO 8601 with the offset +07:00.`,
        path,
        event.line,
      );
    }
    for (const link of elements(event, 'premis:linkingAgentIdentifier')) {
      const linked = text(link, 'premis:linkingAgentIdentifierValue');
      if (linked) facts.links.push({ kind: 'agent', value: linked, file: path, line: link.line });
    }
  }
  for (const agent of elements(root, 'premis:agent')) {
    const id = text(agent, 'premis:agentIdentifier/premis:agentIdentifierValue');
    if (id) facts.agents.add(id);
  }
}

/**
 * The PREMIS rules of an AIP (PROFILE.md): every data file has a PREMIS file object with the
 * right SHA-256 (`TT05-PREMIS2`); every linked event and agent exists (`TT05-PREMIS3`).
 */
export function checkPremisFacts(
  facts: PremisFacts,
  dataChecksums: ReadonlyMap<string, string>,
  findings: FindingList,
): void {
  for (const [path, checksum] of dataChecksums) {
    const object = facts.fixity.get(path);
    if (!object) findings.error('TT05-PREMIS2', `"${path}" has no PREMIS file object.`, path);
    else if (object.digest !== checksum) {
      findings.error(
        'TT05-PREMIS2',
        `PREMIS records SHA-256 ${object.digest ?? '(none)'} for "${path}"; the file has ${checksum}.`,
        object.file,
        object.line,
      );
    }
  }
  for (const link of facts.links) {
    const known = link.kind === 'event' ? facts.events : facts.agents;
    if (!known.has(link.value)) {
      findings.error(
        'TT05-PREMIS3',
        `The linked ${link.kind} "${link.value}" is not in the package's PREMIS.`,
        link.file,
        link.line,
      );
    }
  }
}
