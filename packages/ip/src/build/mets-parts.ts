import type { XmlNode } from '@sohoa/base';
import packageJson from '../../package.json' with { type: 'json' };
import type { PlannedFile } from './planned-file.js';

/** The METS, XLink, CSIP and XML Schema instance namespaces, declared on every METS root. */
export const METS_NAMESPACES = {
  'xmlns:mets': 'http://www.loc.gov/METS/',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  'xmlns:csip': 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS',
} as const;

/** `xsi:schemaLocation` pointing at the copies in the package's `schemas/` folder. */
export function schemaLocation(pathToSchemas: string): string {
  return [
    `http://www.loc.gov/METS/ ${pathToSchemas}mets.xsd`,
    `http://www.w3.org/1999/xlink ${pathToSchemas}xlink.xsd`,
    `https://DILCIS.eu/XML/METS/CSIPExtensionMETS ${pathToSchemas}DILCISExtensionMETS.xsd`,
  ].join(' ');
}

/** The software agent CSIP10–CSIP16 require, and the organization when one is given. */
export function metsHeader(
  created: string,
  oaisType: string,
  recordStatus: string,
  organization: string | undefined,
): XmlNode {
  return {
    name: 'mets:metsHdr',
    attributes: {
      CREATEDATE: created,
      LASTMODDATE: created,
      RECORDSTATUS: recordStatus,
      'csip:OAISPACKAGETYPE': oaisType,
    },
    children: [
      {
        name: 'mets:agent',
        attributes: { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' },
        children: [
          { name: 'mets:name', text: `sohoa ${packageJson.name}` },
          {
            name: 'mets:note',
            attributes: { 'csip:NOTETYPE': 'SOFTWARE VERSION' },
            text: packageJson.version,
          },
        ],
      },
      organization === undefined
        ? undefined
        : {
            name: 'mets:agent',
            attributes: { ROLE: 'CREATOR', TYPE: 'ORGANIZATION' },
            children: [{ name: 'mets:name', text: organization }],
          },
    ],
  };
}

/** An `mdRef` to a metadata file, with every attribute CSIP22–CSIP30 require. */
export function metadataReference(
  file: PlannedFile,
  href: string,
  mdType: 'EAD' | 'PREMIS',
  created: string,
): XmlNode {
  return {
    name: 'mets:mdRef',
    attributes: {
      LOCTYPE: 'URL',
      'xlink:type': 'simple',
      'xlink:href': href,
      MDTYPE: mdType,
      MDTYPEVERSION: mdType === 'PREMIS' ? '3.0' : undefined,
      MIMETYPE: 'text/xml',
      SIZE: file.size,
      CREATED: created,
      CHECKSUM: file.checksum,
      CHECKSUMTYPE: 'SHA-256',
    },
  };
}

/**
 * The `amdSec` of a METS describing its PREMIS file (`href`, relative to the METS) in one
 * `digiprovMD`, whose ID the data files name in their `ADMID`.
 *
 * @example
 * ```ts
 * preservationSection({ amdSec: 'uuid-1', digiprovMD: 'uuid-2' }, premis, 'metadata/preservation/PREMIS.xml', created);
 * ```
 */
export function preservationSection(
  ids: { amdSec: string; digiprovMD: string },
  premis: PlannedFile,
  href: string,
  created: string,
): XmlNode {
  return {
    name: 'mets:amdSec',
    attributes: { ID: ids.amdSec },
    children: [
      {
        name: 'mets:digiprovMD',
        attributes: { ID: ids.digiprovMD, CREATED: created, STATUS: 'CURRENT' },
        children: [metadataReference(premis, href, 'PREMIS', created)],
      },
    ],
  };
}

/** A `file` with its `FLocat`, with every attribute CSIP66–CSIP79 require. */
export function fileEntry(
  file: PlannedFile,
  id: string,
  href: string,
  created: string,
  dmdId?: string,
): XmlNode {
  return {
    name: 'mets:file',
    attributes: {
      ID: id,
      MIMETYPE: file.mimeType,
      SIZE: file.size,
      CREATED: created,
      CHECKSUM: file.checksum,
      CHECKSUMTYPE: 'SHA-256',
      DMDID: dmdId,
    },
    children: [
      { name: 'mets:FLocat', attributes: { LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': href } },
    ],
  };
}
