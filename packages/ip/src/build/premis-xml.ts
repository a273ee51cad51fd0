import packageJson from '../../package.json' with { type: 'json' };
import { toVietnamTime } from '../time/vietnam-time.js';
import { renderXmlDocument, type XmlNode } from '../xml/xml-element.js';
import type { ProvenanceInput, SoftwareInput } from './build-input.js';
import type { PlannedFile } from './planned-file.js';
import { stableId } from './stable-id.js';

const PREMIS_ROOT = {
  xmlns: 'http://www.loc.gov/premis/v3',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  version: '3.0',
} as const;

interface PremisAgent {
  id: string;
  name: string;
  type: 'software' | 'organization' | 'person' | 'hardware';
  version?: string | undefined;
  note?: string | undefined;
}

interface PremisEvent {
  id: string;
  type: string;
  at: Date;
  detail: string;
  agents: Array<{ id: string; role: string }>;
}

/** The events and agents of a package, with identifiers derived from the package UUID. */
export interface Provenance {
  events: PremisEvent[];
  agents: PremisAgent[];
}

function software(uuid: string, key: string, input: SoftwareInput, note?: string): PremisAgent {
  return {
    id: stableId(uuid, `agent:${key}`),
    name: input.name,
    type: 'software',
    version: input.version,
    note,
  };
}

/**
 * The events and agents to record: those the caller gives, then fixity calculation and package
 * creation by `@sohoa/ip` at the creation time.
 */
export function collectProvenance(
  uuid: string,
  createdAt: Date,
  provenance: ProvenanceInput | undefined,
  organization: string | undefined,
): Provenance {
  const agents: PremisAgent[] = [];
  const events: PremisEvent[] = [];
  const sohoa = software(uuid, 'sohoa', { name: `sohoa ${packageJson.name}`, version: packageJson.version });
  agents.push(sohoa);
  const archive =
    organization === undefined
      ? undefined
      : { id: stableId(uuid, 'agent:organization'), name: organization, type: 'organization' as const };
  if (archive) agents.push(archive);
  const implementer = archive ? [{ id: archive.id, role: 'implementer' }] : [];
  const { digitization, ocr, pdfConversion, signing } = provenance ?? {};
  if (digitization) {
    const device = digitization.device
      ? { id: stableId(uuid, 'agent:scanner'), name: digitization.device, type: 'hardware' as const }
      : undefined;
    if (device) agents.push(device);
    const operator = digitization.operator
      ? { id: stableId(uuid, 'agent:operator'), name: digitization.operator, type: 'person' as const }
      : undefined;
    if (operator) agents.push(operator);
    events.push({
      id: stableId(uuid, 'event:digitization'),
      type: 'transfer',
      at: digitization.at,
      detail: `Số hóa tài liệu giấy (digitization of the paper originals)${digitization.dpi ? `, ${digitization.dpi} dpi` : ''}`,
      agents: [
        ...(device ? [{ id: device.id, role: 'executing program' }] : []),
        ...(operator ? [{ id: operator.id, role: 'implementer' }] : []),
        ...implementer,
      ],
    });
  }
  if (ocr) {
    const engine = software(uuid, 'ocr-engine', ocr.engine);
    const model = software(
      uuid,
      'ocr-model',
      { name: ocr.model.name, version: ocr.model.version ?? 'unversioned' },
      `SHA-256 ${ocr.model.sha256.toUpperCase()}`,
    );
    agents.push(engine, model);
    events.push({
      id: stableId(uuid, 'event:ocr'),
      type: 'creation',
      at: ocr.at,
      detail: `Nhận dạng ký tự (OCR) cho lớp văn bản ẩn: ${ocr.engine.name} ${ocr.engine.version}, mô hình ${ocr.model.name}${ocr.model.version ? ` ${ocr.model.version}` : ''} (SHA-256 ${ocr.model.sha256.toUpperCase()})`,
      agents: [
        { id: engine.id, role: 'executing program' },
        { id: model.id, role: 'executing program' },
      ],
    });
  }
  if (pdfConversion) {
    const writer = software(uuid, 'pdf-writer', pdfConversion.software);
    agents.push(writer);
    events.push({
      id: stableId(uuid, 'event:pdf-conversion'),
      type: 'normalization',
      at: pdfConversion.at,
      detail: `Chuyển sang ${pdfConversion.conformance ?? 'PDF/A-2b'} hai lớp (two-layer PDF/A)`,
      agents: [{ id: writer.id, role: 'executing program' }],
    });
  }
  if (signing) {
    const signer = {
      id: stableId(uuid, 'agent:signer'),
      name: signing.signer,
      type: 'organization' as const,
    };
    agents.push(signer);
    const tool = signing.software ? software(uuid, 'signing-software', signing.software) : undefined;
    if (tool) agents.push(tool);
    events.push({
      id: stableId(uuid, 'event:signing'),
      type: 'digital signature generation',
      at: signing.at,
      detail: `Ký số của cơ quan, tổ chức: ${signing.signer}`,
      agents: [
        { id: signer.id, role: 'implementer' },
        ...(tool ? [{ id: tool.id, role: 'executing program' }] : []),
      ],
    });
  }
  events.push(
    {
      id: stableId(uuid, 'event:fixity'),
      type: 'message digest calculation',
      at: createdAt,
      detail: 'SHA-256 của mọi tệp trong gói (SHA-256 of every file of the package)',
      agents: [{ id: sohoa.id, role: 'executing program' }],
    },
    {
      id: stableId(uuid, 'event:package-creation'),
      type: 'information package creation',
      at: createdAt,
      detail: 'Tạo gói thông tin theo Thông tư 05/2025/TT-BNV',
      agents: [{ id: sohoa.id, role: 'executing program' }, ...implementer],
    },
  );
  return { events, agents };
}

