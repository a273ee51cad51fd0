import type { XmlElement } from 'libxml2-wasm';
import { lineOf } from '../element-lines.js';
import { attribute, elements } from '../xml-reader.js';
import {
  checkIdReferences,
  type MetsCheck,
  type MetsReference,
  missingAttribute,
  present,
  wrongAttribute,
} from './mets-check.js';
import { contentInformationTypes, isMediaType, mediaTypeSeverity } from './vocabularies.js';

/** What the file section tells the structural map checks: its file groups by ID and USE. */
export interface FileSectionFacts {
  groups: Array<{ id: string | undefined; use: string | undefined; line: number }>;
  /** CREATED attributes with their line. */
  times: Array<{ value: string; line: number }>;
}

/** The IDs of the metadata sections of one METS (amdSec sections, dmdSecs) and of all its elements. */
export interface MetadataIds {
  adm: ReadonlySet<string>;
  dmd: ReadonlySet<string>;
  document: ReadonlySet<string>;
}

/** A root file group USE from the CSIP vocabulary (FileGrpAndStructMapDivisionLabel). */
export function isVocabularyUse(use: string): boolean {
  return use === 'Documentation' || use === 'Schemas' || /^Representations(\/|$)/.test(use);
}

/** The SIP file format attributes (SIP32–SIP35), MAY: reported when no file of the METS has one. */
const SIP_FORMAT_ATTRIBUTES: ReadonlyArray<[string, string]> = [
  ['sip:FILEFORMATNAME', 'SIP32'],
  ['sip:FILEFORMATVERSION', 'SIP33'],
  ['sip:FILEFORMATREGISTRY', 'SIP34'],
  ['sip:FILEFORMATKEY', 'SIP35'],
];

function checkFile(
  check: MetsCheck,
  file: XmlElement,
  use: string | undefined,
  ids: MetadataIds,
  facts: FileSectionFacts,
): MetsReference | undefined {
  const { path, findings } = check;
  const at = lineOf(file);
  if (!present(file, 'ID')) findings.error('CSIP67', missingAttribute('file', 'ID'), path, at);
  const mimeType = present(file, 'MIMETYPE');
  if (!mimeType) findings.error('CSIP68', missingAttribute('file', 'MIMETYPE'), path, at);
  else if (!isMediaType(mimeType))
    findings.add(
      mediaTypeSeverity(check.version),
      'CSIP68',
      {
        en: `file has MIMETYPE="${mimeType}", which is not an IANA media type.`,
        vi: `Phần tử file có MIMETYPE="${mimeType}", không phải một kiểu phương tiện (media type) của IANA.`,
      },
      path,
      at,
    );
  const size = present(file, 'SIZE');
  if (!size) findings.error('CSIP69', missingAttribute('file', 'SIZE'), path, at);
  const created = present(file, 'CREATED');
  if (!created) findings.error('CSIP70', missingAttribute('file', 'CREATED'), path, at);
  else facts.times.push({ value: created, line: at });
  const checksum = present(file, 'CHECKSUM');
  if (!checksum) findings.error('CSIP71', missingAttribute('file', 'CHECKSUM'), path, at);
  const checksumType = present(file, 'CHECKSUMTYPE');
  if (!checksumType) findings.error('CSIP72', missingAttribute('file', 'CHECKSUMTYPE'), path, at);
  // CSIP74 and CSIP75 are MAYs (2.0.4, 2.1.1, 2.2.0).
  checkIdReferences(check, file, 'ADMID', 'CSIP74', ids.adm, ids.document, {
    en: 'amdSec section',
    vi: 'phần của amdSec',
  });
  checkIdReferences(check, file, 'DMDID', 'CSIP75', ids.dmd, ids.document, { en: 'dmdSec', vi: 'dmdSec' });
  if (check.sip) {
    for (const [name, requirement] of SIP_FORMAT_ATTRIBUTES) {
      const value = attribute(file, name);
      if (value !== undefined && value.trim() === '')
        findings.warning(
          requirement,
          { en: `file/@${name} is empty.`, vi: `Thuộc tính file/@${name} để trống.` },
          path,
          at,
        );
    }
  }
  const locations = elements(file, 'mets:FLocat');
  if (locations.length !== 1) {
    findings.error(
      'CSIP76',
      {
        en: `file has ${locations.length} FLocat elements; exactly one is required.`,
        vi: `Phần tử file có ${locations.length} phần tử FLocat; phải có đúng một.`,
      },
      path,
      at,
    );
  }
  const location = locations[0];
  if (!location) return undefined;
  const locType = attribute(location, 'LOCTYPE');
  if (locType !== 'URL')
    findings.error('CSIP77', wrongAttribute('FLocat', 'LOCTYPE', locType, 'URL'), path, lineOf(location));
  if (attribute(location, 'xlink:type') !== 'simple')
    findings.error('CSIP78', missingAttribute('FLocat', 'xlink:type="simple"'), path, lineOf(location));
  const href = present(location, 'xlink:href');
  if (!href) {
    findings.error('CSIP79', missingAttribute('FLocat', 'xlink:href'), path, lineOf(location));
    return undefined;
  }
  const reference: MetsReference = {
    kind: 'file',
    href,
    size,
    checksum,
    checksumType,
    line: lineOf(location),
    requirements: { href: 'CSIP79', size: 'CSIP69', checksum: 'CSIP71' },
  };
  if (use !== undefined) reference.use = use;
  return reference;
}

