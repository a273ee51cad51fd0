/**
 * Test helper: a small E-ARK CSIP package written from scratch (not by `buildPackage`), that meets
 * every MUST, SHOULD and MAY requirement of CSIP 2.x (and, with `sip`, of the E-ARK SIP), so that a
 * test can break exactly one requirement. One representation with a METS, documentation, schemas,
 * descriptive, preservation and rights metadata.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const CSIP_OBJID = 'csip-sample-package';

interface Entry {
  path: string;
  bytes: Uint8Array;
}

function entry(path: string, text: string): Entry {
  return { path, bytes: new TextEncoder().encode(text) };
}

function fixity(file: Entry): string {
  const sum = createHash('sha256').update(file.bytes).digest('hex').toUpperCase();
  return `SIZE="${file.bytes.length}" CREATED="2024-05-01T10:00:00" CHECKSUM="${sum}" CHECKSUMTYPE="SHA-256"`;
}

function fileElement(id: string, file: Entry, href: string, mimeType: string, extra = ''): string {
  return [
    `      <file ID="${id}" MIMETYPE="${mimeType}" ${fixity(file)}${extra}>`,
    `        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${href}"/>`,
    '      </file>',
  ].join('\n');
}

function mdRef(file: Entry, href: string, mdType: string): string {
  return `<mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="${href}" MDTYPE="${mdType}" MIMETYPE="text/xml" ${fixity(file)}/>`;
}

const NAMESPACES = [
  'xmlns="http://www.loc.gov/METS/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"',
  'xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"',
].join(' ');

function agent(sip: boolean): string {
  const software = [
    '    <agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">',
    '      <name>sohoa tests</name>',
    '      <note csip:NOTETYPE="SOFTWARE VERSION">1.0</note>',
    '    </agent>',
  ];
  if (!sip) return software.join('\n');
  return [
    ...software,
    '    <agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">',
    '      <name>Sở Nội vụ</name>',
    '      <note csip:NOTETYPE="IDENTIFICATIONCODE">VN-SNV-01</note>',
    '    </agent>',
    '    <agent ROLE="CREATOR" TYPE="ORGANIZATION">',
    '      <name>Trung tâm Lưu trữ</name>',
    '      <note csip:NOTETYPE="IDENTIFICATIONCODE">VN-TTLT-01</note>',
    '    </agent>',
    '    <agent ROLE="CREATOR" TYPE="INDIVIDUAL">',
    '      <name>Nguyễn Văn An</name>',
    '      <note>an@example.vn</note>',
    '    </agent>',
    '    <agent ROLE="PRESERVATION" TYPE="ORGANIZATION">',
    '      <name>Lưu trữ lịch sử</name>',
    '      <note csip:NOTETYPE="IDENTIFICATIONCODE">VN-LTLS-01</note>',
    '    </agent>',
    '    <altRecordID TYPE="SUBMISSIONAGREEMENT">SA-2024-01</altRecordID>',
    '    <altRecordID TYPE="PREVIOUSSUBMISSIONAGREEMENT">SA-2020-07</altRecordID>',
    '    <altRecordID TYPE="REFERENCECODE">VN/LTLS/01</altRecordID>',
    '    <altRecordID TYPE="PREVIOUSREFERENCECODE">VN/SNV/07</altRecordID>',
  ].join('\n');
}

function representationMets(data: Entry): Entry {
  return entry(
    'representations/rep1/METS.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<mets ${NAMESPACES} OBJID="rep1" TYPE="Datasets" csip:CONTENTINFORMATIONTYPE="MIXED" PROFILE="https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml">
  <metsHdr CREATEDATE="2024-05-01T10:00:00" LASTMODDATE="2024-05-02T10:00:00" csip:OAISPACKAGETYPE="AIP">
${agent(false)}
  </metsHdr>
  <fileSec ID="rep-fileSec">
    <fileGrp ID="rep-data" USE="Representations/rep1/data">
${fileElement('rep-file-1', data, 'data/record.txt', 'text/plain')}
    </fileGrp>
  </fileSec>
  <structMap ID="rep-structMap" TYPE="PHYSICAL" LABEL="CSIP">
    <div ID="rep-div" LABEL="rep1">
      <div ID="rep-div-metadata" LABEL="Metadata"/>
      <div ID="rep-div-data" LABEL="Data">
        <fptr FILEID="rep-data"/>
      </div>
    </div>
  </structMap>
</mets>
`,
  );
}

/** The files of the sample package, its root METS last (it declares the others' fixity). */
export function csipPackageFiles(options: { sip?: boolean } = {}): Entry[] {
  const sip = options.sip ?? false;
  const ead = entry(
    'metadata/descriptive/ead.xml',
    '<ead xmlns="urn:isbn:1-931666-22-9"><eadheader/></ead>\n',
  );
  const premis = entry(
    'metadata/preservation/premis.xml',
    '<premis xmlns="http://www.loc.gov/premis/v3" version="3.0"/>\n',
  );
  const rights = entry('metadata/rights.xml', '<rights>public</rights>\n');
  const readme = entry('documentation/readme.txt', 'Hồ sơ mẫu\n');
  const schema = entry('schemas/sample.xsd', '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n');
  const data = entry('representations/rep1/data/record.txt', 'Biên bản số 1\n');
  const repMets = representationMets(data);
  const sipFormat = sip
    ? ' sip:FILEFORMATNAME="Plain text" sip:FILEFORMATVERSION="1" sip:FILEFORMATREGISTRY="PRONOM" sip:FILEFORMATKEY="x-fmt/111"'
    : '';
  const root = entry(
    'METS.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<mets ${NAMESPACES} OBJID="${CSIP_OBJID}" LABEL="Sample package" TYPE="Mixed" csip:CONTENTINFORMATIONTYPE="MIXED" PROFILE="${sip ? 'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml' : 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml'}">
  <metsHdr CREATEDATE="2024-05-01T10:00:00" LASTMODDATE="2024-05-02T10:00:00" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="${sip ? 'SIP' : 'AIP'}">
${agent(sip)}
  </metsHdr>
  <dmdSec ID="dmd-ead" CREATED="2024-05-01T10:00:00" STATUS="CURRENT">
    ${mdRef(ead, 'metadata/descriptive/ead.xml', 'EAD')}
  </dmdSec>
  <amdSec>
    <rightsMD ID="rights-statement" STATUS="CURRENT">
      ${mdRef(rights, 'metadata/rights.xml', 'OTHER" OTHERMDTYPE="RIGHTS')}
    </rightsMD>
    <digiprovMD ID="digiprov-premis" STATUS="CURRENT">
      ${mdRef(premis, 'metadata/preservation/premis.xml', 'PREMIS')}
    </digiprovMD>
  </amdSec>
  <fileSec ID="fileSec">
    <fileGrp ID="grp-documentation" USE="Documentation">
${fileElement('file-readme', readme, 'documentation/readme.txt', 'text/plain')}
    </fileGrp>
    <fileGrp ID="grp-schemas" USE="Schemas">
${fileElement('file-schema', schema, 'schemas/sample.xsd', 'application/xml')}
    </fileGrp>
    <fileGrp ID="grp-rep1" USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="MIXED">
${fileElement('file-rep1-mets', repMets, 'representations/rep1/METS.xml', 'application/xml', sipFormat)}
    </fileGrp>
  </fileSec>
  <structMap ID="structMap" TYPE="PHYSICAL" LABEL="CSIP">
    <div ID="div-root" LABEL="${CSIP_OBJID}">
      <div ID="div-metadata" LABEL="Metadata" DMDID="dmd-ead" ADMID="digiprov-premis rights-statement"/>
      <div ID="div-documentation" LABEL="Documentation">
        <fptr FILEID="grp-documentation"/>
      </div>
      <div ID="div-schemas" LABEL="Schemas">
        <fptr FILEID="grp-schemas"/>
      </div>
      <div ID="div-rep1" LABEL="Representations/rep1">
        <mptr LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep1/METS.xml" xlink:title="grp-rep1"/>
      </div>
    </div>
  </structMap>
</mets>
`,
  );
  return [ead, premis, rights, readme, schema, data, repMets, root];
}

/** Writes the sample package into `<parent>/<CSIP_OBJID>` and returns that folder. */
export async function writeCsipPackage(parent: string, options: { sip?: boolean } = {}): Promise<string> {
  const folder = join(parent, CSIP_OBJID);
  for (const file of csipPackageFiles(options)) {
    await mkdir(dirname(join(folder, file.path)), { recursive: true });
    await writeFile(join(folder, file.path), file.bytes);
  }
  // CSIPSTR13: the representation's metadata/ folder (empty: its metadata is in its METS).
  await mkdir(join(folder, 'representations/rep1/metadata'), { recursive: true });
  return folder;
}