function identifier(prefix: string, type: string, value: string): XmlNode[] {
  return [
    { name: `${prefix}Type`, text: type },
    { name: `${prefix}Value`, text: value },
  ];
}

function eventLinks(provenance: Provenance): XmlNode[] {
  return provenance.events.map((event) => ({
    name: 'linkingEventIdentifier',
    children: identifier('linkingEventIdentifier', 'local', event.id),
  }));
}

/**
 * The package-level `PREMIS.xml` of an AIP: the intellectual entity (the OBJID) and the
 * representation, every event with its agents, and the agents.
 */
export function packagePremis(objectId: string, provenance: Provenance): string {
  const representation = 'representations/rep1';
  return renderXmlDocument({
    name: 'premis',
    attributes: PREMIS_ROOT,
    children: [
      {
        name: 'object',
        attributes: { 'xsi:type': 'intellectualEntity' },
        children: [
          { name: 'objectIdentifier', children: identifier('objectIdentifier', 'OBJID', objectId) },
          {
            name: 'relationship',
            children: [
              { name: 'relationshipType', text: 'structural' },
              { name: 'relationshipSubType', text: 'is represented by' },
              {
                name: 'relatedObjectIdentifier',
                children: identifier('relatedObjectIdentifier', 'local', representation),
              },
            ],
          },
        ],
      },
      {
        name: 'object',
        attributes: { 'xsi:type': 'representation' },
        children: [
          { name: 'objectIdentifier', children: identifier('objectIdentifier', 'local', representation) },
          ...eventLinks(provenance),
        ],
      },
      ...provenance.events.map(
        (event): XmlNode => ({
          name: 'event',
          children: [
            { name: 'eventIdentifier', children: identifier('eventIdentifier', 'local', event.id) },
            { name: 'eventType', text: event.type },
            { name: 'eventDateTime', text: toVietnamTime(event.at) },
            { name: 'eventDetailInformation', children: [{ name: 'eventDetail', text: event.detail }] },
            { name: 'eventOutcomeInformation', children: [{ name: 'eventOutcome', text: 'success' }] },
            ...event.agents.map(
              (agent): XmlNode => ({
                name: 'linkingAgentIdentifier',
                children: [
                  ...identifier('linkingAgentIdentifier', 'local', agent.id),
                  { name: 'linkingAgentRole', text: agent.role },
                ],
              }),
            ),
            {
              name: 'linkingObjectIdentifier',
              children: identifier('linkingObjectIdentifier', 'local', representation),
            },
          ],
        }),
      ),
      ...provenance.agents.map(
        (agent): XmlNode => ({
          name: 'agent',
          children: [
            { name: 'agentIdentifier', children: identifier('agentIdentifier', 'local', agent.id) },
            { name: 'agentName', text: agent.name },
            { name: 'agentType', text: agent.type },
            agent.version === undefined ? undefined : { name: 'agentVersion', text: agent.version },
            agent.note === undefined ? undefined : { name: 'agentNote', text: agent.note },
          ],
        }),
      ),
    ],
  });
}

/**
 * The representation's `PREMIS_rep1.xml`: one `file` object per data file, identified by its
 * path in the package, with its SHA-256, size and format, linked to the package's events.
 */
export function representationPremis(dataFiles: readonly PlannedFile[], provenance: Provenance): string {
  return renderXmlDocument({
    name: 'premis',
    attributes: PREMIS_ROOT,
    children: dataFiles.map(
      (file): XmlNode => ({
        name: 'object',
        attributes: { 'xsi:type': 'file' },
        children: [
          { name: 'objectIdentifier', children: identifier('objectIdentifier', 'local', file.path) },
          {
            name: 'objectCharacteristics',
            children: [
              { name: 'compositionLevel', text: '0' },
              {
                name: 'fixity',
                children: [
                  { name: 'messageDigestAlgorithm', text: 'SHA-256' },
                  { name: 'messageDigest', text: file.checksum },
                ],
              },
              { name: 'size', text: String(file.size) },
              {
                name: 'format',
                children: [
                  { name: 'formatDesignation', children: [{ name: 'formatName', text: file.mimeType }] },
                ],
              },
            ],
          },
          { name: 'originalName', text: file.path.slice(file.path.lastIndexOf('/') + 1) },
          ...eventLinks(provenance),
        ],
      }),
    ),
  });
}
