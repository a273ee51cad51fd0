import { VIETNAM_TIME_PATTERN } from '@sohoa/base';
import type { XmlDocument } from 'libxml2-wasm';
import { lineOf } from './element-lines.js';
import type { FindingList } from './finding.js';
import { elements } from './xml-reader.js';

/** What the PREMIS files of a package say, gathered across them. */
export interface PremisFacts {
  /** Objects by identifier value: SHA-256 digest (uppercase), line and linked event identifiers. */
  fixity: Map<string, { digest: string | undefined; file: string; line: number; events: string[] }>;
  /** Events by identifier: type, detail, linked agents and where they are. */
  events: Map<string, { type: string; detail: string; agents: string[]; file: string; line: number }>;
  /** Agents by identifier: what PREMIS5 reads of them. */
  agents: Map<string, { type: string; version: string | undefined; note: string | undefined }>;
  links: Array<{ kind: 'event' | 'agent'; value: string; file: string; line: number }>;
}

/** A new, empty {@link PremisFacts}. */
export function emptyPremisFacts(): PremisFacts {
  return { fixity: new Map(), events: new Map(), agents: new Map(), links: [] };
}

/** PREMIS `eventType` of the fixity event every data file must be linked to (`TT05-PREMIS4`). */
const FIXITY_EVENT = 'message digest calculation';
/** An OCR event, as `@sohoa/ip` writes it: `eventType` `creation` whose `eventDetail` says OCR. */
const OCR_DETAIL = /\bOCR\b/;
const SHA256_NOTE = /SHA-256[:\s]+[0-9A-Fa-f]{64}\b/;

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
    const events: string[] = [];
    for (const link of elements(object, 'premis:linkingEventIdentifier')) {
      const linked = text(link, 'premis:linkingEventIdentifierValue');
      if (linked) {
        facts.links.push({ kind: 'event', value: linked, file: path, line: lineOf(link) });
        events.push(linked);
      }
    }
    if (value !== undefined)
      facts.fixity.set(value, { digest: digest?.toUpperCase(), file: path, line: lineOf(object), events });
  }
  for (const event of elements(root, 'premis:event')) {
    const id = text(event, 'premis:eventIdentifier/premis:eventIdentifierValue');
    const agents: string[] = [];
    const time = text(event, 'premis:eventDateTime') ?? '';
    if (!VIETNAM_TIME_PATTERN.test(time)) {
      findings.error(
        'TT05-TIME1',
        {
          en: `eventDateTime "${time}" is not ISO 8601 with the offset +07:00.`,
          vi: `eventDateTime "${time}" không theo ISO 8601 với múi giờ +07:00.`,
        },
        path,
        lineOf(event),
      );
    }
    for (const link of elements(event, 'premis:linkingAgentIdentifier')) {
      const linked = text(link, 'premis:linkingAgentIdentifierValue');
      if (linked) {
        facts.links.push({ kind: 'agent', value: linked, file: path, line: lineOf(link) });
        agents.push(linked);
      }
    }
    if (id) {
      facts.events.set(id, {
        type: text(event, 'premis:eventType') ?? '',
        detail: text(event, 'premis:eventDetailInformation/premis:eventDetail') ?? '',
        agents,
        file: path,
        line: lineOf(event),
      });
    }
  }
  for (const agent of elements(root, 'premis:agent')) {
    const id = text(agent, 'premis:agentIdentifier/premis:agentIdentifierValue');
    if (id) {
      facts.agents.set(id, {
        type: text(agent, 'premis:agentType') ?? '',
        version: text(agent, 'premis:agentVersion') || undefined,
        note: text(agent, 'premis:agentNote'),
      });
    }
  }
}

/**
 * The PREMIS rules of an AIP (PROFILE.md): every data file has a PREMIS file object with the
 * right SHA-256 (`TT05-PREMIS2`); every linked event and agent exists (`TT05-PREMIS3`); every data
 * file is linked to a fixity event (`TT05-PREMIS4`); every OCR event names its engine with its
 * version and its model with the model's SHA-256 (`TT05-PREMIS5`).
 */
export function checkPremisFacts(
  facts: PremisFacts,
  dataChecksums: ReadonlyMap<string, string>,
  findings: FindingList,
): void {
  for (const [path, checksum] of dataChecksums) {
    const object = facts.fixity.get(path);
    if (!object)
      findings.error(
        'TT05-PREMIS2',
        {
          en: `"${path}" has no PREMIS file object.`,
          vi: `"${path}" không có đối tượng tệp (file object) trong PREMIS.`,
        },
        path,
      );
    else if (object.digest !== checksum) {
      findings.error(
        'TT05-PREMIS2',
        {
          en: `PREMIS records SHA-256 ${object.digest ?? '(none)'} for "${path}"; the file has ${checksum}.`,
          vi: `PREMIS ghi giá trị băm SHA-256 ${object.digest ?? '(không có)'} cho "${path}"; tệp thực tế có ${checksum}.`,
        },
        object.file,
        object.line,
      );
    }
  }
  for (const path of dataChecksums.keys()) {
    const object = facts.fixity.get(path);
    if (!object) continue;
    if (!object.events.some((id) => facts.events.get(id)?.type === FIXITY_EVENT)) {
      findings.error(
        'TT05-PREMIS4',
        {
          en: `The PREMIS object of "${path}" is linked to no fixity event (eventType "${FIXITY_EVENT}").`,
          vi: `Đối tượng PREMIS của "${path}" không liên kết với sự kiện kiểm tra tính toàn vẹn (fixity) nào (eventType "${FIXITY_EVENT}").`,
        },
        object.file,
        object.line,
      );
    }
  }
  for (const event of facts.events.values()) {
    if (event.type !== 'creation' || !OCR_DETAIL.test(event.detail)) continue;
    const agents = event.agents.map((id) => facts.agents.get(id)).filter((agent) => agent !== undefined);
    const missing = [
      agents.some(
        (agent) =>
          agent.type === 'software' && agent.version !== undefined && !SHA256_NOTE.test(agent.note ?? ''),
      )
        ? undefined
        : {
            en: 'an OCR engine (software agent) with its agentVersion',
            vi: 'một bộ máy OCR (tác nhân phần mềm) có agentVersion',
          },
      agents.some((agent) => SHA256_NOTE.test(agent.note ?? ''))
        ? undefined
        : {
            en: 'a model agent whose agentNote gives its SHA-256',
            vi: 'một tác nhân mô hình có agentNote ghi SHA-256 của mô hình',
          },
    ].filter((what) => what !== undefined);
    if (missing.length > 0) {
      findings.error(
        'TT05-PREMIS5',
        {
          en: `The OCR event links no ${missing.map((what) => what.en).join(' and no ')}.`,
          vi: `Sự kiện OCR không liên kết tới ${missing.map((what) => what.vi).join(', cũng không tới ')}.`,
        },
        event.file,
        event.line,
      );
    }
  }
  for (const link of facts.links) {
    const known = link.kind === 'event' ? facts.events : facts.agents;
    if (!known.has(link.value)) {
      findings.error(
        'TT05-PREMIS3',
        {
          en: `The linked ${link.kind} "${link.value}" is not in the package's PREMIS.`,
          vi: `${link.kind === 'event' ? 'Sự kiện' : 'Tác nhân'} (${link.kind}) được liên kết "${link.value}" không có trong PREMIS của gói.`,
        },
        link.file,
        link.line,
      );
    }
  }
}