/**
 * `CSIP58`–`CSIP79`, `CSIP113`, `CSIP114` (and the SIP's `SIP32`–`SIP35`): one file section with an
 * ID; file groups with USE, ID, files and, for representations, a content information type; each
 * file with its attributes and exactly one FLocat. Whether documentation and schemas sit in their
 * file groups (`CSIP60`, `CSIP113`) is judged with the resolved references, by
 * {@link checkFileGroupUses}.
 */
export function checkFileSection(
  check: MetsCheck,
  metadataIds: MetadataIds,
): { facts: FileSectionFacts; references: MetsReference[] } {
  const { root, path, findings } = check;
  const facts: FileSectionFacts = { groups: [], times: [] };
  const references: MetsReference[] = [];
  const sections = elements(root, 'mets:fileSec');
  if (sections.length > 1)
    findings.warning(
      'CSIP58',
      {
        en: `The METS has ${sections.length} fileSec; one is expected.`,
        vi: `Tệp METS có ${sections.length} phần tử fileSec; chỉ nên có một.`,
      },
      path,
      lineOf(sections[1]),
    );
  for (const section of sections) {
    if (!present(section, 'ID'))
      findings.error('CSIP59', missingAttribute('fileSec', 'ID'), path, lineOf(section));
  }
  const versionTypes = contentInformationTypes(check.version);
  for (const group of elements(root, 'mets:fileSec//mets:fileGrp')) {
    const use = present(group, 'USE');
    const id = present(group, 'ID');
    facts.groups.push({ id, use, line: lineOf(group) });
    if (!use) {
      const misspelt =
        attribute(group, 'USER') !== undefined
          ? { en: 'it has @USER: write USE', vi: 'nó có @USER: hãy viết USE' }
          : undefined;
      findings.error('CSIP64', missingAttribute('fileGrp', 'USE', misspelt), path, lineOf(group));
    } else if (check.isRoot && !isVocabularyUse(use)) {
      findings.warning(
        'CSIP64',
        {
          en: `fileGrp USE="${use}" is none of Documentation, Schemas, Representations/<folder> (own names belong in an own extending vocabulary).`,
          vi: `Nhóm tệp fileGrp USE="${use}" không thuộc Documentation, Schemas, Representations/<thư mục> (tên riêng phải nằm trong một bộ từ vựng mở rộng riêng).`,
        },
        path,
        lineOf(group),
      );
    }
    if (!id) findings.error('CSIP65', missingAttribute('fileGrp', 'ID'), path, lineOf(group));
    // CSIP61 is a MAY (2.0.4, 2.1.1, 2.2.0).
    checkIdReferences(check, group, 'ADMID', 'CSIP61', metadataIds.adm, metadataIds.document, {
      en: 'amdSec section',
      vi: 'phần của amdSec',
    });
    const contentType = attribute(group, 'csip:CONTENTINFORMATIONTYPE');
    if (use?.startsWith('Representations') && check.isRoot && contentType === undefined) {
      findings.warning(
        'CSIP62',
        {
          en: `fileGrp USE="${use}" should declare csip:CONTENTINFORMATIONTYPE.`,
          vi: `Nhóm tệp fileGrp USE="${use}" nên khai báo csip:CONTENTINFORMATIONTYPE.`,
        },
        path,
        lineOf(group),
      );
    } else if (contentType !== undefined && !versionTypes.has(contentType)) {
      findings.error(
        'CSIP62',
        {
          en: `fileGrp/@csip:CONTENTINFORMATIONTYPE "${contentType}" is not in the CSIP ${check.version} vocabulary.`,
          vi: `Giá trị fileGrp/@csip:CONTENTINFORMATIONTYPE "${contentType}" không có trong bộ từ vựng CSIP ${check.version}.`,
        },
        path,
        lineOf(group),
      );
    } else if (contentType === 'OTHER' && !present(group, 'csip:OTHERCONTENTINFORMATIONTYPE')) {
      findings.error(
        'CSIP63',
        {
          en: 'fileGrp/@csip:CONTENTINFORMATIONTYPE is "OTHER" but csip:OTHERCONTENTINFORMATIONTYPE does not name the specification.',
          vi: 'Thuộc tính fileGrp/@csip:CONTENTINFORMATIONTYPE là "OTHER" nhưng csip:OTHERCONTENTINFORMATIONTYPE không nêu tên đặc tả.',
        },
        path,
        lineOf(group),
      );
    } else if (
      contentType !== 'OTHER' &&
      attribute(group, 'csip:OTHERCONTENTINFORMATIONTYPE') !== undefined
    ) {
      findings.warning(
        'CSIP63',
        {
          en: 'fileGrp has csip:OTHERCONTENTINFORMATIONTYPE but its CONTENTINFORMATIONTYPE is not "OTHER".',
          vi: 'Phần tử fileGrp có csip:OTHERCONTENTINFORMATIONTYPE nhưng CONTENTINFORMATIONTYPE của nó không phải "OTHER".',
        },
        path,
        lineOf(group),
      );
    }
    const files = elements(group, 'mets:file');
    if (files.length === 0 && elements(group, 'mets:fileGrp').length === 0) {
      findings.error(
        'CSIP66',
        {
          en: `fileGrp${use ? ` USE="${use}"` : ''} holds no file.`,
          vi: `Nhóm tệp fileGrp${use ? ` USE="${use}"` : ''} không chứa tệp nào.`,
        },
        path,
        lineOf(group),
      );
    }
    for (const file of files) {
      const reference = checkFile(check, file, use, metadataIds, facts);
      if (reference) references.push(reference);
    }
  }
  if (check.sip && check.isRoot) {
    const files = elements(root, 'mets:fileSec//mets:file');
    for (const [name, requirement] of SIP_FORMAT_ATTRIBUTES) {
      if (files.length > 0 && files.every((file) => attribute(file, name) === undefined)) {
        findings.info(
          requirement,
          {
            en: `No file of the METS has @${name} (MAY).`,
            vi: `Không phần tử file nào của tệp METS có thuộc tính @${name} (MAY: không bắt buộc).`,
          },
          path,
          lineOf(files[0]),
        );
      }
    }
  }
  return { facts, references };
}

