import type { Bilingual } from '@sohoa/base';
import type { XmlElement } from 'libxml2-wasm';
import { lineOf } from '../element-lines.js';
import { attribute, elements } from '../xml-reader.js';
import { type FileSectionFacts, isVocabularyUse } from './file-section.js';
import type { MetadataFacts } from './metadata-sections.js';
import {
  checkIdReferences,
  idList,
  type MetsCheck,
  type MetsReference,
  missingAttribute,
  present,
  wrongAttribute,
} from './mets-check.js';
import { DRAFT_STRUCT_MAP_LABELS } from './spec-version.js';

/** The requirement ids of the Documentation or Schemas division. */
interface DivisionRequirements {
  label: 'Documentation' | 'Schemas';
  division: string;
  id: string;
  labelled: string;
  referenced: string;
  pointer: string;
}

const DOCUMENTATION: DivisionRequirements = {
  label: 'Documentation',
  division: 'CSIP93',
  id: 'CSIP94',
  labelled: 'CSIP95',
  referenced: 'CSIP96',
  pointer: 'CSIP116',
};
const SCHEMAS: DivisionRequirements = {
  label: 'Schemas',
  division: 'CSIP97',
  id: 'CSIP98',
  labelled: 'CSIP99',
  referenced: 'CSIP100',
  pointer: 'CSIP118',
};

/** The CSIP structMap, as a finding names it. */
const CSIP_STRUCT_MAP: Bilingual = { en: 'The CSIP structMap', vi: 'structMap CSIP' };

/** A CSIP division named by its label, as a finding names it: "The Metadata div" / "Div Metadata". */
function labelledDiv(label: string): Bilingual {
  return { en: `The ${label} div`, vi: `Div ${label}` };
}

/** The `fptr` of a CSIP division named by its label, as a finding names it. */
function pointerOf(label: string): Bilingual {
  return { en: `fptr of the ${label} div`, vi: `Phần tử fptr của div ${label}` };
}

/** The division labels CSIP defines; a division so labelled is not taken for another one. */
const KNOWN_LABELS = new Set(['Metadata', 'Documentation', 'Schemas', 'Representations']);

interface MapContext {
  check: MetsCheck;
  groups: FileSectionFacts['groups'];
  /** File group IDs pointed at by an fptr or an mptr's xlink:title anywhere in the CSIP map. */
  pointedAt: Set<string>;
  /**
   * IDs of the file groups whose USE is missing or, in the root METS, outside the vocabulary: CSIP64
   * names them, so an fptr pointing at one is not reported again (one cause, one finding).
   */
  useReported: Set<string>;
}

function groupIdsOf(context: MapContext, matches: (use: string) => boolean): Set<string> {
  return new Set(
    context.groups
      .filter((group) => group.id !== undefined && group.use !== undefined && matches(group.use))
      .map((group) => group.id as string),
  );
}

/**
 * `CSIP93`–`CSIP100`, `CSIP116`, `CSIP118`: the division of the Documentation (or Schemas) file
 * groups. A division counts as it when it is labelled so or when one of its fptr points at such a
 * group (then `CSIP95`/`CSIP99` if its label is another).
 */
