import { renderXmlDocument, type XmlNode } from '@sohoa/base';
import {
  fileEntry,
  METS_NAMESPACES,
  metadataReference,
  metsHeader,
  preservationSection,
  schemaLocation,
} from './mets-parts.js';
import { CSIP_PROFILE } from './package-types.js';
import type { PlannedFile } from './planned-file.js';
import { stableId } from './stable-id.js';

/** What the METS of `representations/rep1/` describes. */
export interface RepresentationMetsInput {
  uuid: string;
  oaisType: 'AIP' | 'SIP';
  metsType: string;
  created: string;
  recordStatus: string;
  organization: string | undefined;
  /** Each document: its data file and its `EAD_doc` file. */
  documents: ReadonlyArray<{ data: PlannedFile; ead: PlannedFile }>;
  /** `PREMIS_rep1.xml` of an AIP. */
  premis: PlannedFile | undefined;
}

const REPRESENTATION = 'representations/rep1/';

function local(path: string): string {
  return path.slice(REPRESENTATION.length);
}

/**
 * The METS of representation `rep1`: one `dmdSec` per `EAD_doc_*.xml`, the `PREMIS_rep1.xml` of an
 * AIP in `amdSec`, the data files in a `Data` file group (each `file` pointing at its `EAD_doc` by
 * `DMDID`), and the CSIP structural map. Paths are relative to the representation folder.
 */
export function representationMets(input: RepresentationMetsInput): string {
  const id = (name: string) => stableId(input.uuid, `rep1:${name}`);
  const dmdIds = input.documents.map((document) => id(`dmd:${document.ead.path}`));
  const digiprovId = id('digiprov');
  const dataGroupId = id('fileGrp:data');
  const root: XmlNode = {
    name: 'mets:mets',
    attributes: {
      ...METS_NAMESPACES,
      OBJID: 'rep1',
      TYPE: input.metsType,
      PROFILE: CSIP_PROFILE,
      'csip:CONTENTINFORMATIONTYPE': 'MIXED',
      'xsi:schemaLocation': schemaLocation('../../schemas/'),
    },
    children: [
      metsHeader(input.created, input.oaisType, input.recordStatus, input.organization),
      ...input.documents.map(
        (document, index): XmlNode => ({
          name: 'mets:dmdSec',
          attributes: { ID: dmdIds[index], CREATED: input.created, STATUS: 'CURRENT' },
          children: [metadataReference(document.ead, local(document.ead.path), 'EAD', input.created)],
        }),
      ),
      input.premis === undefined
        ? undefined
        : preservationSection(
            { amdSec: id('amdSec'), digiprovMD: digiprovId },
            input.premis,
            local(input.premis.path),
            input.created,
          ),
      {
        name: 'mets:fileSec',
        attributes: { ID: id('fileSec') },
        children: [
          {
            name: 'mets:fileGrp',
            attributes: { ID: dataGroupId, USE: 'Data' },
            children: input.documents.map((document, index) =>
              fileEntry(
                document.data,
                stableId(input.uuid, `file:${document.data.path}`, 'ID-'),
                local(document.data.path),
                input.created,
                dmdIds[index],
              ),
            ),
          },
        ],
      },
      {
        name: 'mets:structMap',
        attributes: { ID: id('structMap'), TYPE: 'PHYSICAL', LABEL: 'CSIP' },
        children: [
          {
            name: 'mets:div',
            attributes: { ID: id('div:root'), LABEL: 'rep1' },
            children: [
              {
                name: 'mets:div',
                attributes: {
                  ID: id('div:metadata'),
                  LABEL: 'Metadata',
                  DMDID: dmdIds.join(' ') || undefined,
                  ADMID: input.premis === undefined ? undefined : digiprovId,
                },
              },
              {
                name: 'mets:div',
                attributes: { ID: id('div:data'), LABEL: 'Data' },
                children: [{ name: 'mets:fptr', attributes: { FILEID: dataGroupId } }],
              },
            ],
          },
        ],
      },
    ],
  };
  return renderXmlDocument(root);
}
