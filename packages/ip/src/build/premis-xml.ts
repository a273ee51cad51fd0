import { renderXmlDocument, toVietnamTime, type XmlNode } from '@sohoa/base';
import packageJson from '../../package.json' with { type: 'json' };
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
  /** The data file (package path) an event of one document concerns; none: the representation. */
  object?: string | undefined;
}

/** The kinds of pipeline step a {@link ProvenanceInput} records, in the order they are written. */
const STEPS = ['digitization', 'ocr', 'pdfConversion', 'signing'] as const;
type Step = (typeof STEPS)[number];

/** The events and agents of a package, with identifiers derived from the package UUID. */
export interface Provenance {
  events: PremisEvent[];
  agents: PremisAgent[];
  /** The identifiers of the events each data file (by package path) is linked to, in order. */
  fileEvents: Map<string, string[]>;
}

/** A document's data file path with the steps recorded for it alone. */
export interface DocumentProvenance {
  path: string;
  provenance?: ProvenanceInput | undefined;
}

/** Gathers agents once each (by identifier) and builds the event of each pipeline step. */
class ProvenanceWriter {
  readonly agents: PremisAgent[] = [];
  private readonly agentIds = new Set<string>();

  constructor(
    private readonly uuid: string,
    private readonly implementer: Array<{ id: string; role: string }>,
  ) {}

  agent(agent: PremisAgent): PremisAgent {
    if (!this.agentIds.has(agent.id)) {
      this.agentIds.add(agent.id);
      this.agents.push(agent);
    }
    return agent;
  }

  /**
   * An agent's identifier: the package-wide agents keep the keys they always had; an agent of
   * one document is keyed by what it is, so that documents handled by the same tool share it.
   */
  private agentId(key: string, scope: string | undefined, what: readonly (string | undefined)[]): string {
    return stableId(this.uuid, scope === undefined ? `agent:${key}` : `agent:${key}:${what.join('\u0000')}`);
  }

  private software(key: string, scope: string | undefined, input: SoftwareInput, note?: string): PremisAgent {
    return this.agent({
      id: this.agentId(key, scope, [input.name, input.version, note]),
      name: input.name,
      type: 'software',
      version: input.version,
      note,
    });
  }

  /** The event of `step`, for the whole representation (`scope` undefined) or one data file. */
  event(step: Step, provenance: ProvenanceInput, scope: string | undefined): PremisEvent | undefined {
    const id = stableId(
      this.uuid,
      scope === undefined ? `event:${EVENT_KEYS[step]}` : `event:${step}:${scope}`,
    );
    const base = { id, object: scope };
    switch (step) {
      case 'digitization': {
        const digitization = provenance.digitization;
        if (!digitization) return undefined;
        const device = digitization.device
          ? this.agent({
              id: this.agentId('scanner', scope, [digitization.device]),
              name: digitization.device,
              type: 'hardware',
            })
          : undefined;
        const operator = digitization.operator
          ? this.agent({
              id: this.agentId('operator', scope, [digitization.operator]),
              name: digitization.operator,
              type: 'person',
            })
          : undefined;
        return {
          ...base,
          type: 'transfer',
          at: digitization.at,
          detail: `Số hóa tài liệu giấy (digitization of the paper originals)${digitization.dpi ? `, ${digitization.dpi} dpi` : ''}`,
          agents: [
            ...(device ? [{ id: device.id, role: 'executing program' }] : []),
            ...(operator ? [{ id: operator.id, role: 'implementer' }] : []),
            ...this.implementer,
          ],
        };
      }
      case 'ocr': {
        const ocr = provenance.ocr;
        if (!ocr) return undefined;
        const sha256 = ocr.model.sha256.toUpperCase();
        const engine = this.software('ocr-engine', scope, ocr.engine);
        const model = this.software(
          'ocr-model',
          scope,
          { name: ocr.model.name, version: ocr.model.version ?? 'unversioned' },
          `SHA-256 ${sha256}`,
        );
        return {
          ...base,
          type: 'creation',
          at: ocr.at,
          detail: `Nhận dạng ký tự (OCR) cho lớp văn bản ẩn: ${ocr.engine.name} ${ocr.engine.version}, mô hình ${ocr.model.name}${ocr.model.version ? ` ${ocr.model.version}` : ''} (SHA-256 ${sha256})${ocr.textLayer ? `; ${ocr.textLayer}` : ''}`,
          agents: [
            { id: engine.id, role: 'executing program' },
            { id: model.id, role: 'executing program' },
          ],
        };
      }
      case 'pdfConversion': {
        const conversion = provenance.pdfConversion;
        if (!conversion) return undefined;
        const writer = this.software('pdf-writer', scope, conversion.software);
        return {
          ...base,
          type: 'normalization',
          at: conversion.at,
          detail: `Chuyển sang ${conversion.conformance ?? 'PDF/A-2b'} hai lớp (two-layer PDF/A)`,
          agents: [{ id: writer.id, role: 'executing program' }],
        };
      }
      case 'signing': {
        const signing = provenance.signing;
        if (!signing) return undefined;
        const signer = this.agent({
          id: this.agentId('signer', scope, [signing.signer]),
          name: signing.signer,
          type: 'organization',
        });
        const tool = signing.software
          ? this.software('signing-software', scope, signing.software)
          : undefined;
        return {
          ...base,
          type: 'digital signature generation',
          at: signing.at,
          detail: `Ký số của cơ quan, tổ chức: ${signing.signer}`,
          agents: [
            { id: signer.id, role: 'implementer' },
            ...(tool ? [{ id: tool.id, role: 'executing program' }] : []),
          ],
        };
      }
    }
  }
}

