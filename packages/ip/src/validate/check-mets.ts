import type { XmlDocument, XmlElement } from 'libxml2-wasm';
import type { FindingList } from './finding.js';
import { attribute, elements } from './xml-reader.js';

/** One file a METS document points at, with what it declares about it. */
export interface MetsReference {
  /** `file` (fileSec), `mdRef` (dmdSec/amdSec) or `mptr` (structMap). */
  kind: 'file' | 'mdRef' | 'mptr';
  /** The section of an `mdRef`: `dmdSec` or `digiprovMD` (or another amdSec child). */
  section?: string;
  /** `xlink:href` as written. */
  href: string;
  size: string | undefined;
  checksum: string | undefined;
  checksumType: string | undefined;
  line: number;
}

/** What the CSIP checks read from one METS document. */
export interface MetsFacts {
  objectId: string | undefined;
  type: string | undefined;
  profile: string | undefined;
  oaisType: string | undefined;
  references: MetsReference[];
  /** Every date-time attribute (CREATEDATE, LASTMODDATE, CREATED) with its line. */
  times: Array<{ value: string; line: number }>;
}

const MD_REF_REQUIREMENTS: Record<string, Record<string, string>> = {
  dmdSec: {
    'xlink:type': 'CSIP23',
    'xlink:href': 'CSIP24',
    MIMETYPE: 'CSIP26',
    SIZE: 'CSIP27',
    CREATED: 'CSIP28',
    CHECKSUM: 'CSIP29',
    CHECKSUMTYPE: 'CSIP30',
  },
  digiprovMD: {
    'xlink:type': 'CSIP37',
    'xlink:href': 'CSIP38',
    MIMETYPE: 'CSIP40',
    SIZE: 'CSIP41',
    CREATED: 'CSIP42',
    CHECKSUM: 'CSIP43',
    CHECKSUMTYPE: 'CSIP44',
  },
};

const FILE_REQUIREMENTS: Record<string, string> = {
  MIMETYPE: 'CSIP68',
  SIZE: 'CSIP69',
  CREATED: 'CSIP70',
  CHECKSUM: 'CSIP71',
  CHECKSUMTYPE: 'CSIP72',
};

function requireAttributes(
  element: XmlElement,
  requirements: Record<string, string>,
  where: string,
  path: string,
  findings: FindingList,
): void {
  for (const [name, requirement] of Object.entries(requirements)) {
    if (!attribute(element, name))
      findings.error(requirement, `${where} has no @${name}.`, path, element.line);
  }
}

/** `CSIP91`/`CSIP92`: the Metadata division lists every section of its kind by ID. */
function requireListed(
  division: XmlElement,
  attributeName: 'DMDID' | 'ADMID',
  ids: readonly string[],
  requirement: string,
  what: string,
  path: string,
  findings: FindingList,
): void {
  const listed = new Set((attribute(division, attributeName) ?? '').split(/\s+/));
  const missing = ids.filter((id) => !listed.has(id));
  if (missing.length === 0) return;
  const shown = missing.slice(0, 3).join(', ');
  findings.error(
    requirement,
    `The Metadata div's @${attributeName} does not list the ${what} ${shown}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}.`,
    path,
    division.line,
  );
}

/**
 * `CSIP93`–`CSIP96`, `CSIP116`: the file groups `USE="Documentation"` are described by one
 * division `LABEL="Documentation"` with an `ID`, whose `fptr` elements point at them, one file
 * group each. A division is taken for the documentation division when it is labelled so or when
 * one of its `fptr` points at a documentation file group.
 */