function checkGroupDivision(context: MapContext, top: XmlElement, ids: DivisionRequirements): void {
  const { check } = context;
  const { path, findings } = check;
  const groupIds = groupIdsOf(context, (use) => use === ids.label);
  const divisions = elements(top, 'mets:div').filter((division) => {
    const label = attribute(division, 'LABEL') ?? '';
    if (label === ids.label) return true;
    const otherDivision = KNOWN_LABELS.has(label) || label.startsWith('Representations/');
    return (
      !otherDivision &&
      elements(division, 'mets:fptr').some((pointer) => groupIds.has(attribute(pointer, 'FILEID') ?? ''))
    );
  });
  if (divisions.length === 0) {
    // No division at all: one cause, reported once (not also as each group unreferenced).
    if (groupIds.size > 0) {
      findings.warning(
        ids.division,
        {
          en: `The ${ids.label} file groups are not described by a structMap div LABEL="${ids.label}".`,
          vi: `Các nhóm tệp ${ids.label} không được mô tả bởi một div LABEL="${ids.label}" của structMap.`,
        },
        path,
        lineOf(top),
      );
    }
    return;
  }
  if (divisions.length > 1) {
    findings.warning(
      ids.division,
      {
        en: `${divisions.length} structMap divisions describe the ${ids.label}; one is expected.`,
        vi: `Có ${divisions.length} div của structMap mô tả ${ids.label}; chỉ nên có một.`,
      },
      path,
      lineOf(divisions[1]),
    );
  }
  for (const division of divisions) {
    if (!present(division, 'ID'))
      findings.error(ids.id, missingAttribute(labelledDiv(ids.label), 'ID'), path, lineOf(division));
    const label = attribute(division, 'LABEL');
    if (label !== ids.label) {
      findings.error(
        ids.labelled,
        {
          en: `The div pointing at the ${ids.label} file group is labelled "${label ?? ''}", not "${ids.label}".`,
          vi: `Div trỏ tới nhóm tệp ${ids.label} có nhãn "${label ?? ''}", không phải "${ids.label}".`,
        },
        path,
        lineOf(division),
      );
    }
    for (const pointer of elements(division, 'mets:fptr')) {
      const fileId = present(pointer, 'FILEID');
      if (fileId !== undefined && context.useReported.has(fileId)) continue;
      if (fileId === undefined || !groupIds.has(fileId)) {
        const target = context.groups.some((group) => group.id === fileId)
          ? { en: `which is not a ${ids.label} file group`, vi: `không phải nhóm tệp ${ids.label}` }
          : {
              en: 'which no file group of this METS has as ID',
              vi: 'không nhóm tệp nào của tệp METS này có ID đó',
            };
        findings.error(
          ids.pointer,
          fileId === undefined
            ? missingAttribute(pointerOf(ids.label), 'FILEID')
            : {
                en: `fptr of the ${ids.label} div points at "${fileId}", ${target.en}.`,
                vi: `Phần tử fptr của div ${ids.label} trỏ tới "${fileId}", ${target.vi}.`,
              },
          path,
          lineOf(pointer),
        );
      }
    }
  }
  // CSIP96 and CSIP100 are MUSTs in 2.0.4, SHOULDs in 2.2.0 (as CSIP104).
  const unreferenced = check.version === '2.2' ? 'warning' : 'error';
  for (const id of groupIds) {
    if (!context.pointedAt.has(id)) {
      findings.add(
        unreferenced,
        ids.referenced,
        {
          en: `The ${ids.label} file group "${id}" has no fptr in the structMap.`,
          vi: `Nhóm tệp ${ids.label} "${id}" không có fptr nào trong structMap.`,
        },
        path,
        lineOf(divisions[0]),
      );
    }
  }
}

/** `CSIP88`–`CSIP92`: one Metadata division listing every current metadata section by ID. */
function checkMetadataDivision(check: MetsCheck, top: XmlElement, metadata: MetadataFacts): void {
  const { path, findings } = check;
  const divisions = elements(top, "mets:div[@LABEL='Metadata']");
  if (divisions.length !== 1) {
    findings.error(
      'CSIP88',
      {
        en: `The CSIP structMap has ${divisions.length} divisions LABEL="Metadata"; exactly one is required.`,
        vi: `structMap CSIP có ${divisions.length} div LABEL="Metadata"; phải có đúng một.`,
      },
      path,
      lineOf(divisions[1]) ?? lineOf(top),
    );
    return;
  }
  const division = divisions[0] as XmlElement;
  if (!present(division, 'ID'))
    findings.error('CSIP89', missingAttribute(labelledDiv('Metadata'), 'ID'), path, lineOf(division));
  const lists: ReadonlyArray<['ADMID' | 'DMDID', string, MetadataFacts['admSections'], Bilingual]> = [
    ['ADMID', 'CSIP91', metadata.admSections, { en: 'amdSec section', vi: 'phần của amdSec' }],
    ['DMDID', 'CSIP92', metadata.dmdSections, { en: 'dmdSec', vi: 'dmdSec' }],
  ];
  for (const [name, requirement, sections, what] of lists) {
    const listed = idList(division, name);
    const known = new Set(sections.map((section) => section.id));
    const missing = sections
      .filter((section) => section.status !== 'SUPERSEDED' && !listed.includes(section.id))
      .map((section) => section.id);
    const counted = name === 'ADMID' ? metadata.admSectionCount : metadata.dmdSectionCount;
    if (missing.length > 0) {
      // A SHOULD in 2.0.4, 2.1.1 and 2.2.0 ("should reference all current … sections").
      const shown = missing.slice(0, 3).join(', ');
      findings.warning(
        requirement,
        {
          en: `The Metadata div's @${name} does not list the ${what.en} ${shown}${missing.length > 3 ? ` and ${missing.length - 3} more` : ''}.`,
          vi: `Thuộc tính @${name} của div Metadata không liệt kê ${what.vi} ${shown}${missing.length > 3 ? ` và ${missing.length - 3} phần khác` : ''}.`,
        },
        path,
        lineOf(division),
      );
    } else if (counted > 0 && counted === sections.length) {
      // A listed ID that names no section of the kind: checked when every section of the kind has
      // its ID (else the section without one is the cause, reported by its own requirement).
      checkIdReferences(check, division, name, requirement, known, metadata.documentIds, what);
    }
  }
}

