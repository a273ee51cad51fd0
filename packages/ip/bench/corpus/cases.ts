import type { CorpusCase } from './corpus-case.js';

const AMDSEC = 'corpora/csip/metadata/amdsec';
const STRUCTMAP = 'corpora/csip/metadata/structmap';
const FILESEC = 'corpora/csip/metadata/filesec';
const METSHDR = 'corpora/csip/metadata/metshdr';
const DMDSEC = 'corpora/csip/metadata/dmdsec';
const SIP_METSHDR = 'corpora/sip/metadata/metshdr';
const METS_ROOT = 'corpora/csip/metadata/mets-root';

const ALT_RECORD_IDS = `<altRecordID TYPE="SUBMISSIONAGREEMENT">RA 13-2011/5329; 2012-04-12</altRecordID>
    <altRecordID TYPE="PREVIOUSSUBMISSIONAGREEMENT">FM 12-2387/12726, 2007-09-19</altRecordID>
    <altRecordID TYPE="PREVIOUSSUBMISSIONAGREEMENT">FM 4-567/5487, 2004-02-15</altRecordID>
    <altRecordID TYPE="REFERENCECODE">RA.123456/P</altRecordID>
    <altRecordID TYPE="PREVIOUSREFERENCECODE">SE/FM/123/123.1/123.1.3</altRecordID>
    <altRecordID TYPE="PREVIOUSREFERENCECODE">AAA-002</altRecordID>`;

/**
 * The E-ARK SIP template of the corpus (`corpora/sip/template-ip/minimal_SIP_plus_mets_SHOULD_MAY_items/METS.xml`,
 * commit 4d94bc793cbd9292682a9cbf8fe3bdd57bc008a6) as edits of the 2.0.4 base: the SIP profile,
 * namespace, LABEL, agents, altRecordIDs and a second data file with the sip: format attributes.
 * `altRecordIds` replaces the six altRecordID elements (a case's edit of them).
 */
const sipTemplate = (altRecordIds = ALT_RECORD_IDS): Array<[string, string]> => [
  [
    'xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"',
    'xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"\n  xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"',
  ],
  [
    'http://www.loc.gov/standards/xlink/xlink.xsd"',
    'http://www.loc.gov/standards/xlink/xlink.xsd\n    https://DILCIS.eu/XML/METS/SIPExtensionMETS https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd"',
  ],
  ['OBJID="{{NAME}}"', 'OBJID="{{NAME}}"\n  LABEL="Health records of 2017"'],
  ['csip:OTHERTYPE="Textual works - Manuscripts"', 'csip:OTHERTYPE="Health file"'],
  ['https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml', 'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml'],
  ['LASTMODDATE="2021-07-04T19:00:00"', 'LASTMODDATE="2021-07-04T19:00:00" RECORDSTATUS="NEW"'],
  [
    '    </agent>\n  </metsHdr>',
    `    </agent>
    <agent ROLE="CREATOR" TYPE="ORGANIZATION">
      <name>Central Hospital</name>
      <note csip:NOTETYPE="IDENTIFICATIONCODE">VAT:SE201345098701</note>
    </agent>
    <agent ROLE="CREATOR" TYPE="ORGANIZATION">
      <name>The Health Agency</name>
      <note csip:NOTETYPE="IDENTIFICATIONCODE">VAT:SE2098109810-AF87</note>
    </agent>
    <agent ROLE="CREATOR" TYPE="INDIVIDUAL">
      <name>Sven Svensson</name>
      <note>Email:sven.svensson@mail.mail</note>
      <note>Phone:08-123456</note>
    </agent>
    <agent ROLE="CREATOR" TYPE="INDIVIDUAL">
      <name>Mari Maasikas</name>
      <note>Email:mari.maasikas@mail.mail</note>
      <note>Phone:5628975</note>
    </agent>
    <agent ROLE="PRESERVATION" TYPE="ORGANIZATION">
      <name>Archives Centre for Health Institutions</name>
      <note csip:NOTETYPE="IDENTIFICATIONCODE">VAT:SE2098146-UL435</note>
    </agent>
    ${altRecordIds}
  </metsHdr>`,
  ],
  [
    'archival_record_xyz123_Estonian_UAM_arh.xml" />\n      </file>',
    `archival_record_xyz123_Estonian_UAM_arh.xml" />
      </file>
      <file ID="ID_root_mets_fileSec_fileGrp_Representations_rep1_data_file2" MIMETYPE="application/xml" SIZE="112" CREATED="2021-10-05T18:48:24" CHECKSUM="952446d8f13bbf4f20ba972943b4de43" CHECKSUMTYPE="MD5" sip:FILEFORMATNAME="application/healthdata" sip:FILEFORMATVERSION="1.0" sip:FILEFORMATREGISTRY="PRONOM" sip:FILEFORMATKEY="x-fmt/666111" OWNERID="file-5.2/45.14" DMDID="ID_dmdsec_rep1_ead_file">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep1/data/43805112643_Mary_Solberg.hdat" />
      </file>`,
  ],
];
const SIP_DATA_FILE2 = 'representations/rep1/data/43805112643_Mary_Solberg.hdat';

/** A dmdSec inserted before the fileSec of the IP_18000 packages. */
const dmdSec = (element: string): [string, string] => [
  '  <fileSec ID="ID_filesec">',
  `  ${element}\n  <fileSec ID="ID_filesec">`,
];
const EAD_DMDSEC = (
  status: string,
) => `<dmdSec ID="ID-dmdsecID" CREATED="2018-10-10T12:00:00-05:00" STATUS="${status}" >
    <mdRef LOCTYPE="URL"  xlink:type="simple" xlink:href="metadata/descriptive/ead.xml" MDTYPE="EAD" MIMETYPE="application/xml" SIZE="10260" CREATED="2018-10-10T12:00:00-05:00" CHECKSUM="679dfdd18d8e0676500d09bed5d92ebd" CHECKSUMTYPE="MD5" />
  </dmdSec>`;

/** The metsHdr cases keep the main div label of the package they were copied from. */
const minimalLabel = (name: string): [string, string] => [
  `div-main" LABEL="${name}"`,
  'div-main" LABEL="minimal_IP_with_1_representation"',
];
const AGENT = `<agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <name>E-ARK Corpus Team</name>
      <note csip:NOTETYPE="SOFTWARE VERSION">1.0</note>
    </agent>`;
const SOFTWARE_NOTE = '<note csip:NOTETYPE="SOFTWARE VERSION">1.0</note>';
/** metsHdr cases stored under `valid/` or `invalid/` (the others sit directly in the requirement's folder). */
const METSHDR_FOLDERS: Record<string, string> = {
  'mets-xml_metsHdr_agent_ROLE_CREATOR_multiple_agents': 'valid/',
  'mets-xml_metsHdr_agent_OTHERTYPE_incorrect': 'invalid/',
  'mets-xml_metsHdr_agent_note_2_instances': 'invalid/',
  'mets-xml_metsHdr_agent_note_conform': 'valid/',
  'mets-xml_metsHdr_agent_note_NOTETYPE_not_exist': 'invalid/',
};
const DIGIPROV_HREF =
  ' xlink:href="representations/rep1/metadata/preservation/rep1_preservation_meta_premis_v2-1.xml"';
const RIGHTS_HREF = ' xlink:href="metadata/preservation/package_preservation_meta_premis_v3.xml"';
const RIGHTS_CHECKSUM = 'ac9126e7789229b976fbbbaa14e8a3ccb818e01faa87faeae6f929a92c9b5381';
const RIGHTS_MD = '<rightsMD ID="ID_rightsmd_premis_file" STATUS="CURRENT" >';

/** fileSec cases stored elsewhere than `<requirement>/invalid/` (CSIP78's folder holds CSIP79's). */
const FILESEC_FOLDERS: Record<string, string> = { CSIP79: 'CSIP78/invalid', CSIP114: 'CSIP114' };
const DOC_FILE =
  '<file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc1" MIMETYPE="text/plain" SIZE="40" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">';
const DOC_FLOCAT = '<FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation/Doc1.txt" />';
const EXTENSION_FLOCAT =
  '<FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="schemas/DILCISExtensionMETS.xsd" />';
const REP_GROUP_END =
  '<FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep1/data/plain_text_document.txt" />\n      </file>\n    </fileGrp>';
const REP_FPTR = '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Representations-rep1"/>\n      </div>';

/**
 * The corpus cases rebuilt so far: each one's METS was read from `source` and differs from its
 * base only by `edits` (and its name).
 */