function checkDocumentationDivision(
  root: XmlElement,
  top: XmlElement,
  path: string,
  findings: FindingList,
): void {
  const groupIds = new Set(
    elements(root, "mets:fileSec//mets:fileGrp[@USE='Documentation']")
      .map((group) => attribute(group, 'ID'))
      .filter((id): id is string => id !== undefined),
  );
  const divisions = elements(top, 'mets:div').filter(
    (division) =>
      attribute(division, 'LABEL') === 'Documentation' ||
      elements(division, 'mets:fptr').some((pointer) => groupIds.has(attribute(pointer, 'FILEID') ?? '')),
  );
  if (divisions.length === 0) {
    if (groupIds.size > 0) {
      findings.warning(
        'CSIP93',
        'The documentation file group is not described by a structMap div LABEL="Documentation".',
        path,
        top.line,
      );
    }
    return;
  }
  if (divisions.length > 1) {
    findings.warning(
      'CSIP93',
      `${divisions.length} structMap divisions describe the documentation; one is expected.`,
      path,
      divisions[1]?.line,
    );
  }
  const referenced = new Set<string>();
  for (const division of divisions) {
    if (!attribute(division, 'ID'))
      findings.error('CSIP94', 'The documentation div has no @ID.', path, division.line);
    const label = attribute(division, 'LABEL');
    if (label !== 'Documentation') {
      findings.error(
        'CSIP95',
        `The div pointing at the documentation file group is labelled "${label ?? ''}", not "Documentation".`,
        path,
        division.line,
      );
    }
    for (const pointer of elements(division, 'mets:fptr')) {
      const fileId = attribute(pointer, 'FILEID');
      if (fileId !== undefined && groupIds.has(fileId)) referenced.add(fileId);
      else {
        findings.error(
          'CSIP116',
          `fptr of the documentation div ${fileId === undefined ? 'has no @FILEID' : `points at "${fileId}", which is not a Documentation file group`}.`,
          path,
          pointer.line,
        );
      }
    }
  }
  for (const id of groupIds) {
    if (!referenced.has(id)) {
      findings.error(
        'CSIP96',
        `The documentation file group "${id}" has no fptr in the documentation div.`,
        path,
        divisions[0]?.line,
      );
    }
  }
}

/**
 * Checks one METS document against the E-ARK CSIP 2.x METS profile requirements that concern a
 * single document (root element, header, metadata references, file section, structural map) and
 * collects the files it points at. Schema validity is checked separately.
 */