/** The representation folder a `Representations/<name>` label or a representation METS path names. */
function representationOf(value: string): string | undefined {
  return /^representations\/([^/]+)/i.exec(value)?.[1];
}

/**
 * `CSIP101`–`CSIP112`, `CSIP119` (root METS): the content division (`LABEL="Representations"`) and the
 * representation divisions (`LABEL="Representations/<folder>"`), each with its ID and, when the
 * representation has a METS, one mptr to it (`xlink:title` naming its file group, `xlink:href`,
 * `xlink:type="simple"`, `LOCTYPE="URL"`). Every representation METS of the package has a division.
 */
function checkRepresentationDivisions(
  context: MapContext,
  top: XmlElement,
  references: MetsReference[],
): void {
  const { check } = context;
  const { path, findings } = check;
  if (!check.isRoot) return;
  const representationGroups = groupIdsOf(context, (use) => use.startsWith('Representations'));
  const children = elements(top, 'mets:div');
  const contents = children.filter((division) => attribute(division, 'LABEL') === 'Representations');
  if (contents.length > 1)
    findings.warning(
      'CSIP101',
      {
        en: `${contents.length} divisions LABEL="Representations"; one is expected.`,
        vi: `Có ${contents.length} div LABEL="Representations"; chỉ nên có một.`,
      },
      path,
      lineOf(contents[1]),
    );
  for (const division of contents) {
    if (!present(division, 'ID'))
      findings.error(
        'CSIP102',
        missingAttribute(labelledDiv('Representations'), 'ID'),
        path,
        lineOf(division),
      );
    for (const pointer of elements(division, 'mets:fptr')) {
      const fileId = present(pointer, 'FILEID');
      if (fileId !== undefined && context.useReported.has(fileId)) continue;
      if (fileId === undefined || !representationGroups.has(fileId)) {
        findings.error(
          'CSIP119',
          fileId === undefined
            ? missingAttribute(pointerOf('Representations'), 'FILEID')
            : {
                en: `fptr of the Representations div points at "${fileId}", which is not a Representations file group.`,
                vi: `Phần tử fptr của div Representations trỏ tới "${fileId}", không phải nhóm tệp Representations.`,
              },
          path,
          lineOf(pointer),
        );
      }
    }
  }
  for (const division of children) {
    const label = attribute(division, 'LABEL') ?? '';
    const pointsAtRepresentations = elements(division, 'mets:fptr').some((pointer) =>
      representationGroups.has(attribute(pointer, 'FILEID') ?? ''),
    );
    if (!label.startsWith('Representations') && pointsAtRepresentations) {
      findings.error(
        'CSIP103',
        {
          en: `The div pointing at a Representations file group is labelled "${label}", not "Representations".`,
          vi: `Div trỏ tới một nhóm tệp Representations có nhãn "${label}", không phải "Representations".`,
        },
        path,
        lineOf(division),
      );
    }
  }
  const described = new Set<string>();
  for (const division of children.filter((child) =>
    (attribute(child, 'LABEL') ?? '').startsWith('Representations/'),
  )) {
    const label = attribute(division, 'LABEL') as string;
    const name = representationOf(label) as string;
    described.add(name);
    if (!present(division, 'ID'))
      findings.error(
        'CSIP106',
        missingAttribute({ en: `The div "${label}"`, vi: `Div "${label}"` }, 'ID'),
        path,
        lineOf(division),
      );
    if (!check.folders.has(`representations/${name}/`)) {
      // CSIP107: the label is the path to the representation's METS; this one names no folder.
      findings.error(
        'CSIP107',
        {
          en: `The div "${label}" describes representations/${name}/, which the package does not hold.`,
          vi: `Div "${label}" mô tả representations/${name}/, nhưng gói không có thư mục này.`,
        },
        path,
        lineOf(division),
      );
      continue;
    }
    const pointers = elements(division, 'mets:mptr');
    const hasMets = check.files.has(`representations/${name}/METS.xml`);
    if (hasMets && pointers.length !== 1) {
      findings.error(
        'CSIP109',
        {
          en: `The div "${label}" has ${pointers.length} mptr; one pointing at representations/${name}/METS.xml is required.`,
          vi: `Div "${label}" có ${pointers.length} mptr; phải có đúng một mptr trỏ tới representations/${name}/METS.xml.`,
        },
        path,
        lineOf(division),
      );
    }
    for (const pointer of pointers) {
      const title = present(pointer, 'xlink:title');
      if (title === undefined || !representationGroups.has(title)) {
        findings.error(
          'CSIP108',
          title === undefined
            ? missingAttribute(
                { en: `The mptr of "${label}"`, vi: `Phần tử mptr của "${label}"` },
                'xlink:title',
                {
                  en: "the ID of the representation's file group",
                  vi: 'phải là ID của nhóm tệp của biểu diễn',
                },
              )
            : {
                en: `The mptr of "${label}" has xlink:title "${title}", which is no Representations file group (the ID of the representation's file group).`,
                vi: `Phần tử mptr của "${label}" có xlink:title "${title}", không phải nhóm tệp Representations nào (phải là ID của nhóm tệp của biểu diễn).`,
              },
          path,
          lineOf(pointer),
        );
      }
      const href = present(pointer, 'xlink:href');
      if (attribute(pointer, 'xlink:type') !== 'simple')
        findings.error('CSIP111', missingAttribute('mptr', 'xlink:type="simple"'), path, lineOf(pointer));
      const locType = attribute(pointer, 'LOCTYPE');
      if (locType !== 'URL')
        findings.error('CSIP112', wrongAttribute('mptr', 'LOCTYPE', locType, 'URL'), path, lineOf(pointer));
      if (href === undefined) {
        findings.error('CSIP110', missingAttribute('mptr', 'xlink:href'), path, lineOf(pointer));
        continue;
      }
      const target = representationOf(href.replace(/^(\.\/|file:(\/\/)?)/, ''));
      if (target !== undefined && target !== name) {
        findings.error(
          'CSIP110',
          {
            en: `The mptr of "${label}" points at "${href}", in another representation than its label.`,
            vi: `Phần tử mptr của "${label}" trỏ tới "${href}", thuộc một biểu diễn khác với biểu diễn mà nhãn của nó nêu.`,
          },
          path,
          lineOf(pointer),
        );
        continue;
      }
      references.push({
        kind: 'mptr',
        href,
        size: undefined,
        checksum: undefined,
        checksumType: undefined,
        line: lineOf(pointer),
        requirements: { href: 'CSIP110', size: 'CSIP110', checksum: 'CSIP110' },
      });
    }
  }
  for (const file of check.files.keys()) {
    const match = /^representations\/([^/]+)\/METS\.xml$/.exec(file);
    if (match && !described.has(match[1] as string)) {
      findings.warning(
        'CSIP105',
        {
          en: `${file} has no div LABEL="Representations/${match[1]}" in the structMap.`,
          vi: `${file} không có div LABEL="Representations/${match[1]}" trong structMap.`,
        },
        path,
        lineOf(top),
      );
    }
  }
  // CSIP104 is a MUST in CSIP 2.0 and 2.1, a SHOULD since 2.2.
  const unreferenced = check.version === '2.2' ? 'warning' : 'error';
  for (const id of representationGroups) {
    if (!context.pointedAt.has(id))
      findings.add(
        unreferenced,
        'CSIP104',
        {
          en: `The Representations file group "${id}" is pointed at by no fptr or mptr of the structMap.`,
          vi: `Nhóm tệp Representations "${id}" không được fptr hay mptr nào của structMap trỏ tới.`,
        },
        path,
        lineOf(top),
      );
  }
}

