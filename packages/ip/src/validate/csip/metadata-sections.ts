import type { XmlElement } from 'libxml2-wasm';
import { lineOf } from '../element-lines.js';
import { attribute, elements } from '../xml-reader.js';
import {
  documentIds,
  folderOf,
  type MetsCheck,
  type MetsReference,
  missingAttribute,
  present,
  wrongAttribute,
} from './mets-check.js';
import { isMediaType, METADATA_STATUSES, mediaTypeSeverity } from './vocabularies.js';

/** The requirement ids of one kind of metadata section and of its `mdRef`. */
interface SectionRequirements {
  id: string;
  status: string;
  mdRef: string;
  locType: string;
  linkType: string;
  href: string;
  mdType: string;
  mimeType: string;
  size: string;
  created: string;
  checksum: string;
  checksumType: string;
}

const SECTIONS: Record<string, SectionRequirements> = {
  dmdSec: {
    id: 'CSIP18',
    status: 'CSIP20',
    mdRef: 'CSIP21',
    locType: 'CSIP22',
    linkType: 'CSIP23',
    href: 'CSIP24',
    mdType: 'CSIP25',
    mimeType: 'CSIP26',
    size: 'CSIP27',
    created: 'CSIP28',
    checksum: 'CSIP29',
    checksumType: 'CSIP30',
  },
  digiprovMD: {
    id: 'CSIP33',
    status: 'CSIP34',
    mdRef: 'CSIP35',
    locType: 'CSIP36',
    linkType: 'CSIP37',
    href: 'CSIP38',
    mdType: 'CSIP39',
    mimeType: 'CSIP40',
    size: 'CSIP41',
    created: 'CSIP42',
    checksum: 'CSIP43',
    checksumType: 'CSIP44',
  },
  rightsMD: {
    id: 'CSIP46',
    status: 'CSIP47',
    mdRef: 'CSIP48',
    locType: 'CSIP49',
    linkType: 'CSIP50',
    href: 'CSIP51',
    mdType: 'CSIP52',
    mimeType: 'CSIP53',
    size: 'CSIP54',
    created: 'CSIP55',
    checksum: 'CSIP56',
    checksumType: 'CSIP57',
  },
};

/** What the metadata sections tell the structural map checks. */
export interface MetadataFacts {
  /** `dmdSec` IDs, and the IDs of the `amdSec` children, with their STATUS. */
  dmdSections: Array<{ id: string; status: string | undefined }>;
  admSections: Array<{ id: string; status: string | undefined }>;
  /** How many sections of each kind there are, with or without an ID. */
  dmdSectionCount: number;
  admSectionCount: number;
  /** CREATED attributes with their line. */
  times: Array<{ value: string; line: number }>;
  /** Every `@ID` of the METS document. */
  documentIds: ReadonlySet<string>;
}

/** `CSIP22`–`CSIP30` and their amdSec counterparts on one `mdRef`; returns the reference. */
function checkMdRef(
  check: MetsCheck,
  section: string,
  reference: XmlElement,
  ids: SectionRequirements,
  facts: MetadataFacts,
): MetsReference | undefined {
  const { path, findings } = check;
  const where = `${section}/mdRef`;
  const at = lineOf(reference);
  const locType = attribute(reference, 'LOCTYPE');
  if (locType !== 'URL')
    findings.error(ids.locType, wrongAttribute(where, 'LOCTYPE', locType, 'URL'), path, at);
  const linkType = attribute(reference, 'xlink:type');
  if (linkType !== 'simple')
    findings.error(ids.linkType, wrongAttribute(where, 'xlink:type', linkType, 'simple'), path, at);
  if (!present(reference, 'MDTYPE')) findings.error(ids.mdType, missingAttribute(where, 'MDTYPE'), path, at);
  const mimeType = present(reference, 'MIMETYPE');
  if (!mimeType) findings.error(ids.mimeType, missingAttribute(where, 'MIMETYPE'), path, at);
  else if (!isMediaType(mimeType)) {
    findings.add(
      mediaTypeSeverity(check.version),
      ids.mimeType,
      {
        en: `${where} has MIMETYPE="${mimeType}", which is not an IANA media type.`,
        vi: `Phần tử ${where} có MIMETYPE="${mimeType}", không phải một kiểu phương tiện (media type) của IANA.`,
      },
      path,
      at,
    );
  }
  const size = present(reference, 'SIZE');
  if (!size) findings.error(ids.size, missingAttribute(where, 'SIZE'), path, at);
  const created = present(reference, 'CREATED');
  if (!created) findings.error(ids.created, missingAttribute(where, 'CREATED'), path, at);
  else facts.times.push({ value: created, line: at });
  const checksum = present(reference, 'CHECKSUM');
  if (!checksum) findings.error(ids.checksum, missingAttribute(where, 'CHECKSUM'), path, at);
  const checksumType = present(reference, 'CHECKSUMTYPE');
  if (!checksumType) findings.error(ids.checksumType, missingAttribute(where, 'CHECKSUMTYPE'), path, at);
  const href = present(reference, 'xlink:href');
  if (!href) {
    findings.error(ids.href, missingAttribute(where, 'xlink:href'), path, at);
    return undefined;
  }
  return {
    kind: 'mdRef',
    section,
    href,
    size,
    checksum,
    checksumType,
    line: at,
    requirements: { href: ids.href, size: ids.size, checksum: ids.checksum },
  };
}