export function checkMets(document: XmlDocument, path: string, findings: FindingList): MetsFacts {
  const root = document.root;
  const at = root.line;
  const objectId = attribute(root, 'OBJID');
  const type = attribute(root, 'TYPE');
  const profile = attribute(root, 'PROFILE');
  if (!objectId) findings.error('CSIP1', 'mets has no @OBJID (the package identifier).', path, at);
  if (!type) findings.error('CSIP2', 'mets has no @TYPE (the content category).', path, at);
  if (!profile) findings.error('CSIP6', 'mets has no @PROFILE.', path, at);
  const times: MetsFacts['times'] = [];
  const header = elements(root, 'mets:metsHdr')[0];
  let oaisType: string | undefined;
  if (!header) findings.error('CSIP117', 'mets has no metsHdr.', path, at);
  else {
    oaisType = attribute(header, 'csip:OAISPACKAGETYPE');
    const created = attribute(header, 'CREATEDATE');
    if (!created) findings.error('CSIP7', 'metsHdr has no @CREATEDATE.', path, header.line);
    else times.push({ value: created, line: header.line });
    const modified = attribute(header, 'LASTMODDATE');
    if (modified) times.push({ value: modified, line: header.line });
    if (!oaisType) findings.error('CSIP9', 'metsHdr has no @csip:OAISPACKAGETYPE.', path, header.line);
    const software = elements(
      header,
      "mets:agent[@ROLE='CREATOR' and @TYPE='OTHER' and @OTHERTYPE='SOFTWARE']",
    )[0];
    if (!software) {
      findings.error(
        'CSIP10',
        'metsHdr has no agent with ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE" naming the software that made the package.',
        path,
        header.line,
      );
    } else if (elements(software, "mets:note[@csip:NOTETYPE='SOFTWARE VERSION']").length === 0) {
      findings.error(
        'CSIP16',
        'The software agent has no note with csip:NOTETYPE="SOFTWARE VERSION".',
        path,
        software.line,
      );
    }
  }
  const references: MetsReference[] = [];
  const dmdIds: string[] = [];
  const admIds: string[] = [];
  for (const section of elements(root, 'mets:dmdSec | mets:amdSec/*')) {
    const name = section.name;
    const sectionId = attribute(section, 'ID');
    if (sectionId) (name === 'dmdSec' ? dmdIds : admIds).push(sectionId);
    const created = attribute(section, 'CREATED');
    if (name === 'dmdSec' && !created)
      findings.error('CSIP19', 'dmdSec has no @CREATED.', path, section.line);
    if (created) times.push({ value: created, line: section.line });
    for (const reference of elements(section, 'mets:mdRef')) {
      const requirements = MD_REF_REQUIREMENTS[name === 'dmdSec' ? 'dmdSec' : 'digiprovMD'] ?? {};
      requireAttributes(reference, requirements, `${name}/mdRef`, path, findings);
      const referenceCreated = attribute(reference, 'CREATED');
      if (referenceCreated) times.push({ value: referenceCreated, line: reference.line });
      const href = attribute(reference, 'xlink:href');
      if (href) {
        references.push({
          kind: 'mdRef',
          section: name,
          href,
          size: attribute(reference, 'SIZE'),
          checksum: attribute(reference, 'CHECKSUM'),
          checksumType: attribute(reference, 'CHECKSUMTYPE'),
          line: reference.line,
        });
      }
    }
  }
  const fileSections = elements(root, 'mets:fileSec');
  for (const fileSection of fileSections) {
    if (!attribute(fileSection, 'ID'))
      findings.error('CSIP59', 'fileSec has no @ID.', path, fileSection.line);
  }
  for (const group of elements(root, 'mets:fileSec//mets:fileGrp')) {
    if (!attribute(group, 'USE')) findings.error('CSIP64', 'fileGrp has no @USE.', path, group.line);
    if (!attribute(group, 'ID')) findings.error('CSIP65', 'fileGrp has no @ID.', path, group.line);
  }
  for (const file of elements(root, 'mets:fileSec//mets:file')) {
    requireAttributes(file, FILE_REQUIREMENTS, 'file', path, findings);
    const created = attribute(file, 'CREATED');
    if (created) times.push({ value: created, line: file.line });
    const locations = elements(file, 'mets:FLocat');
    if (locations.length !== 1) {
      findings.error(
        'CSIP76',
        `file has ${locations.length} FLocat elements; exactly one is required.`,
        path,
        file.line,
      );
    }
    for (const location of locations) {
      if (attribute(location, 'xlink:type') !== 'simple') {
        findings.error('CSIP78', 'FLocat has no @xlink:type="simple".', path, location.line);
      }
      const href = attribute(location, 'xlink:href');
      if (!href) findings.error('CSIP79', 'FLocat has no @xlink:href.', path, location.line);
      else {
        references.push({
          kind: 'file',
          href,
          size: attribute(file, 'SIZE'),
          checksum: attribute(file, 'CHECKSUM'),
          checksumType: attribute(file, 'CHECKSUMTYPE'),
          line: location.line,
        });
      }
    }
  }
  const maps = elements(root, "mets:structMap[@LABEL='CSIP']");
  if (maps.length !== 1) {
    findings.error(
      'CSIP82',
      `The METS has ${maps.length} structMap with LABEL="CSIP"; exactly one is required.`,
      path,
      at,
    );
  }
  const map = maps[0];
  if (map) {
    if (attribute(map, 'TYPE') !== 'PHYSICAL') {
      findings.error('CSIP81', 'The CSIP structMap does not have TYPE="PHYSICAL".', path, map.line);
    }
    const top = elements(map, 'mets:div')[0];
    if (top && objectId && attribute(top, 'LABEL') !== objectId) {
      findings.error('CSIP86', `The top div's LABEL is not the OBJID "${objectId}".`, path, top.line);
    }
    const metadataDivs = top ? elements(top, "mets:div[@LABEL='Metadata']") : [];
    if (top && metadataDivs.length !== 1) {
      findings.error('CSIP88', 'The CSIP structMap has no single div with LABEL="Metadata".', path, top.line);
    }
    const metadataDiv = metadataDivs.length === 1 ? metadataDivs[0] : undefined;
    if (metadataDiv) {
      requireListed(metadataDiv, 'DMDID', dmdIds, 'CSIP92', 'dmdSec', path, findings);
      requireListed(metadataDiv, 'ADMID', admIds, 'CSIP91', 'amdSec section', path, findings);
    }
    if (top) checkDocumentationDivision(root, top, path, findings);
    for (const pointer of elements(map, './/mets:mptr')) {
      const href = attribute(pointer, 'xlink:href');
      if (!href) findings.error('CSIP110', 'mptr has no @xlink:href.', path, pointer.line);
      else {
        references.push({
          kind: 'mptr',
          href,
          size: undefined,
          checksum: undefined,
          checksumType: undefined,
          line: pointer.line,
        });
      }
    }
  }
  return { objectId, type, profile, oaisType, references, times };
}