/**
 * `CSIP80`–`CSIP119` on the structural maps: exactly one `CSIP` structMap (`TYPE="PHYSICAL"`, an
 * ID) with one top division (its ID; in CSIP 2.0 its LABEL is the OBJID, `CSIP86`) holding the
 * Metadata, Documentation, Schemas, content and representation divisions. Returns the mptr
 * references to resolve.
 */
export function checkStructMap(
  check: MetsCheck,
  objectId: string | undefined,
  metadata: MetadataFacts,
  fileSection: FileSectionFacts,
): MetsReference[] {
  const { root, path, findings, version } = check;
  const references: MetsReference[] = [];
  const maps = elements(root, 'mets:structMap');
  const labels = version === '2.0' ? ['CSIP', ...DRAFT_STRUCT_MAP_LABELS] : ['CSIP'];
  const csipMaps = maps.filter((map) => labels.includes(attribute(map, 'LABEL') ?? ''));
  if (maps.length === 0) {
    findings.error(
      'CSIP80',
      { en: 'The METS has no structMap.', vi: 'Tệp METS không có structMap.' },
      path,
      lineOf(root),
    );
    return references;
  }
  if (csipMaps.length > 1) {
    findings.error(
      'CSIP80',
      {
        en: `The METS has ${csipMaps.length} structMap LABEL="CSIP"; exactly one is required.`,
        vi: `Tệp METS có ${csipMaps.length} structMap LABEL="CSIP"; phải có đúng một.`,
      },
      path,
      lineOf(csipMaps[1]),
    );
  }
  const map = csipMaps[0];
  if (!map) {
    const labelsSeen = maps.map((other) => `"${attribute(other, 'LABEL') ?? ''}"`).join(', ');
    findings.error(
      'CSIP82',
      {
        en: `No structMap has LABEL="CSIP" (labels: ${labelsSeen}).`,
        vi: `Không structMap nào có LABEL="CSIP" (các nhãn có: ${labelsSeen}).`,
      },
      path,
      lineOf(maps[0]),
    );
    return references;
  }
  if (attribute(map, 'TYPE') !== 'PHYSICAL')
    findings.error(
      'CSIP81',
      wrongAttribute(CSIP_STRUCT_MAP, 'TYPE', attribute(map, 'TYPE'), 'PHYSICAL'),
      path,
      lineOf(map),
    );
  if (!present(map, 'ID'))
    findings.error('CSIP83', missingAttribute(CSIP_STRUCT_MAP, 'ID'), path, lineOf(map));
  const tops = elements(map, 'mets:div');
  if (tops.length !== 1)
    findings.error(
      'CSIP84',
      {
        en: `The CSIP structMap has ${tops.length} top divisions; exactly one is required.`,
        vi: `structMap CSIP có ${tops.length} div cấp cao nhất; phải có đúng một.`,
      },
      path,
      lineOf(tops[1]) ?? lineOf(map),
    );
  const top = tops[0];
  if (!top) return references;
  if (!present(top, 'ID'))
    findings.error(
      'CSIP85',
      missingAttribute(
        { en: 'The top div of the CSIP structMap', vi: 'Div cấp cao nhất của structMap CSIP' },
        'ID',
      ),
      path,
      lineOf(top),
    );
  const label = attribute(top, 'LABEL');
  // An OBJID missing or empty is CSIP1's finding alone (one cause, one finding).
  if (version === '2.0' && objectId !== undefined && objectId.trim() !== '' && label !== objectId) {
    findings.error(
      'CSIP86',
      label === undefined
        ? missingAttribute({ en: 'The top div', vi: 'Div cấp cao nhất' }, 'LABEL', {
            en: 'CSIP 2.0 requires the OBJID there',
            vi: 'CSIP 2.0 yêu cầu ghi OBJID ở đó',
          })
        : {
            en: `The top div's LABEL "${label}" is not the OBJID "${objectId}" (CSIP 2.0).`,
            vi: `LABEL "${label}" của div cấp cao nhất không phải OBJID "${objectId}" (CSIP 2.0).`,
          },
      path,
      lineOf(top),
    );
  }
  const pointedAt = new Set<string>([
    ...elements(map, './/mets:fptr').map((pointer) => attribute(pointer, 'FILEID') ?? ''),
    ...elements(map, './/mets:mptr').map((pointer) => attribute(pointer, 'xlink:title') ?? ''),
    // The 2.0 drafts referenced the file groups from the division's @CONTENTIDS (their CSIP96,
    // CSIP100, CSIP104: "structMap/div/div/@CONTENTIDS"), as the E-ARK corpus's IP_18000_ packages do.
    ...(version === '2.0'
      ? elements(map, './/mets:div').flatMap((division) => idList(division, 'CONTENTIDS'))
      : []),
  ]);
  const useReported = new Set(
    fileSection.groups
      .filter(
        ({ id, use }) => id !== undefined && (use === undefined || (check.isRoot && !isVocabularyUse(use))),
      )
      .map(({ id }) => id as string),
  );
  const context: MapContext = { check, groups: fileSection.groups, pointedAt, useReported };
  checkMetadataDivision(check, top, metadata);
  checkGroupDivision(context, top, DOCUMENTATION);
  checkGroupDivision(context, top, SCHEMAS);
  checkRepresentationDivisions(context, top, references);
  return references;
}
