import type { Bilingual } from '@sohoa/base';
import type { XmlElement } from 'libxml2-wasm';
import { lineOf } from '../element-lines.js';
import { attribute, elements } from '../xml-reader.js';
import { type MetsCheck, wrongAttribute } from './mets-check.js';
import { RECORD_STATUSES } from './vocabularies.js';

/** The alternative record IDs of SIP5–SIP8: the TYPE, its id, and whether it may repeat. */
const ALT_RECORD_IDS: ReadonlyArray<[string, string, boolean]> = [
  ['SUBMISSIONAGREEMENT', 'SIP5', false],
  ['PREVIOUSSUBMISSIONAGREEMENT', 'SIP6', true],
  ['REFERENCECODE', 'SIP7', false],
  ['PREVIOUSREFERENCECODE', 'SIP8', true],
];

/**
 * The requirement ids of one kind of SIP agent: its TYPE (none for the contact person, whose
 * TYPE="INDIVIDUAL" is how it is recognised: SIP23 cannot be broken apart), name, note type.
 */
interface AgentRequirements {
  what: Bilingual;
  type: string | undefined;
  name: string;
  noteType: string | undefined;
  types: readonly string[];
}

const ARCHIVAL_CREATOR: AgentRequirements = {
  what: {
    en: 'archival creator agent (ROLE="ARCHIVIST")',
    vi: 'agent cơ quan, tổ chức hình thành tài liệu (ROLE="ARCHIVIST")',
  },
  type: 'SIP11',
  name: 'SIP12',
  noteType: 'SIP14',
  types: ['ORGANIZATION', 'INDIVIDUAL'],
};
const SUBMITTER: AgentRequirements = {
  what: { en: 'submitting agent (ROLE="CREATOR")', vi: 'agent bên nộp lưu (ROLE="CREATOR")' },
  type: 'SIP17',
  name: 'SIP18',
  noteType: 'SIP20',
  types: ['ORGANIZATION', 'INDIVIDUAL'],
};
const CONTACT: AgentRequirements = {
  what: {
    en: 'contact person agent (ROLE="CREATOR" TYPE="INDIVIDUAL")',
    vi: 'agent người liên hệ (ROLE="CREATOR" TYPE="INDIVIDUAL")',
  },
  type: undefined,
  name: 'SIP24',
  noteType: undefined,
  types: ['INDIVIDUAL'],
};
const PRESERVATION: AgentRequirements = {
  what: { en: 'preservation agent (ROLE="PRESERVATION")', vi: 'agent bảo quản (ROLE="PRESERVATION")' },
  type: 'SIP28',
  name: 'SIP29',
  noteType: 'SIP31',
  types: ['ORGANIZATION'],
};

/**
 * Which SIP agent an agent of the header is: by ROLE; a CREATOR that is an INDIVIDUAL whose notes
 * carry no identification code is a contact person, any other CREATOR a submitting agent (the
 * SIP examples give the archival creator that ROLE too, with an identification code).
 */
function kindOf(agent: XmlElement): AgentRequirements | undefined {
  switch (attribute(agent, 'ROLE')) {
    case 'ARCHIVIST':
      return ARCHIVAL_CREATOR;
    case 'PRESERVATION':
      return PRESERVATION;
    case 'CREATOR': {
      const coded = elements(agent, "mets:note[@csip:NOTETYPE='IDENTIFICATIONCODE']").length > 0;
      return attribute(agent, 'TYPE') === 'INDIVIDUAL' && !coded ? CONTACT : SUBMITTER;
    }
    default:
      return undefined;
  }
}

function checkAgent(check: MetsCheck, agent: XmlElement, kind: AgentRequirements): void {
  const { path, findings } = check;
  const type = attribute(agent, 'TYPE');
  if (kind.type !== undefined && (type === undefined || !kind.types.includes(type))) {
    findings.error(
      kind.type,
      wrongAttribute({ en: `The ${kind.what.en}`, vi: `Phần tử ${kind.what.vi}` }, 'TYPE', type, {
        en: kind.types.join(' or '),
        vi: kind.types.join(' hoặc '),
      }),
      path,
      lineOf(agent),
    );
  }
  const name = elements(agent, 'mets:name')[0];
  if (!name) {
    // METS requires an agent's name (AgentType), whatever the SIP level.
    findings.error(
      kind.name,
      { en: `The ${kind.what.en} has no name.`, vi: `Phần tử ${kind.what.vi} không có phần tử name.` },
      path,
      lineOf(agent),
    );
  } else if (name.content.trim() === '') {
    // SIP12, SIP18, SIP29 are MAYs in SIP 2.0.4 and 2.1.0, MUSTs in 2.2.0; SIP24 a MUST in all.
    const level = check.version === '2.2' || kind === CONTACT ? 'error' : 'warning';
    findings.add(
      level,
      kind.name,
      { en: `The ${kind.what.en} has an empty name.`, vi: `Phần tử name của ${kind.what.vi} để trống.` },
      path,
      lineOf(name),
    );
  }
  if (kind.noteType === undefined) return;
  for (const note of elements(agent, 'mets:note')) {
    if (attribute(note, 'csip:NOTETYPE') !== 'IDENTIFICATIONCODE') {
      findings.error(
        kind.noteType,
        {
          en: `The note of the ${kind.what.en} has no csip:NOTETYPE="IDENTIFICATIONCODE".`,
          vi: `Phần tử note của ${kind.what.vi} không có csip:NOTETYPE="IDENTIFICATIONCODE".`,
        },
        path,
        lineOf(note),
      );
    }
  }
}