/**
 * `CSIP60`, `CSIP113`, `CSIP114` on the resolved references of one METS: a file in a
 * `documentation/` folder sits in a file group `USE="Documentation"`, an XML schema (`.xsd`) in one
 * `USE="Schemas"`; the root METS of a package with representations has a file group whose USE
 * starts with `Representations`.
 */
export function checkFileGroupUses(
  check: Omit<MetsCheck, 'root'>,
  fileGroups: FileSectionFacts['groups'],
  resolved: ReadonlyArray<{ reference: MetsReference; target: string }>,
): void {
  const { path, findings } = check;
  for (const { reference, target } of resolved) {
    if (reference.kind !== 'file') continue;
    const inDocumentation = /(^|\/)documentation\//.test(target);
    // A group without USE, or one of the root METS with an own USE, is CSIP64; what it holds is
    // not judged again.
    if (reference.use === undefined || (check.isRoot && !isVocabularyUse(reference.use))) continue;
    if (inDocumentation && reference.use !== 'Documentation') {
      findings.error(
        'CSIP60',
        {
          en: `"${target}" is documentation but sits in file group USE="${reference.use ?? ''}", not "Documentation".`,
          vi: `"${target}" là tài liệu mô tả (documentation) nhưng nằm trong nhóm tệp USE="${reference.use ?? ''}", không phải "Documentation".`,
        },
        path,
        reference.line,
      );
    } else if (target.toLowerCase().endsWith('.xsd') && reference.use !== 'Schemas') {
      findings.error(
        'CSIP113',
        {
          en: `"${target}" is an XML schema but sits in file group USE="${reference.use ?? ''}", not "Schemas".`,
          vi: `"${target}" là lược đồ XML nhưng nằm trong nhóm tệp USE="${reference.use ?? ''}", không phải "Schemas".`,
        },
        path,
        reference.line,
      );
    }
  }
  if (!check.isRoot) return;
  const files = [...check.files.keys()];
  const groups = fileGroups.map((group) => group.use ?? '');
  // A group with an own USE (CSIP64) may hold the documentation or schemas: not judged again.
  const ownUses = !groups.every(isVocabularyUse);
  if (
    !ownUses &&
    files.some((file) => file.startsWith('documentation/')) &&
    !groups.includes('Documentation')
  ) {
    findings.error(
      'CSIP60',
      {
        en: 'The package has a documentation/ folder but no file group USE="Documentation".',
        vi: 'Gói có thư mục documentation/ nhưng không có nhóm tệp USE="Documentation".',
      },
      path,
    );
  }
  if (!ownUses && files.some((file) => file.toLowerCase().endsWith('.xsd')) && !groups.includes('Schemas')) {
    findings.error(
      'CSIP113',
      {
        en: 'The package holds XML schemas but no file group USE="Schemas".',
        vi: 'Gói chứa lược đồ XML nhưng không có nhóm tệp USE="Schemas".',
      },
      path,
    );
  }
  if (
    files.some((file) => file.startsWith('representations/')) &&
    !groups.some((use) => use.startsWith('Representations'))
  ) {
    findings.error(
      'CSIP114',
      {
        en: 'The package has representations but no file group whose USE starts with "Representations".',
        vi: 'Gói có biểu diễn (representations) nhưng không có nhóm tệp nào có USE bắt đầu bằng "Representations".',
      },
      path,
    );
  }
}