/** Whether the METS' own `metadata/<folder>/` (the package's, or its representation's) holds files. */
function ownMetadataIn(check: MetsCheck, folder: string): boolean {
  const prefix = `${folderOf(check.path)}metadata/${folder}/`;
  for (const file of check.files.keys()) if (file.startsWith(prefix)) return true;
  return false;
}

/** Whether the package's own `metadata/<folder>/` holds files (judged from the root METS only). */
function rootMetadataIn(check: MetsCheck, folder: string): boolean {
  return check.isRoot && ownMetadataIn(check, folder);
}

/**
 * `CSIP17`–`CSIP57`: the descriptive and administrative metadata sections and their references.
 * A `techMD` or `sourceMD` reference is checked as a reference (`IP-REF…`): CSIP sets no rule on
 * those sections.
 */
export function checkMetadataSections(check: MetsCheck): {
  facts: MetadataFacts;
  references: MetsReference[];
} {
  const { root, path, findings } = check;
  const facts: MetadataFacts = {
    dmdSections: [],
    admSections: [],
    dmdSectionCount: elements(root, 'mets:dmdSec').length,
    admSectionCount: elements(root, 'mets:amdSec/*').length,
    times: [],
    documentIds: documentIds(root),
  };
  const references: MetsReference[] = [];
  const dmdSections = elements(root, 'mets:dmdSec');
  // CSIP17 is a SHOULD in 2.0.4, 2.1.1 and 2.2.0 ("must be used if descriptive metadata is available").
  if (dmdSections.length === 0 && rootMetadataIn(check, 'descriptive')) {
    findings.warning(
      'CSIP17',
      {
        en: `metadata/descriptive/ holds descriptive metadata but the METS has no dmdSec describing it.`,
        vi: 'Thư mục metadata/descriptive/ chứa siêu dữ liệu mô tả nhưng tệp METS không có dmdSec nào mô tả nó.',
      },
      path,
      lineOf(root),
    );
    findings.accountFor('metadata/descriptive/');
  }
  const amdSections = elements(root, 'mets:amdSec');
  const preservation = rootMetadataIn(check, 'preservation');
  if (amdSections.length === 0 && preservation) {
    findings.warning(
      'CSIP31',
      {
        en: `metadata/preservation/ holds preservation metadata but the METS has no amdSec describing it.`,
        vi: 'Thư mục metadata/preservation/ chứa siêu dữ liệu bảo quản nhưng tệp METS không có amdSec nào mô tả nó.',
      },
      path,
      lineOf(root),
    );
    findings.accountFor('metadata/preservation/');
  } else if (amdSections.length > 1) {
    findings.warning(
      'CSIP31',
      {
        en: `The METS has ${amdSections.length} amdSec; all administrative metadata belongs in one.`,
        vi: `Tệp METS có ${amdSections.length} amdSec; mọi siêu dữ liệu quản lý phải nằm trong một amdSec.`,
      },
      path,
      lineOf(amdSections[1]),
    );
  }
  // Preservation metadata in the METS' metadata/preservation/ that no digiprovMD of the METS describes.
  const undescribed =
    ownMetadataIn(check, 'preservation') && elements(root, 'mets:amdSec/mets:digiprovMD').length === 0;
  if (undescribed && amdSections.length > 0) findings.accountFor(`${folderOf(path)}metadata/preservation/`);
  for (const amdSection of amdSections) {
    if (elements(amdSection, '*').length === 0 && undescribed) {
      // CSIP32: "It is mandatory to include one digiprovMD element for each piece of PREMIS
      // metadata" (E-ARK corpus IP_18000_CSIP32_3: an empty amdSec beside a PREMIS file).
      findings.warning(
        'CSIP32',
        {
          en: 'The amdSec is empty: no digiprovMD describes the preservation metadata in metadata/preservation/.',
          vi: 'amdSec trống: không có digiprovMD nào mô tả siêu dữ liệu bảo quản trong metadata/preservation/.',
        },
        path,
        lineOf(amdSection),
      );
    } else if (elements(amdSection, '*').length === 0) {
      // E-ARK corpus IP_18000_CSIP31_2: an amdSec is where administrative metadata is described.
      findings.warning(
        'CSIP31',
        {
          en: 'The amdSec is empty: it describes no administrative metadata (remove it, or add its digiprovMD/rightsMD).',
          vi: 'amdSec trống: nó không mô tả siêu dữ liệu quản lý nào (hãy xóa nó, hoặc thêm digiprovMD/rightsMD).',
        },
        path,
        lineOf(amdSection),
      );
    } else if (elements(amdSection, 'mets:digiprovMD').length === 0 && undescribed) {
      findings.warning(
        'CSIP32',
        {
          en: 'The amdSec has no digiprovMD for the preservation metadata.',
          vi: 'amdSec không có digiprovMD cho siêu dữ liệu bảo quản.',
        },
        path,
        lineOf(amdSection),
      );
    }
  }
  for (const section of elements(root, 'mets:dmdSec | mets:amdSec/*')) {
    const name = section.name;
    const ids = SECTIONS[name];
    const id = present(section, 'ID');
    const status = attribute(section, 'STATUS');
    if (id) (name === 'dmdSec' ? facts.dmdSections : facts.admSections).push({ id, status });
    const created = present(section, 'CREATED');
    if (created) facts.times.push({ value: created, line: lineOf(section) });
    if (!ids) {
      for (const reference of elements(section, 'mets:mdRef')) {
        const href = present(reference, 'xlink:href');
        if (href) {
          references.push({
            kind: 'mdRef',
            section: name,
            href,
            size: present(reference, 'SIZE'),
            checksum: present(reference, 'CHECKSUM'),
            checksumType: present(reference, 'CHECKSUMTYPE'),
            line: lineOf(reference),
            requirements: { href: 'IP-REF1', size: 'IP-REF2', checksum: 'IP-REF3' },
          });
        }
      }
      continue;
    }
    if (!id) findings.error(ids.id, missingAttribute(name, 'ID'), path, lineOf(section));
    if (name === 'dmdSec' && !created)
      findings.error('CSIP19', missingAttribute('dmdSec', 'CREATED'), path, lineOf(section));
    if (status === undefined)
      findings.warning(
        ids.status,
        missingAttribute(name, 'STATUS', { en: 'CURRENT or SUPERSEDED', vi: 'CURRENT hoặc SUPERSEDED' }),
        path,
        lineOf(section),
      );
    else if (!METADATA_STATUSES.has(status)) {
      findings.error(
        ids.status,
        {
          en: `${name}/@STATUS "${status}" is neither CURRENT nor SUPERSEDED.`,
          vi: `Giá trị ${name}/@STATUS "${status}" không phải CURRENT cũng không phải SUPERSEDED.`,
        },
        path,
        lineOf(section),
      );
    }
    const mdRefs = elements(section, 'mets:mdRef');
    const described = name === 'dmdSec' ? 'descriptive' : name === 'digiprovMD' ? 'preservation' : undefined;
    const empty = mdRefs.length === 0 && elements(section, 'mets:mdWrap').length === 0;
    if (empty && described !== undefined && !ownMetadataIn(check, described)) {
      // Nothing to reference: CSIP21/CSIP35 ask for the reference to the metadata file, and there is
      // none. An empty dmdSec is then not reported (E-ARK corpus IP_18000_CSIP21_1, conforming); an
      // empty digiprovMD describes no PREMIS metadata, which CSIP32 gives it to describe (corpus
      // IP_18000_CSIP32_2).
      if (name === 'digiprovMD') {
        findings.warning(
          'CSIP32',
          {
            en: 'digiprovMD describes no preservation metadata: it has no mdRef, and metadata/preservation/ holds no file.',
            vi: 'digiprovMD không mô tả siêu dữ liệu bảo quản nào: nó không có mdRef, và metadata/preservation/ không chứa tệp nào.',
          },
          path,
          lineOf(section),
        );
      }
    } else if (mdRefs.length === 0) {
      findings.warning(
        ids.mdRef,
        {
          en: `${name} has no mdRef to a metadata file in the package.`,
          vi: `Phần tử ${name} không có mdRef trỏ tới một tệp siêu dữ liệu trong gói.`,
        },
        path,
        lineOf(section),
      );
    } else if (mdRefs.length > 1) {
      findings.error(
        ids.mdRef,
        {
          en: `${name} has ${mdRefs.length} mdRef; one section describes one metadata file.`,
          vi: `Phần tử ${name} có ${mdRefs.length} mdRef; mỗi phần chỉ mô tả một tệp siêu dữ liệu.`,
        },
        path,
        lineOf(mdRefs[1]),
      );
    }
    for (const reference of mdRefs) {
      const found = checkMdRef(check, name, reference, ids, facts);
      if (found) references.push(found);
    }
  }
  return { facts, references };
}
