import type { CorpusCase } from './corpus-case.js';

const AMDSEC = 'corpora/csip/metadata/amdsec';
const STRUCTMAP = 'corpora/csip/metadata/structmap';
const FILESEC = 'corpora/csip/metadata/filesec';
const METSHDR = 'corpora/csip/metadata/metshdr';
const DMDSEC = 'corpora/csip/metadata/dmdsec';
const SIP_METSHDR = 'corpora/sip/metadata/metshdr';

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
const DIGIPROV_HREF =
  ' xlink:href="representations/rep1/metadata/preservation/rep1_preservation_meta_premis_v2-1.xml"';

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
        'CSIP16',
        'mets-xml_metsHdr_agent_note_NOTETYPE_incorrect',
        false,
        "the agent note's csip:NOTETYPE is not SOFTWARE VERSION (from its name; value not given: VERSION)",
        ['csip:NOTETYPE="SOFTWARE VERSION"', 'csip:NOTETYPE="VERSION"'],
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
    derived: 'metsHdr/@LASTMODDATE does not exist (from its name; the METS is stored but was not read)',
    base: 'base-2.0.4.xml',
    edits: [[' LASTMODDATE="2021-07-04T19:00:00"', '']],
  },
  ...(
    [
      ['SIP5', 'minimal_SIP_plus_mets_SHOULD_MAY_items', true, undefined, ALT_RECORD_IDS],
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
        'a PREVIOUSSUBMISSIONAGREEMENT altRecordID without text (from its name; the first one emptied)',
        ALT_RECORD_IDS.replace('FM 12-2387/12726, 2007-09-19', ''),
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
        'a PREVIOUSREFERENCECODE altRecordID without text (from its name; the first one emptied)',
        ALT_RECORD_IDS.replace('SE/FM/123/123.1/123.1.3', ''),
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
];
