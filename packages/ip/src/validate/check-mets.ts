import type { XmlDocument } from 'libxml2-wasm';
import { checkFileGroupUses, checkFileSection } from './csip/file-section.js';
import { checkHeader } from './csip/header.js';
import { checkMetadataSections } from './csip/metadata-sections.js';
import type { MetsCheck, MetsReference } from './csip/mets-check.js';
import { checkRootElement } from './csip/root-element.js';
import { checkStructMap } from './csip/struct-map.js';
import { attribute } from './xml-reader.js';

export type { MetsReference } from './csip/mets-check.js';

/** What the CSIP checks read from one METS document. */
export interface MetsFacts {
  objectId: string | undefined;
  type: string | undefined;
  profile: string | undefined;
  oaisType: string | undefined;
  references: MetsReference[];
  /** Every date-time attribute (CREATEDATE, LASTMODDATE, CREATED) with its line. */
  times: Array<{ value: string; line: number }>;
  /** The file groups, for the checks run once the references are resolved. */
  groups: Array<{ id: string | undefined; use: string | undefined; line: number }>;
}

/**
 * Checks one METS document against the E-ARK CSIP requirements of the version in `check` (and the
 * E-ARK SIP ones when `check.sip`): root element, header, metadata sections, file section and
 * structural map, one finding per broken requirement, and collects the files it points at.
 * Schema validity is checked after, so that a schema error whose cause a requirement names is not
 * reported twice.
 */
export function checkMets(document: XmlDocument, check: Omit<MetsCheck, 'root'>): MetsFacts {
  const root = document.root;
  const full: MetsCheck = { ...check, root };
  checkRootElement(full);
  const header = checkHeader(full);
  const metadata = checkMetadataSections(full);
  const metadataIds = {
    adm: new Set(metadata.facts.admSections.map((section) => section.id)),
    dmd: new Set(metadata.facts.dmdSections.map((section) => section.id)),
    document: metadata.facts.documentIds,
  };
  const files = checkFileSection(full, metadataIds);
  const objectId = attribute(root, 'OBJID');
  const mapReferences = checkStructMap(full, objectId, metadata.facts, files.facts);
  return {
    objectId,
    type: attribute(root, 'TYPE'),
    profile: attribute(root, 'PROFILE'),
    oaisType: header.oaisType,
    references: [...metadata.references, ...files.references, ...mapReferences],
    times: [...header.times, ...metadata.facts.times, ...files.facts.times],
    groups: files.facts.groups,
  };
}

/**
 * The checks that need the references resolved: `CSIP60`/`CSIP113`/`CSIP114` (documentation and
 * schemas in their file groups) and `CSIPSTR6`/`CSIPSTR7`/`CSIPSTR16` (metadata and documentation
 * in their folders).
 */
export function checkResolvedMets(
  check: Omit<MetsCheck, 'root'>,
  facts: MetsFacts,
  resolved: ReadonlyArray<{ reference: MetsReference; target: string }>,
): void {
  checkFileGroupUses(check, facts.groups, resolved);
  const { path, findings } = check;
  for (const { reference, target } of resolved) {
    if (reference.section === 'dmdSec' && !/(^|\/)metadata\/descriptive\//.test(target)) {
      findings.warning(
        'CSIPSTR7',
        {
          en: `Descriptive metadata "${target}" should sit in a metadata/descriptive/ folder.`,
          vi: `Siêu dữ liệu mô tả "${target}" nên nằm trong thư mục metadata/descriptive/.`,
        },
        path,
        reference.line,
      );
    } else if (reference.section === 'digiprovMD' && !/(^|\/)metadata\/preservation\//.test(target)) {
      findings.warning(
        'CSIPSTR6',
        {
          en: `Preservation metadata "${target}" should sit in a metadata/preservation/ folder.`,
          vi: `Siêu dữ liệu bảo quản "${target}" nên nằm trong thư mục metadata/preservation/.`,
        },
        path,
        reference.line,
      );
    } else if (
      reference.kind === 'file' &&
      reference.use === 'Documentation' &&
      !/(^|\/)documentation\//.test(target)
    ) {
      findings.warning(
        'CSIPSTR16',
        {
          en: `Documentation "${target}" should sit in a documentation/ folder.`,
          vi: `Tài liệu mô tả (documentation) "${target}" nên nằm trong thư mục documentation/.`,
        },
        path,
        reference.line,
      );
    }
  }
}