/**
 * E-ARK SIP `SIP3`–`SIP31` on the root `metsHdr`: RECORDSTATUS from its vocabulary, package type
 * `SIP`, the alternative record IDs (absent: information, as they are optional; empty or repeated
 * where once is allowed: reported), and every agent but the software one by its kind.
 */
export function checkSipHeader(check: MetsCheck, header: XmlElement, software: XmlElement | undefined): void {
  const { path, findings } = check;
  const status = attribute(header, 'RECORDSTATUS');
  if (status !== undefined && !RECORD_STATUSES.has(status)) {
    findings.error(
      'SIP3',
      {
        en: `metsHdr/@RECORDSTATUS "${status}" is none of ${[...RECORD_STATUSES].join(', ')}.`,
        vi: `metsHdr/@RECORDSTATUS "${status}" không thuộc các giá trị ${[...RECORD_STATUSES].join(', ')}.`,
      },
      path,
      lineOf(header),
    );
  }
  const oaisType = attribute(header, 'csip:OAISPACKAGETYPE');
  if (oaisType !== undefined && oaisType !== 'SIP') {
    findings.error(
      'SIP4',
      {
        en: `csip:OAISPACKAGETYPE is "${oaisType}"; a SIP says "SIP".`,
        vi: `csip:OAISPACKAGETYPE là "${oaisType}"; một gói SIP phải ghi "SIP".`,
      },
      path,
      lineOf(header),
    );
  }
  for (const [type, requirement, repeatable] of ALT_RECORD_IDS) {
    const records = elements(header, `mets:altRecordID[@TYPE='${type}']`);
    if (records.length === 0) {
      findings.info(
        requirement,
        {
          en: `metsHdr has no altRecordID TYPE="${type}" (MAY).`,
          vi: `metsHdr không có altRecordID TYPE="${type}" (MAY: không bắt buộc).`,
        },
        path,
        lineOf(header),
      );
    } else if (!repeatable && records.length > 1) {
      findings.error(
        requirement,
        {
          en: `metsHdr has ${records.length} altRecordID TYPE="${type}"; at most one is allowed.`,
          vi: `metsHdr có ${records.length} altRecordID TYPE="${type}"; chỉ được có tối đa một.`,
        },
        path,
        lineOf(records[1]),
      );
    }
    for (const record of records) {
      if (record.content.trim() === '') {
        findings.warning(
          requirement,
          { en: `altRecordID TYPE="${type}" is empty.`, vi: `altRecordID TYPE="${type}" để trống.` },
          path,
          lineOf(record),
        );
      }
    }
  }
  const counts = new Map<AgentRequirements, number>();
  for (const agent of elements(header, 'mets:agent')) {
    if (software !== undefined && lineOf(agent) === lineOf(software)) continue;
    const kind = kindOf(agent);
    if (!kind) continue;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    checkAgent(check, agent, kind);
  }
  if ((counts.get(SUBMITTER) ?? 0) === 0) {
    findings.error(
      'SIP15',
      {
        en: 'metsHdr has no submitting agent (ROLE="CREATOR", TYPE ORGANIZATION or INDIVIDUAL, with its name).',
        vi: 'metsHdr không có agent bên nộp lưu (ROLE="CREATOR", TYPE ORGANIZATION hoặc INDIVIDUAL, có name).',
      },
      path,
      lineOf(header),
    );
  }
  // At most one archival creator (SIP9) and one preservation agent (SIP26), 0..1 in every version;
  // the contact person (SIP21) may repeat.
  for (const [requirement, kind] of [
    ['SIP9', ARCHIVAL_CREATOR],
    ['SIP26', PRESERVATION],
  ] as const) {
    if ((counts.get(kind) ?? 0) > 1)
      findings.error(
        requirement,
        {
          en: `metsHdr has ${counts.get(kind)} ${kind.what.en}s; at most one is allowed.`,
          vi: `metsHdr có ${counts.get(kind)} ${kind.what.vi}; chỉ được có tối đa một.`,
        },
        path,
        lineOf(header),
      );
  }
}