/** The identifier keys of the package-wide events (unchanged, so identifiers stay stable). */
const EVENT_KEYS: Record<Step, string> = {
  digitization: 'digitization',
  ocr: 'ocr',
  pdfConversion: 'pdf-conversion',
  signing: 'signing',
};

/**
 * The events and agents to record: the package-wide steps the caller gives, then the steps given
 * for single documents (each replaces the package-wide step of its kind for that document), then
 * fixity calculation and package creation by `@sohoa/ip` at the creation time. Every data file is
 * linked to the events that concern it.
 */
export function collectProvenance(
  uuid: string,
  createdAt: Date,
  provenance: ProvenanceInput | undefined,
  organization: string | undefined,
  documents: readonly DocumentProvenance[] = [],
): Provenance {
  const sohoaAgent: PremisAgent = {
    id: stableId(uuid, 'agent:sohoa'),
    name: `sohoa ${packageJson.name}`,
    type: 'software',
    version: packageJson.version,
  };
  const archive =
    organization === undefined
      ? undefined
      : { id: stableId(uuid, 'agent:organization'), name: organization, type: 'organization' as const };
  const implementer = archive ? [{ id: archive.id, role: 'implementer' }] : [];
  const writer = new ProvenanceWriter(uuid, implementer);
  writer.agent(sohoaAgent);
  if (archive) writer.agent(archive);
  const events: PremisEvent[] = [];
  const packageSteps = new Map<Step, string>();
  for (const step of STEPS) {
    const event = provenance ? writer.event(step, provenance, undefined) : undefined;
    if (event) {
      events.push(event);
      packageSteps.set(step, event.id);
    }
  }
  const fileEvents = new Map<string, string[]>();
  for (const document of documents) {
    const links: string[] = [];
    for (const step of STEPS) {
      const own = document.provenance ? writer.event(step, document.provenance, document.path) : undefined;
      if (own) events.push(own);
      const id = own?.id ?? packageSteps.get(step);
      if (id !== undefined) links.push(id);
    }
    fileEvents.set(document.path, links);
  }
  const closing: PremisEvent[] = [
    {
      id: stableId(uuid, 'event:fixity'),
      type: 'message digest calculation',
      at: createdAt,
      detail: 'SHA-256 của mọi tệp trong gói (SHA-256 of every file of the package)',
      agents: [{ id: sohoaAgent.id, role: 'executing program' }],
    },
    {
      id: stableId(uuid, 'event:package-creation'),
      type: 'information package creation',
      at: createdAt,
      detail: 'Tạo gói thông tin theo Thông tư 05/2025/TT-BNV',
      agents: [{ id: sohoaAgent.id, role: 'executing program' }, ...implementer],
    },
  ];
  events.push(...closing);
  for (const links of fileEvents.values()) links.push(...closing.map((event) => event.id));
  return { events, agents: writer.agents, fileEvents };
}

function identifier(prefix: string, type: string, value: string): XmlNode[] {
  return [
    { name: `${prefix}Type`, text: type },
    { name: `${prefix}Value`, text: value },
  ];
}

function eventLinks(ids: readonly string[]): XmlNode[] {
  return ids.map((id) => ({
    name: 'linkingEventIdentifier',
    children: identifier('linkingEventIdentifier', 'local', id),
  }));
}

/**
 * The package-level `PREMIS.xml` of an AIP: the intellectual entity (the OBJID) and the
 * representation (linked to the package-wide events), every event with its agents and the object
 * it concerns (the representation, or the data file of a document's own step), and the agents.
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
          ...eventLinks(
            provenance.events.filter((event) => event.object === undefined).map((event) => event.id),
          ),
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
              children: identifier('linkingObjectIdentifier', 'local', event.object ?? representation),
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
 * path in the package, with its SHA-256, size and format, linked to the events that concern it:
 * its own steps, the package-wide steps it has no own step for, fixity and package creation.
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
          ...eventLinks(provenance.fileEvents.get(file.path) ?? []),
        ],
      }),
    ),
  });
}