export const CORPUS_CASES: readonly CorpusCase[] = [
  {
    requirement: 'CSIP34',
    name: 'IP_amdSec_missing_status_attribute',
    valid: false,
    source: `${AMDSEC}/CSIP34/invalid/IP_amdSec_missing_status_attribute/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        '<digiprovMD ID="ID_digiprovmd_premis_file" STATUS="CURRENT" >',
        '<digiprovMD ID="ID_digiprovmd_premis_file" >',
      ],
    ],
  },
  {
    requirement: 'CSIP38',
    name: 'mdRef_missing_xlink_href',
    valid: false,
    source: `${AMDSEC}/CSIP38/invalid/mdRef_missing_xlink_href/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [[DIGIPROV_HREF, '']],
  },
  {
    requirement: 'CSIP38',
    name: 'mdRef_wrong_reference',
    valid: false,
    source: `${AMDSEC}/CSIP38/invalid/mdRef_wrong_reference/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [[DIGIPROV_HREF, ' xlink:href="representations/rep1/metadata/preservation/missingfile.pdf"']],
  },
  {
    requirement: 'CSIP41',
    name: 'mdRef_missing_SIZE_attribute',
    valid: false,
    source: `${AMDSEC}/CSIP41/invalid/mdRef_missing_SIZE_attribute/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [[' SIZE="24399"', '']],
  },
  {
    requirement: 'CSIP40',
    name: 'mdRef_missing_MIMETYPE',
    valid: false,
    source: `${AMDSEC}/CSIP40/invalid/mdRef_missing_MIMETYPE/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [[`${DIGIPROV_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml"`, `${DIGIPROV_HREF} MDTYPE="PREMIS"`]],
  },
  {
    requirement: 'CSIP40',
    name: 'mdRef_MIMETYPE_too_much_content',
    valid: false,
    source: `${AMDSEC}/CSIP40/invalid/mdRef_MIMETYPE_too_much_content/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        `${DIGIPROV_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml"`,
        `${DIGIPROV_HREF} MDTYPE="PREMIS" MIMETYPE="${'smhaskjhfskhsakhskjdhfaöskjdfhskahfsdjfhjshfaösjfhk'.repeat(5)}djohfshfskdahkshaksjhakjhgkjdfghök/xml"`,
      ],
    ],
  },
  {
    requirement: 'CSIP43',
    name: 'mdRef_wrong_CHECKUM_value',
    valid: false,
    source: `${AMDSEC}/CSIP43/invalid/mdRef_wrong_CHECKUM_value/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [['e2725de3cf8bcf6d57c2214712679775d87ececa15c3a0628b893a078420adfc', '5'.repeat(64)]],
  },
  {
    requirement: 'CSIP47',
    name: 'IP_rightsMD_status_attribute_wrong_value',
    valid: false,
    source: `${AMDSEC}/CSIP47/invalid/IP_rightsMD_status_attribute_wrong_value/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        '<rightsMD ID="ID_rightsmd_premis_file" STATUS="CURRENT" >',
        '<rightsMD ID="ID_rightsmd_premis_file" STATUS="TEST" >',
      ],
    ],
  },
  ...(
    [
      ['CSIP42', 'mdRef_missing_CREATED_attribute', [' CREATED="2021-05-31T09:50:52"', '']],
      [
        'CSIP44',
        'medRef_CHECKSUMTYPE_attribute_missing',
        [' CHECKSUMTYPE="SHA-256" />\n    </digiprovMD>', ' />\n    </digiprovMD>'],
      ],
      [
        'CSIP47',
        'IP_rightsMD_missing_status_attribute',
        [RIGHTS_MD, '<rightsMD ID="ID_rightsmd_premis_file" >'],
      ],
      [
        'CSIP48',
        'IP_amdSec_missing_mdRef_element',
        [
          `\n      <mdRef LOCTYPE="URL" xlink:type="simple"${RIGHTS_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml" SIZE="16698" CREATED="2021-06-01T11:46:52" CHECKSUM="${RIGHTS_CHECKSUM}" CHECKSUMTYPE="SHA-256" />`,
          '',
        ],
      ],
      ['CSIP51', 'mdRef_missing_xlink_href', [RIGHTS_HREF, '']],
      [
        'CSIP51',
        'mdRef_wrong_reference',
        [RIGHTS_HREF, ' xlink:href="metadata/preservation/missingfile.pdf"'],
      ],
      [
        'CSIP53',
        'mdRef_missing_MIMETYPE',
        [`${RIGHTS_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml"`, `${RIGHTS_HREF} MDTYPE="PREMIS"`],
      ],
      [
        'CSIP53',
        'mdRef_MIMETYPE_too_much_content',
        [
          `${RIGHTS_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml"`,
          `${RIGHTS_HREF} MDTYPE="PREMIS" MIMETYPE="${'smhaskjhfskhsakhskjdhfaöskjdfhskahfsdjfhjshfaösjfhk'.repeat(5)}djohfshfskdahkshaksjhakjhgkjdfghök/xml"`,
        ],
      ],
      [
        'CSIP53',
        'mdRef_wrong_MIMETYPE',
        [
          `${RIGHTS_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml"`,
          `${RIGHTS_HREF} MDTYPE="PREMIS" MIMETYPE="other/wrongmimetype"`,
        ],
      ],
      ['CSIP54', 'mdRef_missing_SIZE_attribute', [' SIZE="16698"', '']],
      ['CSIP56', 'mdRef_missing_CHECKSUM_attribute', [` CHECKSUM="${RIGHTS_CHECKSUM}"`, '']],
      ['CSIP56', 'mdRef_wrong_CHECKUM_value', [RIGHTS_CHECKSUM, '4'.repeat(64)]],
    ] as const
  ).map(
    ([requirement, name, edit]): CorpusCase => ({
      requirement,
      name,
      valid: false,
      source: `${AMDSEC}/${requirement}/invalid/${name}/METS.xml`,
      base: 'base-2.0.4.xml',
      edits: [edit],
    }),
  ),
  ...(
    [
      ['CSIP64', 'fileGrp_USE_not_exist', [['<fileGrp USE="Documentation" ID=', '<fileGrp ID=']]],
      [
        'CSIP66',
        'fileSec_fileGrp_missing_file',
        [[`\n      ${DOC_FILE}\n        ${DOC_FLOCAT}\n      </file>`, '']],
      ],
      [
        'CSIP68',
        'file_MIMETYPE_too_much_content',
        [
          [
            'MIMETYPE="text/plain" SIZE="40"',
            `MIMETYPE="application/vnd${'.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml'.repeat(4)}" SIZE="40"`,
          ],
        ],
      ],
      ['CSIP69', 'file_missing_SIZE_attribute', [[' SIZE="40"', '']]],
      ['CSIP70', 'file_missing_CREATED_attribute', [[' CREATED="2020-04-15T15:32:18"', '']]],
      [
        'CSIP76',
        'fileSec_fileGrp_file_several_FLocats',
        [
          [DOC_FLOCAT, `${DOC_FLOCAT}\n\t\t${DOC_FLOCAT}`],
          [EXTENSION_FLOCAT, `${EXTENSION_FLOCAT}\n\t\t${EXTENSION_FLOCAT}`],
        ],
      ],
      ['CSIP77', 'IP_wrong_LOCTYPE_value_OTHER', [[DOC_FLOCAT, DOC_FLOCAT.replace('"URL"', '"OTHER"')]]],
      [
        'CSIP78',
        'fileSec_fileGrp_file_FLocat_missing_xlink_type',
        [[DOC_FLOCAT, DOC_FLOCAT.replace(' xlink:type="simple"', '')]],
      ],
      [
        'CSIP79',
        'fileSec_fileGrp_file_FLocat_missing_xlink_href',
        [[DOC_FLOCAT, DOC_FLOCAT.replace(' xlink:href="documentation/Doc1.txt"', '')]],
      ],
      [
        'CSIP79',
        'fileSec_fileGrp_file_FLocat_wrong_reference',
        [[DOC_FLOCAT, DOC_FLOCAT.replace('Doc1.txt', 'File_does_not_exist.txt')]],
      ],
      [
        'CSIP114',
        'no_rep_file_grp',
        [
          [
            `
    <fileGrp csip:CONTENTINFORMATIONTYPE="MIXED" USE="Representations/rep1" ID="ID-root-mets-fileSec-fileGrp-Representations-rep1">
      <file ID="ID-root-mets-fileSec-fileGrp-Representations-rep1-data-file1" MIMETYPE="text/plain" SIZE="12" CREATED="2019-04-12T18:40:24" CHECKSUM="a9308bde501cfd1d91ce4e5e861c8971" CHECKSUMTYPE="MD5">
        ${REP_GROUP_END}`,
            '',
          ],
          [REP_FPTR, REP_FPTR.replace('Representations-rep1', 'Schemas')],
        ],
      ],
    ] as const
  ).map(
    ([requirement, name, edits]): CorpusCase => ({
      requirement,
      name,
      valid: false,
      source: `${FILESEC}/${FILESEC_FOLDERS[requirement] ?? `${requirement}/invalid`}/${name}/METS.xml`,
      base: 'base-2.0.3-minimal.xml',
      edits,
    }),
  ),
  {
    requirement: 'CSIP114',
    name: 'multi_rep_file_grp',
    valid: true,
    source: `${FILESEC}/CSIP114/invalid/multi_rep_file_grp/METS.xml (isValid TRUE in its testCase.xml; the main div label is its OBJID)`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        REP_GROUP_END,
        `${REP_GROUP_END}
\t<fileGrp csip:CONTENTINFORMATIONTYPE="MIXED" USE="Representations/rep2" ID="ID-root-mets-fileSec-fileGrp-Representations-rep2">
      <file ID="ID-root-mets-fileSec-fileGrp-Representations-rep1-data-file2" MIMETYPE="text/plain" SIZE="12" CREATED="2019-04-12T18:40:24" CHECKSUM="a9308bde501cfd1d91ce4e5e861c8971" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="representations/rep2/data/plain_text_document.txt" />
      </file>
\t  </fileGrp>`,
      ],
      [
        REP_FPTR,
        `${REP_FPTR}
\t  <div ID="ID-root-mets-structMap-div-div-representations2" LABEL="Representations">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Representations-rep2"/>
      </div>`,
      ],
    ],
    added: ['representations/rep2/data/plain_text_document.txt'],
  },
  ...(
    [
      ['CSIP81', 'IP_wrong_TYPE_attribute_value', [['<structMap TYPE="PHYSICAL"', '<structMap TYPE="ELSE"']]],
      [
        'CSIP86',
        'CSIP86_missing_label_attribute',
        [
          [
            '<div ID="ID-root-mets-structMap-div-main" LABEL="{{NAME}}">',
            '<div ID="ID-root-mets-structMap-div-main" >',
          ],
        ],
      ],
      [
        'CSIP88',
        'two_div_elements_with_label_metadata',
        [
          [
            '<div ID="ID-root-mets-structMap-div-div-metadata" LABEL="Metadata" />',
            '<div ID="ID-root-mets-structMap-div-div-metadata" LABEL="Metadata" />\n\t  <div ID="ID-root-mets-structMap-div-div-metadata2" LABEL="Metadata" />',
          ],
        ],
      ],
      [
        'CSIP93',
        'two_div_elements_with_label_Documentation',
        [
          [
            `${DOC_FLOCAT}\n      </file>\n    </fileGrp>`,
            `${DOC_FLOCAT}
      </file>
\t </fileGrp>
\t<fileGrp USE="Documentation" ID="ID-root-mets-fileSec-fileGrp-Documentation2">
      <file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc2" MIMETYPE="text/plain" SIZE="40" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation2/Doc2.txt" />
      </file>
    </fileGrp>  `,
          ],
          [
            '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>\n      </div>',
            `<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>
      </div>
\t  <div ID="ID-root-mets-structMap-div-div-documentation2" LABEL="Documentation">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation2"/>
      </div>`,
          ],
        ],
      ],
      [
        'CSIP96',
        'fileGrp_documentation_but_missing_structMap',
        [['\n        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>', '']],
      ],
      [
        'CSIP97',
        'no_div_label_Schemas',
        [
          [
            '\n      <div ID="ID-root-mets-structMap-div-div-schemas" LABEL="Schemas">\n        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>\n      </div>',
            '',
          ],
        ],
      ],
    ] as const
  ).map(
    ([requirement, name, edits]): CorpusCase => ({
      requirement,
      name,
      valid: false,
      source: `${STRUCTMAP}/${requirement}/invalid/${name}/METS.xml`,
      base: 'base-2.0.3-minimal.xml',
      edits,
      ...(name === 'two_div_elements_with_label_Documentation' ? { added: ['documentation2/Doc2.txt'] } : {}),
    }),
  ),
  {
    requirement: 'CSIP91',
    name: 'structMap_missing_metadata_admid_attribute',
    valid: false,
    source: `${STRUCTMAP}/CSIP91/invalid/structMap_missing_metadata_admid_attribute/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      ['LABEL="Metadata" ADMID="ID_rightsmd_premis_file ID_digiprovmd_premis_file"', 'LABEL="Metadata"'],
    ],
  },
  ...(
    [
      ['CSIP10', 'mets-xml_metsHdr_agent_not_exist', false, [[`\n    ${AGENT}`, '']]],
      ['CSIP11', 'mets-xml_metsHdr_agent_ROLE_EDITOR', false, [[AGENT, AGENT.replace('CREATOR', 'EDITOR')]]],
      [
        'CSIP13',
        'mets-xml_metsHdr_agent_OTHERTYPE_incorrect',
        false,
        [['OTHERTYPE="SOFTWARE"', 'OTHERTYPE="random_string_e2368caa08a1cbbe2e8d5b96ab34a41e"']],
      ],
      [
        'CSIP15',
        'mets-xml_metsHdr_agent_note_2_instances',
        false,
        [[SOFTWARE_NOTE, `${SOFTWARE_NOTE}\n      ${SOFTWARE_NOTE}`]],
      ],
      [
        'CSIP15',
        'mets-xml_metsHdr_agent_note_conform',
        true,
        [[SOFTWARE_NOTE, SOFTWARE_NOTE.replace('1.0', '2.4.13')]],
      ],
      [
        'CSIP16',
        'mets-xml_metsHdr_agent_note_NOTETYPE_not_exist',
        false,
        [[SOFTWARE_NOTE, '<note>1.0</note>']],
      ],
      [
        'CSIP16',
        'mets-xml_metsHdr_agent_note_NOTETYPE_incorrect',
        false,
        [
          [
            SOFTWARE_NOTE,
            SOFTWARE_NOTE.replace('SOFTWARE VERSION', 'random_string_e2368caa08a1cbbe2e8d5b96ab34a41e'),
          ],
        ],
      ],
      [
        'CSIP11',
        'mets-xml_metsHdr_agent_ROLE_CREATOR_multiple_agents',
        true,
        [
          [
            AGENT,
            `${AGENT}\n    ${AGENT.replace('CREATOR', 'EDITOR').replace('Corpus Team', 'Corpus Team (Editors)')}`,
          ],
        ],
      ],
    ] as const
  ).map(
    ([requirement, name, valid, edits]): CorpusCase => ({
      requirement,
      name,
      valid,
      source: `${METSHDR}/${requirement}/${METSHDR_FOLDERS[name] ?? ''}${name}/METS.xml`,
      base: 'base-2.0.3-minimal.xml',
      edits: [minimalLabel(name), ...edits],
    }),
  ),
  {
    requirement: 'CSIP86',
    name: 'different_OBJID_and_LABEL_value',
    valid: false,
    source: `${STRUCTMAP}/CSIP86/invalid/different_OBJID_and_LABEL_value/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [['LABEL="different_OBJID_and_LABEL_value"', 'LABEL="minimal_IP_with_1_representation_value"']],
  },
  {
    requirement: 'CSIP80',
    name: 'IP_two_strucMap_label_attribue_value',
    valid: false,
    source: `${STRUCTMAP}/CSIP80/invalid/IP_two_strucMap_label_attribue_value/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        '</structMap>',
        `</structMap>
  <structMap TYPE="PHYSICAL" LABEL="CSIP" ID="ID-root-mets-structMap2">
    <div ID="ID-root-mets-structMap-div-main2" LABEL="IP_two_strucMap_label_attribue_value">
      <div ID="ID-root-mets-structMap-div-div-metadata2" LABEL="Metadata" />
      <div ID="ID-root-mets-structMap-div-div-documentation2" LABEL="Documentation">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>
      </div>
      <div ID="ID-root-mets-structMap-div-div-schemas2" LABEL="Schemas">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>
      </div>
      <div ID="ID-root-mets-structMap-div-div-representations2" LABEL="Representations">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Representations-rep1"/>
      </div>
    </div>
  </structMap>`,
      ],
    ],
  },
  {
    requirement: 'CSIP91',
    name: 'structMap_metadata_admid_attribute_too_many_IDs',
    valid: false,
    source: `${STRUCTMAP}/CSIP91/invalid/structMap_metadata_admid_attribute_too_many_IDs/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        'LABEL="Metadata" ADMID="ID_rightsmd_premis_file ID_digiprovmd_premis_file"',
        'LABEL="Metadata" ADMID="ID_rightsmd_premis_file ID_digiprovmd_premis_file ID_dmdsec_rep1_ead_file"',
      ],
    ],
  },
  {
    requirement: 'CSIP35',
    name: 'IP_amdSec_missing_mdRef_element',
    valid: false,
    source: `${AMDSEC}/CSIP35/invalid/IP_amdSec_missing_mdRef_element/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        `\n      <mdRef LOCTYPE="URL" xlink:type="simple"${DIGIPROV_HREF} MDTYPE="PREMIS" MIMETYPE="text/xml" SIZE="24399" CREATED="2021-05-31T09:50:52" CHECKSUM="e2725de3cf8bcf6d57c2214712679775d87ececa15c3a0628b893a078420adfc" CHECKSUMTYPE="SHA-256" />`,
        '',
      ],
    ],
  },
  {
    requirement: 'CSIP49',
    name: 'IP_wrong_LOCTYPE_value_OTHER',
    valid: false,
    source: `${AMDSEC}/CSIP49/invalid/IP_wrong_LOCTYPE_value_OTHER/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        '<mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="metadata/preservation/package_preservation_meta_premis_v3.xml"',
        '<mdRef LOCTYPE="OTHER" xlink:type="simple" xlink:href="metadata/preservation/package_preservation_meta_premis_v3.xml"',
      ],
    ],
  },
  {
    requirement: 'CSIP88',
    name: 'no_div_label_metadata',
    valid: false,
    source: `${STRUCTMAP}/CSIP88/invalid/no_div_label_metadata/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [['\n      <div ID="ID-root-mets-structMap-div-div-metadata" LABEL="Metadata" />', '']],
  },
  {
    requirement: 'CSIP104',
    name: 'structMap_does_not_point_at_Representations',
    valid: false,
    source: `${STRUCTMAP}/CSIP104/invalid/structMap_does_not_point_at_Representations/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Representations-rep1"/>',
        '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>',
      ],
    ],
  },
  {
    requirement: 'CSIP118',
    name: 'fileGrp_Schemas_but_missing_structMap',
    valid: false,
    source: `${STRUCTMAP}/CSIP118/invalid/fileGrp_Schemas_but_missing_structMap/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [['<fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>', '<fptr />']],
  },
  {
    requirement: 'CSIP97',
    name: 'two_div_elements_with_label_Schemas',
    valid: false,
    source: `${STRUCTMAP}/CSIP97/invalid/two_div_elements_with_label_Schemas/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>\n      </div>',
        `<fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>
      </div>
      <div ID="ID-root-mets-structMap-div-div-schemas2" LABEL="Schemas">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>
      </div>`,
      ],
    ],
  },
  {
    requirement: 'CSIP60',
    name: 'no_doc_file_grp',
    valid: false,
    source: `${FILESEC}/CSIP60/invalid/no_doc_file_grp/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        `
    <fileGrp USE="Documentation" ID="ID-root-mets-fileSec-fileGrp-Documentation">
      <file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc1" MIMETYPE="text/plain" SIZE="40" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation/Doc1.txt" />
      </file>
    </fileGrp>`,
        '',
      ],
    ],
  },
  {
    requirement: 'CSIP61',
    name: 'fileGrp_ADMID_incorrect_ref',
    valid: false,
    source: `${FILESEC}/CSIP61/invalid/fileGrp_ADMID_incorrect_ref/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        'USE="Representations/rep1/data" ADMID="ID_rightsmd_premis_file ID_digiprovmd_premis_file"',
        'USE="Representations/rep1/data" ADMID="ID_dmdsec_package_ead_file ID_digiprovmd_premis_file"',
      ],
    ],
  },
  {
    requirement: 'CSIP62',
    name: 'fileGrp_CONTENTINFORMATIONTYPE_not_exist',
    valid: false,
    source: `${FILESEC}/CSIP62/invalid/fileGrp_CONTENTINFORMATIONTYPE_not_exist/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [[' csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="NONE">', ' >']],
  },
  {
    requirement: 'CSIP63',
    name: 'CONTENTINFORMATIONTYPE_not_OTHER_and_OTHERCONTENTINFORMATIONTYPE_exists',
    valid: false,
    source: `${FILESEC}/CSIP63/invalid/CONTENTINFORMATIONTYPE_not_OTHER_and_OTHERCONTENTINFORMATIONTYPE_exists/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        ' csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="NONE">',
        ' csip:CONTENTINFORMATIONTYPE="ERMS" csip:OTHERCONTENTINFORMATIONTYPE="Custom CITS">',
      ],
    ],
  },
  {
    requirement: 'CSIP64',
    name: 'fileGrp_USE_vocabulary_mismatch',
    valid: false,
    source: `${FILESEC}/CSIP64/invalid/fileGrp_USE_vocabulary_mismatch/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      ['<fileGrp USE="Documentation"', '<fileGrp USE="random_string_e2368caa08a1cbbe2e8d5b96ab34a41e"'],
    ],
  },
  {
    requirement: 'CSIP68',
    name: 'file_wrong_MIMETYPE',
    valid: false,
    source: `${FILESEC}/CSIP68/invalid/file_wrong_MIMETYPE/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        '<file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc1" MIMETYPE="text/plain"',
        '<file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc1" MIMETYPE="random_text_oshgsnvsoghodh585165jg"',
      ],
    ],
  },
  {
    requirement: 'CSIP69',
    name: 'file_wrong_SIZE',
    valid: false,
    source: `${FILESEC}/CSIP69/invalid/file_wrong_SIZE/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        `<file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc1" MIMETYPE="text/plain" SIZE="40" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation/Doc1.txt" />
      </file>`,
        `<file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc1" MIMETYPE="text/plain" SIZE="999999999999999999" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation/Doc1.txt" />
      </file>
      <file ID="ID-root-mets-fileSec-fileGrp-Doc-file-doc2" MIMETYPE="text/plain" SIZE="222222222222222222" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation/Doc2.txt" />
      </file>`,
      ],
    ],
  },
  {
    requirement: 'CSIP13',
    name: 'mets-xml_metsHdr_agent_OTHERTYPE_not_exist',
    valid: false,
    source: `${METSHDR}/CSIP13/invalid/mets-xml_metsHdr_agent_OTHERTYPE_not_exist/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      minimalLabel('mets-xml_metsHdr_agent_OTHERTYPE_not_exist'),
      ['<agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">', '<agent ROLE="CREATOR" TYPE="OTHER">'],
    ],
  },
  {
    requirement: 'CSIP11',
    name: 'mets-xml_metsHdr_agent_all_criterias_different_objs',
    valid: false,
    source: `${METSHDR}/CSIP11/invalid/mets-xml_metsHdr_agent_all_criterias_different_objs/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      minimalLabel('mets-xml_metsHdr_agent_all_criterias_different_objs'),
      [
        AGENT,
        [
          AGENT.replace('TYPE="OTHER" OTHERTYPE', 'TYPE="INDIVIDUAL" OTHERTYPE'),
          AGENT.replace('ROLE="CREATOR"', 'ROLE="ARCHIVIST"'),
          AGENT.replace('ROLE="CREATOR" TYPE="OTHER"', 'ROLE="PRESERVATION" TYPE="ORGANIZATION"'),
        ].join('\n    '),
      ],
    ],
  },
  {
    requirement: 'CSIP15',
    name: 'mets-xml_metsHdr_agent_note_empty',
    valid: false,
    source: `${METSHDR}/CSIP15/invalid/mets-xml_metsHdr_agent_note_empty/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      minimalLabel('mets-xml_metsHdr_agent_note_empty'),
      ['<note csip:NOTETYPE="SOFTWARE VERSION">1.0</note>', '<note csip:NOTETYPE="SOFTWARE VERSION"></note>'],
    ],
  },
  {
    requirement: 'CSIP91',
    name: 'valid_IP_with_SHOULD_MAY_1_rep_3_premis',
    valid: true,
    source: `${STRUCTMAP}/CSIP91/valid/valid_IP_with_SHOULD_MAY_1_rep_3_premis/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        '    </rightsMD>',
        `    </rightsMD>
    <rightsMD ID="ID_rightsmd_premis_file2" STATUS="CURRENT" >
      <mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="metadata/preservation/package_preservation_meta2_premis_v3.xml" MDTYPE="PREMIS" MIMETYPE="text/xml" SIZE="16188" CREATED="2021-07-08T15:08:52" CHECKSUM="cf5a1af43dddc9480eb70678bdab0a7db09d348360ff944e2b1c9e716eb635b3" CHECKSUMTYPE="SHA-256" />
    </rightsMD>`,
      ],
      [
        'LABEL="Metadata" ADMID="ID_rightsmd_premis_file ID_digiprovmd_premis_file"',
        'LABEL="Metadata" ADMID="ID_rightsmd_premis_file ID_rightsmd_premis_file2 ID_digiprovmd_premis_file"',
      ],
    ],
    added: ['metadata/preservation/package_preservation_meta2_premis_v3.xml'],
  },
  {
    requirement: 'CSIP16',
    name: 'mets-xml_metsHdr_agent_note_NOTETYPE_valid',
    valid: true,
    source: `${METSHDR}/CSIP16/valid/mets-xml_metsHdr_agent_note_NOTETYPE_valid/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      minimalLabel('mets-xml_metsHdr_agent_note_NOTETYPE_valid'),
      [
        '<note csip:NOTETYPE="SOFTWARE VERSION">1.0</note>',
        '<note csip:NOTETYPE="SOFTWARE VERSION">2.1.0-beta.7</note>',
      ],
    ],
  },
  {
    requirement: 'CSIP104',
    name: 'fileGrp_Representations_but_missing_structMap',
    valid: false,
    source: `${STRUCTMAP}/CSIP104/invalid/fileGrp_Representations_but_missing_structMap/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [['\n        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Representations-rep1"/>', '']],
  },
  {
    requirement: 'CSIP119',
    name: 'fileGrp_Representations_but_missing_structMap',
    valid: false,
    source: `${STRUCTMAP}/CSIP119/invalid/fileGrp_Representations_but_missing_structMap/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [['<fptr FILEID="ID-root-mets-fileSec-fileGrp-Representations-rep1"/>', '<fptr />']],
  },
  {
    requirement: 'CSIP118',
    name: 'structMap_does_not_point_at_Schemas',
    valid: false,
    source: `${STRUCTMAP}/CSIP118/invalid/structMap_does_not_point_at_Schemas/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Schemas"/>',
        '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>',
      ],
    ],
  },
  {
    requirement: 'CSIP116',
    name: 'fileGrp_documentation_but_missing_structMap',
    valid: false,
    source: `${STRUCTMAP}/CSIP116/invalid/fileGrp_documentation_but_missing_structMap/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [['<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>', '<fptr />']],
  },
  {
    requirement: 'CSIP17',
    name: 'IP_18000_CSIP17_1',
    valid: true,
    source: 'corpora/csip/metadata/dmdsec/CSIP17/IP_18000_CSIP17_1/METS.xml',
    base: 'ip-18000-csip17-1.xml',
    edits: [],
  },
  {
    requirement: 'CSIP17',
    name: 'IP_18000_CSIP17_3',
    valid: false,
    source:
      'corpora/csip/metadata/dmdsec/CSIP17/IP_18000_CSIP17_3/METS.xml (same as IP_18000_CSIP17_1 but its name)',
    base: 'ip-18000-csip17-1.xml',
    edits: [],
    unreferenced: ['metadata/descriptive/descriptive.xml'],
  },
  {
    requirement: 'CSIP17',
    name: 'IP_18000_CSIP17_2',
    valid: true,
    source: 'corpora/csip/metadata/dmdsec/CSIP17/IP_18000_CSIP17_2/METS.xml',
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec('<dmdSec ID="ID_dmdSec_1"/>')],
  },
  {
    requirement: 'CSIP20',
    name: 'IP_18000_CSIP20_1',
    valid: false,
    source: `${DMDSEC}/CSIP20/IP_18000_CSIP20_1/METS.xml`,
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec('<dmdSec ID="ID_dmdSec_1" CREATED="2019-02-06T14:20:00"/>')],
  },
  {
    requirement: 'CSIP20',
    name: 'IP_18000_CSIP20_2',
    valid: false,
    source: `${DMDSEC}/CSIP20/IP_18000_CSIP20_2/METS.xml`,
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec('<dmdSec ID="ID_dmdSec_1" CREATED="2019-02-06T14:20:00" STATUS="CURENT"/>')],
  },
  ...(
    [
      ['IP_18000_CSIP20_3', 'current', false],
      ['IP_18000_CSIP20_4', 'CURRENT', true],
      ['IP_18000_CSIP20_5', 'SUPERSEDED', true],
    ] as const
  ).map(
    ([name, status, valid]): CorpusCase => ({
      requirement: 'CSIP20',
      name,
      valid,
      source: `${DMDSEC}/CSIP20/${name}/METS.xml (its dmdSec; its other IDs and the ead3.xsd schema file differ)`,
      base: 'ip-18000-csip17-1.xml',
      edits: [dmdSec(EAD_DMDSEC(status))],
      added: ['metadata/descriptive/ead.xml'],
    }),
  ),
  {
    requirement: 'CSIP31',
    name: 'IP_18000_CSIP31_2',
    valid: false,
    source: `${AMDSEC}/CSIP31/IP_18000_CSIP31_2/METS.xml`,
    base: 'ip-18000-csip17-1.xml',
    edits: [
      dmdSec(
        '<amdSec ID="ID_amdSec_1" xlink:label="Adm regulation 1" xlink:href="somewhere on the internet"  />',
      ),
    ],
  },
  {
    requirement: 'CSIP31',
    name: 'IP_18000_CSIP31_3',
    valid: false,
    source: `${AMDSEC}/CSIP31/IP_18000_CSIP31_3/METS.xml (its main div label says IP_18000_CSIP17_3)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [],
    unreferenced: ['metadata/preservation/Description of the IP.txt'],
  },
  {
    requirement: 'CSIP30',
    name: 'IP_18000_CSIP30_1',
    valid: false,
    source: `${DMDSEC}/CSIP30/IP_18000_CSIP30_1/METS.xml (its dmdSec; its other IDs, the EAD checksum and the ead3.xsd schema file differ)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec(EAD_DMDSEC('CURRENT').replace(' CHECKSUMTYPE="MD5"', ''))],
    added: ['metadata/descriptive/ead.xml'],
  },
  ...(
    [
      ['1', 'Mets.xml', 'named in camelcase'],
      ['2', 'METSa.xml', 'extra lowercase character at back'],
      ['3', 'aMETS.xml', 'extra lowercase character in front'],
      ['4', 'MEaTS.xml', 'extra lowercase character in the middle'],
      ['5', 'METSA.xml', 'extra uppercase character at back'],
      ['6', 'AMETS.xml', 'extra uppercase character in front'],
      ['7', 'MEATS.xml', 'extra uppercase character in the middle'],
      ['8', 'METS.xml.xml', 'extension inside the file name'],
      ['9', 'mets.xml', 'named in lowercase'],
      ['10', '', 'the root folder holds no .xml file'],
      ['11', 'METS1.xml', 'a number at the back'],
      ['12', '1METS.xml', 'a number in front'],
      ['13', 'ME1TS.xml', 'a number in the middle'],
      ['14', 'test.xml', 'the root folder holds test.xml, no METS.xml'],
      ['15', 'METS_old.xml', 'a sign after the name'],
      ['16', 'old_METS.xml', 'a sign before the name'],
      ['17', 'ME_TS.xml', 'a sign in the middle'],
    ] as const
  ).map(
    ([number, metsName, description]): CorpusCase => ({
      requirement: 'CSIPSTR4',
      name: `IP_18000_CSIPSTR4_${number}`,
      valid: false,
      source: `corpora/csip/structure/CSIPSTR4/testCase.xml (package IP_18000_CSIPSTR4_${number})`,
      derived: `the minimal IP with schemas, its METS.xml ${metsName === '' ? 'missing' : `written as ${metsName}`}: ${description} (the testCase's description)`,
      base: 'ip-18000-csip17-1.xml',
      edits: [],
      metsName,
    }),
  ),
  ...(
    [
      ['data_folder_camelcase', 'Data', 'Folder `data` named in camelcase'],
      ['data_folder_uppercase', 'DATA', 'Folder `data` named in uppercase'],
      ['data_folder_number_back', 'data1', 'Foldername `data` has extra number sign in back'],
      ['data_folder_sign_back', 'data_', 'Foldername `data` has extra sign in back'],
      ['data_folder_missing', '', 'IP has one representation folder. Folder `data` is missing from it.'],
    ] as const
  ).map(
    ([name, storedAs, description]): CorpusCase => ({
      requirement: 'CSIPSTR11',
      name,
      valid: false,
      source: `corpora/csip/structure/folders/CSIPSTR11/testCase.xml (package ${name})`,
      derived: `${description} (the testCase's description; the minimal IP with one representation, its data folder stored ${storedAs === '' ? 'in the representation folder itself' : `as ${storedAs}/`}, the METS unchanged)`,
      base: 'base-2.0.3-minimal.xml',
      edits: [],
      moved: [
        'representations/rep1/data/',
        storedAs === '' ? 'representations/rep1/' : `representations/rep1/${storedAs}/`,
      ],
    }),
  ),
  {
    requirement: 'CSIP4',
    name: 'CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_not_exist',
    valid: false,
    source: `${METS_ROOT}/CSIP4/invalid/CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_not_exist/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [['\n  csip:OTHERCONTENTINFORMATIONTYPE="SIARDUK"', '']],
  },
  ...(
    [
      [
        'CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_no_value',
        'invalid/',
        'mets/@csip:OTHERCONTENTINFORMATIONTYPE empty with CONTENTINFORMATIONTYPE OTHER (from its name, as its not_exist sibling)',
        ['csip:OTHERCONTENTINFORMATIONTYPE="SIARDUK"', 'csip:OTHERCONTENTINFORMATIONTYPE=""'],
      ],
      [
        'root_mets_file_mets-xml_mets_csip-CONTENTINFORMATIONTYPE_not_exist',
        '',
        'the root METS without mets/@csip:CONTENTINFORMATIONTYPE (a SHOULD: a warning; testCase.xml rule 1)',
        ['\n  csip:CONTENTINFORMATIONTYPE="OTHER"\n  csip:OTHERCONTENTINFORMATIONTYPE="SIARDUK"', ''],
      ],
    ] as const
  ).map(
    ([name, folder, derived, edit]): CorpusCase => ({
      requirement: 'CSIP4',
      name,
      valid: false,
      source: `${METS_ROOT}/CSIP4/${folder}${name}/METS.xml`,
      derived: `${derived}; the METS is stored but was not read`,
      base: 'base-2.0.4.xml',
      edits: [edit],
    }),
  ),
  {
    requirement: 'CSIP5',
    name: 'CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_voc_1',
    valid: false,
    source: `${METS_ROOT}/CSIP5/invalid/CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_voc_1/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [['csip:OTHERCONTENTINFORMATIONTYPE="SIARDUK"', 'csip:OTHERCONTENTINFORMATIONTYPE="ERMS"']],
  },
  {
    requirement: 'CSIP5',
    name: 'CONTENTINFORMATIONTYPE_not_OTHER_and_OTHERCONTENTINFORMATIONTYPE_exists',
    valid: false,
    source: `${METS_ROOT}/CSIP5/invalid/CONTENTINFORMATIONTYPE_not_OTHER_and_OTHERCONTENTINFORMATIONTYPE_exists/METS.xml`,
    derived:
      'mets/@csip:CONTENTINFORMATIONTYPE a vocabulary term (SIARD2 taken) with csip:OTHERCONTENTINFORMATIONTYPE kept (from its name; the METS is stored but was not read)',
    base: 'base-2.0.4.xml',
    edits: [['csip:CONTENTINFORMATIONTYPE="OTHER"\n', 'csip:CONTENTINFORMATIONTYPE="SIARD2"\n']],
  },
  {
    requirement: 'CSIP2',
    name: 'mets-xml_mets_TYPE_attribute_value_incorrect',
    valid: false,
    source: `${METS_ROOT}/CSIP2/mets-xml_mets_TYPE_attribute_value_incorrect/METS.xml`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      minimalLabel('mets-xml_mets_TYPE_attribute_value_incorrect'),
      ['TYPE="Mixed"', 'TYPE="random_string_n3ihcu63LdGb37kF7"'],
    ],
  },
  {
    requirement: 'CSIP1',
    name: 'root_mets_file_mets-xml_mets_OBJID_not_equal_to_package_ID',
    valid: false,
    source: `${METS_ROOT}/CSIP1/invalid/root_mets_file_mets-xml_mets_OBJID_not_equal_to_package_ID/METS.xml`,
    derived:
      'the root METS OBJID is not the package (folder) name (from its name, OBJID minimal_IP_with_1_representation taken; the METS is stored but was not read)',
    base: 'base-2.0.3-minimal.xml',
    edits: [
      ['OBJID="{{NAME}}"', 'OBJID="minimal_IP_with_1_representation"'],
      minimalLabel('root_mets_file_mets-xml_mets_OBJID_not_equal_to_package_ID'),
    ],
  },
  {
    requirement: 'CSIP63',
    name: 'CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_not_exist',
    valid: false,
    source: `${FILESEC}/CSIP63/invalid/CONTENTINFORMATIONTYPE_OTHER_and_OTHERCONTENTINFORMATIONTYPE_not_exist/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [
      [
        ' csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="NONE">',
        ' csip:CONTENTINFORMATIONTYPE="OTHER" >',
      ],
    ],
  },
  {
    requirement: 'CSIP60',
    name: 'multi_doc_file_grp',
    valid: true,
    source: `${FILESEC}/CSIP60/invalid/multi_doc_file_grp/METS.xml (isValid TRUE in its testCase.xml: 1..n Documentation file groups)`,
    base: 'base-2.0.3-minimal.xml',
    edits: [
      [
        `${DOC_FLOCAT}\n      </file>\n    </fileGrp>`,
        `${DOC_FLOCAT}
      </file>
    </fileGrp>
\t<fileGrp USE="Documentation" ID="ID-root-mets-fileSec-fileGrp-Documentation2">
      <file ID="ID-root-mets-fileSec-fileGrp-Doc2-file-doc1" MIMETYPE="text/plain" SIZE="40" CREATED="2020-04-15T15:32:18" CHECKSUM="f57dbbddf87f18043c2029d978749318" CHECKSUMTYPE="MD5">
        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="documentation2/Doc1.txt" />
      </file>
    </fileGrp>`,
      ],
      [
        '<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>\n      </div>',
        `<fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation"/>
      </div>
\t  <div ID="ID-root-mets-structMap-div-div-documentation2" LABEL="Documentation2">
        <fptr FILEID="ID-root-mets-fileSec-fileGrp-Documentation2"/>
      </div>`,
      ],
    ],
    added: ['documentation2/Doc1.txt'],
  },
  ...(
    [
      ['CSIP23', 'IP_18000_CSIP23_1', ' xlink:type="simple"'],
      ['CSIP24', 'IP_18000_CSIP24_1', ' xlink:href="metadata/descriptive/ead.xml"'],
      ['CSIP27', 'IP_18000_CSIP27_1', ' SIZE="10260"'],
      ['CSIP28', 'IP_18000_CSIP28_1', ' CREATED="2018-10-10T12:00:00-05:00" CHECKSUM='],
      ['CSIP29', 'IP_18000_CSIP29_1', ' CHECKSUM="679dfdd18d8e0676500d09bed5d92ebd"'],
    ] as const
  ).map(
    // `removed` is the mdRef attribute the case lacks (CSIP28: the mdRef's CREATED, before CHECKSUM).
    ([requirement, name, removed]): CorpusCase => ({
      requirement,
      name,
      valid: false,
      source: `${DMDSEC}/${requirement}/${name}/METS.xml (its dmdSec; its other IDs, the EAD checksum and the ead3.xsd schema file differ; the mandatory attribute it lacks makes it invalid, its testCase.xml gives no verdict)`,
      base: 'ip-18000-csip17-1.xml',
      edits: [dmdSec(EAD_DMDSEC('CURRENT').replace(removed, removed.replace(/^ \S+="[^"]*"/, '')))],
      ...(requirement === 'CSIP24'
        ? { unreferenced: ['metadata/descriptive/ead.xml'] }
        : { added: ['metadata/descriptive/ead.xml'] }),
    }),
  ),
  ...(
    [
      [
        'CSIP26',
        'IP_18000_CSIP26_1',
        false,
        '',
        undefined,
        'its testCase.xml: "no MIMETYPE-attribute in mets/dmdSec/mdRef", isValid FALSE',
      ],
      [
        'CSIP26',
        'IP_18000_CSIP26_2',
        true,
        ' MIMETYPE=""',
        {
          valid: false,
          why: 'CSIP26 is a MUST (1..1, "the IANA mime type of the referenced file") in every version: an empty MIMETYPE names no media type, as the corpus\'s own rule 1 counts an absent one invalid; its testCase.xml calls it valid with a warning',
        },
        'its testCase.xml (as IP_18000_CSIP126_2): "a MIMETYPE-attribute with no value", isValid TRUE, a WARNING',
      ],
      [
        'CSIP26',
        'IP_18000_CSIP26_3',
        true,
        ' MIMETYPE="application/wrongmimetype"',
        undefined,
        'its testCase.xml (as IP_18000_CSIP126_3): "a MIMETYPE-attribute with a wrong value" (application/wrongmimetype, of the IANA form but not registered; the IANA registry is not shipped), isValid TRUE',
      ],
    ] as const
  ).map(
    ([requirement, name, valid, mimeType, decision, verdict]): CorpusCase => ({
      requirement,
      name,
      valid,
      ...(decision ? { decision } : {}),
      source: `${DMDSEC}/${requirement}/${name}/METS.xml (its dmdSec; ${verdict}; the EAD file is the one its CSIP27/CSIP29 twins declare: 10260 bytes, MD5 9fde2fd7…)`,
      base: 'ip-18000-csip17-1.xml',
      edits: [
        dmdSec(
          EAD_DMDSEC('CURRENT')
            .replace(' MIMETYPE="application/xml"', mimeType)
            .replace('679dfdd18d8e0676500d09bed5d92ebd', '9fde2fd78193f7494711df983f0127d0'),
        ),
      ],
      added: ['metadata/descriptive/ead.xml'],
    }),
  ),
  {
    requirement: 'CSIP27',
    name: 'IP_18000_CSIP27_2',
    valid: false,
    source: `${DMDSEC}/CSIP27/IP_18000_CSIP27_2/METS.xml (its dmdSec declares SIZE="10160" for the EAD file that IP_18000_CSIP26_2/_3 declare 10260 bytes with the same MD5 9fde2fd7…: the wrong size is the case; its testCase.xml gives no verdict)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [
      dmdSec(
        EAD_DMDSEC('CURRENT')
          .replace('SIZE="10260"', 'SIZE="10160"')
          .replace('679dfdd18d8e0676500d09bed5d92ebd', '9fde2fd78193f7494711df983f0127d0'),
      ),
    ],
    added: ['metadata/descriptive/ead.xml'],
    realSizes: { 'metadata/descriptive/ead.xml': 10260 },
  },
  ...(
    [
      [
        'IP_18000_CSIP29_2',
        '9fde2fd78193f7494711df983f0127dO',
        'MD5',
        'an MD5 whose last digit is the letter O',
      ],
      [
        'IP_18000_CSIP29_3',
        '9fde2fd78193f7494711df983f0127d0',
        'SHA-1',
        'the MD5 of the file declared as SHA-1',
      ],
      [
        'IP_18000_CSIP29_4',
        '3ee329452bab4444d0d1b2f24e58b4656f1a284b',
        'MD5',
        'a 40-digit (SHA-1 long) value declared as MD5',
      ],
    ] as const
  ).map(
    ([name, checksum, type, what]): CorpusCase => ({
      requirement: 'CSIP29',
      name,
      valid: false,
      source: `${DMDSEC}/CSIP29/${name}/METS.xml (its dmdSec: ${what}, which is not the file's checksum of the declared type; its testCase.xml gives no verdict)`,
      base: 'ip-18000-csip17-1.xml',
      edits: [
        dmdSec(
          EAD_DMDSEC('CURRENT').replace(
            'CHECKSUM="679dfdd18d8e0676500d09bed5d92ebd" CHECKSUMTYPE="MD5"',
            `CHECKSUM="${checksum}" CHECKSUMTYPE="${type}"`,
          ),
        ),
      ],
      added: ['metadata/descriptive/ead.xml'],
      keptChecksums: ['metadata/descriptive/ead.xml'],
    }),
  ),
  {
    requirement: 'CSIP21',
    name: 'IP_18000_CSIP21_1',
    valid: true,
    source: `${DMDSEC}/CSIP21/IP_18000_CSIP21_1/METS.xml (its empty dmdSec; the package holds no descriptive metadata file; its PREMIS amdSec, Windows-separated documentation and representation are not rebuilt; testCase.xml: isValid TRUE)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec('<dmdSec ID="ID_dmdSec" CREATED="2020-06-15T10:20:00" STATUS="CURRENT">\n   </dmdSec>')],
  },
  {
    requirement: 'CSIP21',
    name: 'IP_18000_CSIP21_2',
    valid: false,
    source: `${DMDSEC}/CSIP21/IP_18000_CSIP21_2/METS.xml (its empty dmdSec beside metadata/descriptive/description.txt, which its fileSec misspells "metatadata/…": here left unreferenced; testCase.xml: isValid FALSE, a WARNING)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [
      dmdSec(
        '<dmdSec ID="IP_18000_CSIP21_1_dmd" CREATED="2018-10-12T14:20:00" STATUS="CURRENT">\n  \n  </dmdSec>',
      ),
    ],
    unreferenced: ['metadata/descriptive/description.txt'],
  },
  {
    requirement: 'CSIP32',
    name: 'IP_18000_CSIP32_1',
    valid: false,
    decision: {
      valid: true,
      why: 'CSIP32 asks for "one digiprovMD element for each piece of PREMIS metadata" and CSIP31 for an amdSec "if administrative / preservation metadata is available": a package without preservation metadata breaks neither (the 2.1.1 profile\'s Schematron TEST32-2 tests mets:digiprovMD in the context /mets:mets, where it can never be, so it is no evidence); its testCase.xml calls it invalid with a WARNING',
    },
    source: `${AMDSEC}/CSIP32/IP_18000_CSIP32_1/METS.xml (the minimal IP with schemas: no amdSec, no metadata/preservation/; test-case.xml rule 1)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [],
  },
  {
    requirement: 'CSIP32',
    name: 'IP_18000_CSIP32_2',
    valid: false,
    source: `${AMDSEC}/CSIP32/IP_18000_CSIP32_2/METS.xml (a digiprovMD without mdRef, no file in metadata/preservation/; test-case.xml rule 2, isValid FALSE, a WARNING)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [
      dmdSec(
        '<amdSec ID="ID_amdSec_1">\n    <digiprovMD ID="ID_amdSec_1_digiprovMD1" xlink:label="XX Archive standard migration"/>\n  </amdSec>',
      ),
    ],
  },
  {
    requirement: 'CSIP32',
    name: 'IP_18000_CSIP32_3',
    valid: false,
    source: `${AMDSEC}/CSIP32/IP_18000_CSIP32_3/METS.xml (an empty amdSec beside metadata/preservation/A faulty PREMIS file.xml; test-case.xml rule 3, isValid FALSE, an ERROR: CSIP32 is a SHOULD, so a warning)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec('<amdSec ID="ID_amdSec_1"/>')],
    unreferenced: ['metadata/preservation/A faulty PREMIS file.xml'],
  },
  {
    requirement: 'CSIP19',
    name: 'IP_18000_CSIP19_1',
    valid: false,
    source: `${DMDSEC}/CSIP19/IP_18000_CSIP19_1/METS.xml (its OBJID and main div label say IP_18000_CSIP17_2)`,
    base: 'ip-18000-csip17-1.xml',
    edits: [dmdSec('<dmdSec ID="ID_dmdSec_1"/>')],
  },
  ...(
    [
      ['IP_18000_CSIP22_1', 'URL', undefined],
      ['IP_18000_CSIP22_2', 'ARK', 'ARK'],
      ['IP_18000_CSIP22_3', 'DOI', 'DOI'],
      ['IP_18000_CSIP22_4', 'HANDLE', 'HANDLE'],
      ['IP_18000_CSIP22_5', 'OTHER', 'OTHER'],
      ['IP_18000_CSIP22_6', 'PURL', 'PURL'],
      ['IP_18000_CSIP22_7', 'URN', 'URN'],
      ['IP_18000_CSIP22_8', 'url', '"url" in lowercase'],
    ] as const
  ).map(
    ([name, locType, description]): CorpusCase => ({
      requirement: 'CSIP22',
      name,
      valid: locType === 'URL',
      source: description
        ? `${DMDSEC}/CSIP22/testCase.xml (package ${name})`
        : `${DMDSEC}/CSIP22/${name}/METS.xml (its dmdSec; its other IDs and the ead3.xsd schema file differ)`,
      ...(description
        ? {
            derived: `dmdSec/mdRef/@LOCTYPE with the value ${description} (the testCase's description; the METS is stored but was not read)`,
          }
        : {}),
      base: 'ip-18000-csip17-1.xml',
      edits: [dmdSec(EAD_DMDSEC('CURRENT').replace('LOCTYPE="URL"', `LOCTYPE="${locType}"`))],
      added: ['metadata/descriptive/ead.xml'],
    }),
  ),
  ...(
    [
      [
        'CSIP1',
        'mets-xml_mets_OBJID_attribute_not_exist',
        false,
        'METS.xml file has no mets/@OBJID attribute.',
        ['\n  OBJID="{{NAME}}"', ''],
      ],
      [
        'CSIP1',
        'mets-xml_mets_OBJID_attribute_value_empty',
        false,
        'mets/@OBJID is empty (from its name).',
        ['OBJID="{{NAME}}"', 'OBJID=""'],
      ],
      [
        'CSIP2',
        'mets-xml_mets_TYPE_attribute_not_exist',
        false,
        'mets/@TYPE does not exist (from its name).',
        ['\n  TYPE="Mixed"', ''],
      ],
      [
        'CSIP2',
        'mets-xml_mets_TYPE_attribute_value_OTHER_and_csip-OTHERTYPE_attribute_not_exist',
        false,
        'METS.xml file has mets/@TYPE = "OTHER", mets/@csip:OTHERTYPE attribute does not exist.',
        ['TYPE="Mixed"', 'TYPE="OTHER"'],
      ],
      [
        'CSIP2',
        'mets-xml_mets_TYPE_attribute_value_OTHER_and_csip-OTHERTYPE_attribute_has_no_value',
        false,
        'mets/@TYPE = "OTHER", mets/@csip:OTHERTYPE empty (from its name).',
        ['TYPE="Mixed"', 'TYPE="OTHER" csip:OTHERTYPE=""'],
      ],
      [
        'CSIP3',
        'mets-xml_mets_TYPE_OTHER_and_csip-OTHERTYPE_vocabulary_1',
        false,
        'METS.xml file has mets/@TYPE = "OTHER", mets/@csip:OTHERTYPE = "Textual works - Print".',
        ['TYPE="Mixed"', 'TYPE="OTHER" csip:OTHERTYPE="Textual works - Print"'],
      ],
      [
        'CSIP3',
        'mets-xml_mets_TYPE_not_OTHER_and_csip-OTHERTYPE_exists',
        false,
        'mets/@TYPE is not "OTHER" and mets/@csip:OTHERTYPE exists (from its name).',
        ['TYPE="Mixed"', 'TYPE="Mixed" csip:OTHERTYPE="Manuscripts"'],
      ],
      [
        'CSIP5',
        'mets_csip_CONTENTINFORMATIONTYPE_OTHER_and_csip_OTHERCONTENTINFORMATIONTYPE_vocabulary_1',
        false,
        'csip:CONTENTINFORMATIONTYPE "OTHER" with a csip:OTHERCONTENTINFORMATIONTYPE from the vocabulary (its rule; value not given: SIARD2)',
        [
          'TYPE="Mixed"',
          'TYPE="Mixed" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="SIARD2"',
        ],
      ],
      [
        'CSIP7',
        'mets-xml_metsHdr_CREATEDATE_not_exist',
        false,
        'metsHdr/@CREATEDATE does not exist (from its name)',
        [' CREATEDATE="2019-04-14T20:00:00"', ''],
      ],
      [
        'CSIP9',
        'mets-xml_metsHdr_OAISPACKAGETYPE_attribute_not_exist',
        false,
        'metsHdr/@csip:OAISPACKAGETYPE does not exist (from its name)',
        [' csip:OAISPACKAGETYPE="SIP"', ''],
      ],
      [
        'CSIP9',
        'mets-xml_metsHdr_OAISPACKAGETYPE_attribute_value_incorrect',
        false,
        'metsHdr/@csip:OAISPACKAGETYPE outside the vocabulary (from its name; value not given: PACKAGE)',
        ['csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="PACKAGE"'],
      ],
      [
        'CSIP9',
        'valid_minimal_metsHdr_OAISPACKAGETYPE_value_vocabulary_1',
        true,
        'metsHdr/@csip:OAISPACKAGETYPE a vocabulary value (from its name; AIP taken)',
        ['csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="AIP"'],
      ],
      [
        'CSIP117',
        'mets-xml_metsHdr_not_exist',
        false,
        'no metsHdr (from its name; the METS is stored but was not read)',
        [
          `
  <metsHdr CREATEDATE="2019-04-14T20:00:00" csip:OAISPACKAGETYPE="SIP">
    <agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <name>E-ARK Corpus Team</name>
      <note csip:NOTETYPE="SOFTWARE VERSION">1.0</note>
    </agent>
  </metsHdr>
`,
          '',
        ],
      ],
      [
        'CSIP14',
        'mets-xml_metsHdr_agent_name_empty',
        false,
        "the software agent's name is empty (from its name; the METS is stored but was not read)",
        ['<name>E-ARK Corpus Team</name>', '<name></name>'],
      ],
      [
        'CSIP3',
        'minimal_IP_with_1_rep_mets_TYPE_OTHER',
        true,
        'mets/@TYPE "OTHER" with a csip:OTHERTYPE (from its name).',
        ['TYPE="Mixed"', 'TYPE="OTHER" csip:OTHERTYPE="Manuscripts"'],
      ],
    ] as const
  ).map(
    ([requirement, name, valid, derived, edit]): CorpusCase => ({
      requirement,
      name,
      valid,
      source: `CSIP/${requirement}/${name}/index.html`,
      derived,
      base: 'base-2.0.3-minimal.xml',
      edits: [edit],
    }),
  ),
  {
    requirement: 'CSIP8',
    name: 'metsHdr_LASTMODDATE_in_future',
    valid: false,
    source: `${METSHDR}/CSIP8/invalid/metsHdr_LASTMODDATE_in_future/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [['LASTMODDATE="2021-07-04T19:00:00"', 'LASTMODDATE="2038-01-18T12:00:00"']],
  },
  {
    requirement: 'CSIP8',
    name: 'metsHdr_LASTMODDATE_not_exist',
    valid: false,
    source: `${METSHDR}/CSIP8/invalid/metsHdr_LASTMODDATE_not_exist/METS.xml`,
    base: 'base-2.0.4.xml',
    edits: [[' LASTMODDATE="2021-07-04T19:00:00"', '']],
  },
  ...(
    [
      ['SIP5', 'minimal_SIP_plus_mets_SHOULD_MAY_items', true, undefined, ALT_RECORD_IDS],
      ['SIP33', 'minimal_SIP_plus_mets_SHOULD_MAY_items', true, undefined, ALT_RECORD_IDS],
      ['SIP34', 'minimal_SIP_plus_mets_SHOULD_MAY_items', true, undefined, ALT_RECORD_IDS],
      ['SIP35', 'minimal_SIP_plus_mets_SHOULD_MAY_items', true, undefined, ALT_RECORD_IDS],
      [
        'SIP5',
        'altRecordID_SUBMISSIONAGREEMENT_no_text',
        false,
        undefined,
        ALT_RECORD_IDS.replace('RA 13-2011/5329; 2012-04-12', ''),
      ],
      [
        'SIP7',
        'altRecordID_REFERENCECODE_not_exist',
        false,
        undefined,
        ALT_RECORD_IDS.replace('\n    <altRecordID TYPE="REFERENCECODE">RA.123456/P</altRecordID>', ''),
      ],
      [
        'SIP6',
        'altRecordID_PREVIOUSSUBMISSIONAGREEMENT_no_text',
        false,
        undefined,
        ALT_RECORD_IDS.replace('FM 12-2387/12726, 2007-09-19', '').replace('FM 4-567/5487, 2004-02-15', ''),
      ],
      [
        'SIP7',
        'altRecordID_REFERENCECODE_no_text',
        false,
        'the REFERENCECODE altRecordID without text (from its name)',
        ALT_RECORD_IDS.replace('RA.123456/P', ''),
      ],
      [
        'SIP8',
        'altRecordID_PREVIOUSREFERENCECODE_no_text',
        false,
        undefined,
        ALT_RECORD_IDS.replace('SE/FM/123/123.1/123.1.3', '').replace('AAA-002', ''),
      ],
    ] as const
  ).map(
    ([requirement, name, valid, derived, altRecordIds]): CorpusCase => ({
      requirement,
      name,
      valid,
      source:
        name === 'minimal_SIP_plus_mets_SHOULD_MAY_items'
          ? `corpora/sip/template-ip/${name}/METS.xml`
          : `${SIP_METSHDR}/${requirement}/invalid/${name}/METS.xml`,
      ...(derived ? { derived } : {}),
      base: 'base-2.0.4.xml',
      edits: sipTemplate(altRecordIds),
      added: [SIP_DATA_FILE2],
    }),
  ),
  ...(
    [
      [
        'SIP1',
        'metadata/mets-root',
        'mets_root_LABEL_not_exist',
        'METS.xml file has no mets/@LABEL attribute.',
        ['\n  LABEL="Health records of 2017"', ''],
      ],
      [
        'SIP1',
        'metadata/mets-root',
        'mets_root_LABEL_no_value',
        'METS.xml file has mets/@LABEL = "".',
        ['LABEL="Health records of 2017"', 'LABEL=""'],
      ],
      [
        'SIP4',
        'metadata/metshdr',
        'SIP_metsHdr_OAISPACKAGETYPE_value_incorrect',
        'METS.xml file has mets/metsHdr/@csip:OAISPACKAGETYPE = "AIP".',
        ['csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="AIP"'],
      ],
      [
        'SIP32',
        'metadata/filesec',
        'FILEFORMATNAME_not_exist',
        'SIP where the METS.xml file has a mets/fileSec/fileGrp/file element with no @sip:FILEFORMATNAME attribute (the one file that had it).',
        [' sip:FILEFORMATNAME="application/healthdata"', ''],
      ],
      [
        'SIP32',
        'metadata/filesec',
        'FILEFORMATNAME_value_empty',
        'A SIP with METS.xml file that has a mets/fileSec/fileGrp/file/@sip:FILEFORMATNAME = "".',
        ['sip:FILEFORMATNAME="application/healthdata"', 'sip:FILEFORMATNAME=""'],
      ],
      [
        'SIP33',
        'metadata/filesec',
        'FILEFORMATVERSION_not_exist',
        'SIP where the METS.xml file has a mets/fileSec/fileGrp/file element with no @sip:FILEFORMATVERSION attribute (the one file that had it).',
        [' sip:FILEFORMATVERSION="1.0"', ''],
      ],
      [
        'SIP33',
        'metadata/filesec',
        'FILEFORMATVERSION_value_empty',
        'A SIP with METS.xml file that has a mets/fileSec/fileGrp/file/@sip:FILEFORMATVERSION = "".',
        ['sip:FILEFORMATVERSION="1.0"', 'sip:FILEFORMATVERSION=""'],
      ],
      [
        'SIP34',
        'metadata/filesec',
        'FILEFORMATREGISTRY_not_exist',
        'SIP where the METS.xml file has a mets/fileSec/fileGrp/file element with no @sip:FILEFORMATREGISTRY attribute (the one file that had it).',
        [' sip:FILEFORMATREGISTRY="PRONOM"', ''],
      ],
      [
        'SIP34',
        'metadata/filesec',
        'FILEFORMATREGISTRY_value_empty',
        'A SIP with METS.xml file that has a mets/fileSec/fileGrp/file/@sip:FILEFORMATREGISTRY = "".',
        ['sip:FILEFORMATREGISTRY="PRONOM"', 'sip:FILEFORMATREGISTRY=""'],
      ],
      [
        'SIP35',
        'metadata/filesec',
        'FILEFORMATKEY_not_exist',
        'SIP where the METS.xml file has a mets/fileSec/fileGrp/file element with no @sip:FILEFORMATKEY attribute (the one file that had it).',
        [' sip:FILEFORMATKEY="x-fmt/666111"', ''],
      ],
      [
        'SIP35',
        'metadata/filesec',
        'FILEFORMATKEY_value_empty',
        'A SIP with METS.xml file that has a mets/fileSec/fileGrp/file/@sip:FILEFORMATKEY = "".',
        ['sip:FILEFORMATKEY="x-fmt/666111"', 'sip:FILEFORMATKEY=""'],
      ],
    ] as const
  ).map(
    ([requirement, folder, name, description, edit]): CorpusCase => ({
      requirement,
      name,
      valid: false,
      source: `corpora/sip/${folder}/${requirement}/testCase.xml (package ${name})`,
      derived: `${description} (the testCase's description, on the SIP template)`,
      base: 'base-2.0.4.xml',
      edits: [...sipTemplate(), edit],
      added: [SIP_DATA_FILE2],
    }),
  ),
];
