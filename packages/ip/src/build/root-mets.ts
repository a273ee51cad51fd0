import { renderXmlDocument, type XmlNode } from '@sohoa/base';
import {
  fileEntry,
  METS_NAMESPACES,
  metadataReference,
  metsHeader,
  preservationSection,
  schemaLocation,
} from './mets-parts.js';
import type { PackageTypeProfile } from './package-types.js';
import type { PlannedFile } from './planned-file.js';
import { stableId } from './stable-id.js';

/** What the root `METS.xml` describes. */
export interface RootMetsInput {
  uuid: string;
  objectId: string;
  label: string;
  profile: PackageTypeProfile;
  created: string;
  recordStatus: string;
  organization: string | undefined;
  ead: PlannedFile;
  premis: PlannedFile | undefined;
  /** The files of `documentation/` (none: no Documentation file group or division). */
  documentation: readonly PlannedFile[];
  schemas: readonly PlannedFile[];
  representationMets: PlannedFile;
}

/**
 * The root `METS.xml` (E-ARK CSIP, Thông tư 05/2025/TT-BNV §3.7): header with the software agent,
 * `dmdSec` → `metadata/descriptive/EAD.xml`, `amdSec/digiprovMD` → `metadata/preservation/PREMIS.xml`
 * (AIP), file groups `Documentation` (when given), `Schemas` and `Representations/rep1` (the representation METS), and the
 * structural map `CSIP` with the divisions Metadata, Schemas and Representations/rep1 (`mptr`).
 */
export function rootMets(input: RootMetsInput): string {
  const id = (name: string) => stableId(input.uuid, `root:${name}`);
  const dmdId = id('dmd');
  const digiprovId = id('digiprov');
  const schemasGroupId = id('fileGrp:schemas');
  const documentationGroupId = id('fileGrp:documentation');
  const hasDocumentation = input.documentation.length > 0;
  const representationGroupId = id('fileGrp:rep1');
  const root: XmlNode = {
    name: 'mets:mets',
    attributes: {
      ...METS_NAMESPACES,
      OBJID: input.objectId,
      LABEL: input.label,
      TYPE: input.profile.metsType,
      // CSIP4 (a SHOULD for the package METS): the one representation is of MIXED content.
      'csip:CONTENTINFORMATIONTYPE': 'MIXED',
      PROFILE: input.profile.profile,
      'xsi:schemaLocation': schemaLocation('schemas/'),
    },
    children: [
      metsHeader(input.created, input.profile.oaisType, input.recordStatus, input.organization),
      {
        name: 'mets:dmdSec',
        attributes: { ID: dmdId, CREATED: input.created, STATUS: 'CURRENT' },
        children: [metadataReference(input.ead, input.ead.path, 'EAD', input.created)],
      },
      input.premis === undefined
        ? undefined
        : preservationSection(
            { amdSec: id('amdSec'), digiprovMD: digiprovId },
            input.premis,
            input.premis.path,
            input.created,
          ),
      {
        name: 'mets:fileSec',
        attributes: { ID: id('fileSec') },
        children: [
          hasDocumentation
            ? {
                name: 'mets:fileGrp',
                attributes: { ID: documentationGroupId, USE: 'Documentation' },
                children: input.documentation.map((file) =>
                  fileEntry(file, stableId(input.uuid, `file:${file.path}`, 'ID-'), file.path, input.created),
                ),
              }
            : undefined,
          {
            name: 'mets:fileGrp',
            attributes: { ID: schemasGroupId, USE: 'Schemas' },
            children: input.schemas.map((schema) =>
              fileEntry(
                schema,
                stableId(input.uuid, `file:${schema.path}`, 'ID-'),
                schema.path,
                input.created,
              ),
            ),
          },
          {
            name: 'mets:fileGrp',
            attributes: {
              ID: representationGroupId,
              USE: 'Representations/rep1',
              'csip:CONTENTINFORMATIONTYPE': 'MIXED',
            },
            children: [
              fileEntry(
                input.representationMets,
                stableId(input.uuid, `file:${input.representationMets.path}`, 'ID-'),
                input.representationMets.path,
                input.created,
              ),
            ],
          },
        ],
      },
      {
        name: 'mets:structMap',
        attributes: { ID: id('structMap'), TYPE: 'PHYSICAL', LABEL: 'CSIP' },
        children: [
          {
            name: 'mets:div',
            attributes: { ID: id('div:root'), LABEL: input.objectId },
            children: [
              {
                name: 'mets:div',
                attributes: {
                  ID: id('div:metadata'),
                  LABEL: 'Metadata',
                  DMDID: dmdId,
                  ADMID: input.premis === undefined ? undefined : digiprovId,
                },
              },
              hasDocumentation
                ? {
                    name: 'mets:div',
                    attributes: { ID: id('div:documentation'), LABEL: 'Documentation' },
                    children: [{ name: 'mets:fptr', attributes: { FILEID: documentationGroupId } }],
                  }
                : undefined,
              {
                name: 'mets:div',
                attributes: { ID: id('div:schemas'), LABEL: 'Schemas' },
                children: [{ name: 'mets:fptr', attributes: { FILEID: schemasGroupId } }],
              },
              {
                name: 'mets:div',
                attributes: { ID: id('div:rep1'), LABEL: 'Representations/rep1' },
                children: [
                  {
                    name: 'mets:mptr',
                    attributes: {
                      LOCTYPE: 'URL',
                      'xlink:type': 'simple',
                      'xlink:href': input.representationMets.path,
                      'xlink:title': representationGroupId,
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  return renderXmlDocument(root);
}
