import type { XmlElement } from 'libxml2-wasm';
import { lineOf } from '../element-lines.js';
import { attribute, elements } from '../xml-reader.js';
import { type MetsCheck, missingAttribute, present, wrongAttribute } from './mets-check.js';
import { checkSipHeader } from './sip-header.js';
import { OAIS_PACKAGE_TYPES } from './vocabularies.js';

/** What the header tells the other checks. */
export interface HeaderFacts {
  oaisType: string | undefined;
  /** CREATEDATE and LASTMODDATE with their line. */
  times: Array<{ value: string; line: number }>;
}

/** How close an agent is to the software agent of CSIP10: OTHERTYPE counts most. */
function softwareScore(agent: XmlElement): number {
  return (
    (attribute(agent, 'OTHERTYPE') === 'SOFTWARE' ? 4 : 0) +
    (attribute(agent, 'TYPE') === 'OTHER' ? 2 : 0) +
    (attribute(agent, 'ROLE') === 'CREATOR' ? 1 : 0) +
    (elements(agent, "mets:note[@csip:NOTETYPE='SOFTWARE VERSION']").length > 0 ? 2 : 0)
  );
}

/**
 * `CSIP10`–`CSIP16`: the agent that records the software. The agent closest to it is judged (the
 * one with `OTHERTYPE="SOFTWARE"` first), so that one wrong attribute names its own requirement.
 */
function checkSoftwareAgent(check: MetsCheck, header: XmlElement): XmlElement | undefined {
  const { path, findings } = check;
  const agents = elements(header, 'mets:agent');
  const best = agents
    .map((agent) => ({ agent, score: softwareScore(agent) }))
    .filter((candidate) => candidate.score > 1)
    .sort((a, b) => b.score - a.score)[0]?.agent;
  if (!best) {
    findings.error(
      'CSIP10',
      {
        en: 'metsHdr has no agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE" naming the software that made the package.',
        vi: 'metsHdr không có agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE" nêu tên phần mềm đã tạo gói.',
      },
      path,
      lineOf(header),
    );
    return undefined;
  }
  // The software agent's three fixed attributes, each its own requirement.
  for (const [id, name, required] of [
    ['CSIP11', 'ROLE', 'CREATOR'],
    ['CSIP12', 'TYPE', 'OTHER'],
    ['CSIP13', 'OTHERTYPE', 'SOFTWARE'],
  ] as const) {
    const value = attribute(best, name);
    if (value !== required) {
      findings.error(
        id,
        wrongAttribute({ en: 'The software agent', vi: 'agent phần mềm' }, name, value, required),
        path,
        lineOf(best),
      );
    }
  }
  const names = elements(best, 'mets:name');
  if (names.length !== 1 || names[0]?.content.trim() === '') {
    findings.error(
      'CSIP14',
      {
        en: 'The software agent has no name (the software that made the package).',
        vi: 'agent phần mềm không có name (tên phần mềm đã tạo gói).',
      },
      path,
      lineOf(best),
    );
  }
  const notes = elements(best, 'mets:note');
  const versionNote = notes.find((note) => attribute(note, 'csip:NOTETYPE') === 'SOFTWARE VERSION');
  if (notes.length === 0 || (versionNote ?? notes[0])?.content.trim() === '') {
    findings.error(
      'CSIP15',
      {
        en: 'The software agent has no note giving the software version.',
        vi: 'agent phần mềm không có note ghi phiên bản phần mềm.',
      },
      path,
      lineOf(best),
    );
  } else if (notes.length > 1) {
    findings.error(
      'CSIP15',
      {
        en: `The software agent has ${notes.length} notes; one, giving the software version, is required.`,
        vi: `agent phần mềm có ${notes.length} note; phải có đúng một note ghi phiên bản phần mềm.`,
      },
      path,
      lineOf(notes[1]),
    );
  } else if (!versionNote) {
    findings.error(
      'CSIP16',
      {
        en: 'The software agent\'s note has no csip:NOTETYPE="SOFTWARE VERSION".',
        vi: 'note của agent phần mềm không có csip:NOTETYPE="SOFTWARE VERSION".',
      },
      path,
      lineOf(notes[0]),
    );
  }
  return best;
}

/**
 * `CSIP117`, `CSIP7`–`CSIP16` on `metsHdr`, and for an E-ARK SIP `SIP3`–`SIP31` (record status,
 * package type SIP, alternative record IDs, the archival creator, submitting, contact and
 * preservation agents).
 */
export function checkHeader(check: MetsCheck): HeaderFacts {
  const { root, path, findings } = check;
  const header = elements(root, 'mets:metsHdr')[0];
  const times: HeaderFacts['times'] = [];
  if (!header) {
    findings.error(
      'CSIP117',
      { en: 'mets has no metsHdr.', vi: 'Phần tử mets không có metsHdr.' },
      path,
      lineOf(root),
    );
    return { oaisType: undefined, times };
  }
  const created = present(header, 'CREATEDATE');
  if (!created) findings.error('CSIP7', missingAttribute('metsHdr', 'CREATEDATE'), path, lineOf(header));
  else times.push({ value: created, line: lineOf(header) });
  const modified = present(header, 'LASTMODDATE');
  if (modified) {
    times.push({ value: modified, line: lineOf(header) });
    // A day's margin: a time without a zone is read in the validating machine's zone.
    if (Date.parse(modified) > Date.now() + 86_400_000) {
      findings.warning(
        'CSIP8',
        {
          en: `metsHdr/@LASTMODDATE "${modified}" is in the future: it must say when the package was last modified.`,
          vi: `metsHdr/@LASTMODDATE "${modified}" nằm ở tương lai: giá trị này phải là thời điểm gói được sửa đổi lần cuối.`,
        },
        path,
        lineOf(header),
      );
    }
  } else if (check.isRoot) {
    findings.info(
      'CSIP8',
      missingAttribute('metsHdr', 'LASTMODDATE', {
        en: 'required once the package is modified',
        vi: 'bắt buộc khi gói đã được sửa đổi',
      }),
      path,
      lineOf(header),
    );
  }
  const oaisType = present(header, 'csip:OAISPACKAGETYPE');
  if (!oaisType)
    findings.error('CSIP9', missingAttribute('metsHdr', 'csip:OAISPACKAGETYPE'), path, lineOf(header));
  else if (!OAIS_PACKAGE_TYPES.has(oaisType)) {
    findings.error(
      'CSIP9',
      {
        en: `csip:OAISPACKAGETYPE "${oaisType}" is none of SIP, AIP, DIP, AIU, AIC.`,
        vi: `csip:OAISPACKAGETYPE "${oaisType}" không phải SIP, AIP, DIP, AIU hay AIC.`,
      },
      path,
      lineOf(header),
    );
  }
  const software = checkSoftwareAgent(check, header);
  if (check.sip && check.isRoot) checkSipHeader(check, header, software);
  return { oaisType, times };
}
