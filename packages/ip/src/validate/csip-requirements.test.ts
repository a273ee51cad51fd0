import { createHash } from 'node:crypto';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSIP_OBJID, writeCsipPackage } from '../__fixtures__/csip-package.js';
import { edit } from '../__fixtures__/rewrite-package.js';
import { expectVietnamese } from '../__fixtures__/vietnamese-findings.js';
import type { CsipVersion } from './csip/spec-version.js';
import { validatePackage } from './validate-package.js';

let csip: string;
let sip: string;

beforeAll(async () => {
  csip = await writeCsipPackage(await mkdtemp(join(tmpdir(), 'sohoa-csip-')));
  sip = await writeCsipPackage(await mkdtemp(join(tmpdir(), 'sohoa-sip-')), { sip: true });
});

async function copyOf(pristine: string): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'sohoa-csip-case-')), CSIP_OBJID);
  await cp(pristine, folder, { recursive: true });
  return folder;
}

/** The requirements named by the findings (any severity), once each. */
async function named(folder: string, specVersion?: CsipVersion): Promise<string[]> {
  const report = await validatePackage(folder, { profile: 'csip', ...(specVersion ? { specVersion } : {}) });
  expectVietnamese(report.findings);
  return [...new Set(report.findings.map((finding) => finding.requirement))];
}

const ROOT = 'METS.xml';
const REP = 'representations/rep1/METS.xml';

/** A text edit of one METS of the package (fixity re-declared up to the root). */
const change =
  (path: string, from: string | RegExp, to: string) =>
  (folder: string): Promise<void> =>
    edit(folder, path, (text) => text.replace(from, to));

type Break = (folder: string) => Promise<void>;
/** [requirement, what is broken, how, the package broken (default CSIP), also named (a second requirement the same break also breaks, said why)] */
type Case = [string, string, Break, ('sip' | 'csip')?, string[]?];

const without = (path: string, element: string, name: string): Break =>
  change(path, new RegExp(`(<${element}\\b[^>]*?) ${name}="[^"]*"`), '$1');
const mdRefWithout = (href: string, name: string): Break =>
  change(ROOT, new RegExp(`(<mdRef (?=[^>]*xlink:href="${href}")[^>]*?) ${name}="[^"]*"`), '$1');
const mdRefSet = (href: string, name: string, value: string): Break =>
  change(ROOT, new RegExp(`(<mdRef\\b(?=[^>]*xlink:href="${href}")[^>]*?\\s${name}=")[^"]*"`), `$1${value}"`);
const removed =
  (path: string): Break =>
  (folder) =>
    rm(join(folder, path));

/** Adds a file to the package and a file element for it to the root file group `group`. */
const withFile =
  (path: string, group: string): Break =>
  async (folder) => {
    const bytes = new TextEncoder().encode(`<!-- ${path} -->\n`);
    await writeFile(join(folder, path), bytes);
    const sum = createHash('sha256').update(bytes).digest('hex').toUpperCase();
    const element = `<file ID="file-extra" MIMETYPE="text/plain" SIZE="${bytes.length}" CREATED="2024-05-01T10:00:00" CHECKSUM="${sum}" CHECKSUMTYPE="SHA-256"><FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${path}"/></file>`;
    await change(ROOT, new RegExp(`(<fileGrp ID="${group}"[^>]*>)`), `$1\n${element}`)(folder);
  };

const EAD = 'metadata/descriptive/ead.xml';
const PREMIS = 'metadata/preservation/premis.xml';
const RIGHTS = 'metadata/rights.xml';

/** One row per requirement: the sample package meets it; the break makes it name that requirement. */
const CASES: Case[] = [
  ['CSIP1', 'no OBJID', without(ROOT, 'mets', 'OBJID')],
  [
    'CSIP1',
    'an empty OBJID (not also CSIP86: the top div label cannot match what is not there)',
    change(ROOT, `OBJID="${CSIP_OBJID}"`, 'OBJID=""'),
  ],
  [
    'CSIP1',
    'a representation METS whose OBJID (and top div label) is not its folder name (a SHOULD)',
    async (folder) => {
      await change(REP, 'OBJID="rep1"', 'OBJID="representation-one"')(folder);
      await change(REP, 'LABEL="rep1"', 'LABEL="representation-one"')(folder);
    },
  ],
  ['CSIP2', 'no TYPE', without(ROOT, 'mets', 'TYPE')],
  ['CSIP2', 'TYPE outside the content categories', change(ROOT, 'TYPE="Mixed"', 'TYPE="Hồ sơ"')],
  [
    'CSIP8',
    'LASTMODDATE in the future (E-ARK corpus metsHdr_LASTMODDATE_in_future)',
    change(ROOT, /LASTMODDATE="[^"]*"/, 'LASTMODDATE="2038-01-18T12:00:00"'),
  ],
  [
    'CSIP2',
    'TYPE OTHER without csip:OTHERTYPE (E-ARK corpus CSIP2 mets-xml_mets_TYPE_attribute_value_OTHER_and_csip-OTHERTYPE_attribute_not_exist)',
    change(ROOT, 'TYPE="Mixed"', 'TYPE="OTHER"'),
  ],
  [
    'CSIP2',
    'TYPE OTHER with an empty csip:OTHERTYPE',
    change(ROOT, 'TYPE="Mixed"', 'TYPE="OTHER" csip:OTHERTYPE=""'),
  ],
  [
    'CSIP3',
    'csip:OTHERTYPE with a TYPE other than OTHER (corpus mets-xml_mets_TYPE_not_OTHER_and_csip-OTHERTYPE_exists)',
    change(ROOT, 'TYPE="Mixed"', 'TYPE="Mixed" csip:OTHERTYPE="Hồ sơ"'),
  ],
  [
    'CSIP3',
    'TYPE OTHER with a vocabulary term as csip:OTHERTYPE (corpus mets-xml_mets_TYPE_OTHER_and_csip-OTHERTYPE_vocabulary_1)',
    change(ROOT, 'TYPE="Mixed"', 'TYPE="OTHER" csip:OTHERTYPE="Textual works - Print"'),
  ],
  [
    'CSIP4',
    'a representation METS without CONTENTINFORMATIONTYPE',
    without(REP, 'mets', 'csip:CONTENTINFORMATIONTYPE'),
  ],
  [
    'CSIP4',
    'the package METS without CONTENTINFORMATIONTYPE (a SHOULD)',
    without(ROOT, 'mets', 'csip:CONTENTINFORMATIONTYPE'),
  ],
  [
    'CSIP4',
    'a CONTENTINFORMATIONTYPE outside the vocabulary',
    change(REP, 'csip:CONTENTINFORMATIONTYPE="MIXED"', 'csip:CONTENTINFORMATIONTYPE="PDFA"'),
  ],
  [
    'CSIP4',
    'CONTENTINFORMATIONTYPE OTHER without OTHERCONTENTINFORMATIONTYPE (CSIP5 says how, the E-ARK corpus files it under CSIP4)',
    change(REP, 'csip:CONTENTINFORMATIONTYPE="MIXED"', 'csip:CONTENTINFORMATIONTYPE="OTHER"'),
  ],
  [
    'CSIP5',
    'CONTENTINFORMATIONTYPE OTHER with a vocabulary term as OTHERCONTENTINFORMATIONTYPE (corpus CSIP5 …_vocabulary_1)',
    change(
      REP,
      'csip:CONTENTINFORMATIONTYPE="MIXED"',
      'csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="SIARD2"',
    ),
  ],
  [
    'CSIP5',
    'OTHERCONTENTINFORMATIONTYPE with a CONTENTINFORMATIONTYPE other than OTHER (a SHOULD)',
    change(
      REP,
      'csip:CONTENTINFORMATIONTYPE="MIXED"',
      'csip:CONTENTINFORMATIONTYPE="MIXED" csip:OTHERCONTENTINFORMATIONTYPE="Hồ sơ"',
    ),
  ],
  [
    'CSIP63',
    'fileGrp OTHERCONTENTINFORMATIONTYPE with a CONTENTINFORMATIONTYPE other than OTHER (a SHOULD)',
    change(
      ROOT,
      'csip:CONTENTINFORMATIONTYPE="MIXED">',
      'csip:CONTENTINFORMATIONTYPE="MIXED" csip:OTHERCONTENTINFORMATIONTYPE="Hồ sơ">',
    ),
  ],
  ['CSIP6', 'no PROFILE', without(ROOT, 'mets', 'PROFILE')],
  ['CSIP117', 'no metsHdr', change(ROOT, /<metsHdr[\s\S]*<\/metsHdr>\n/, '')],
  ['CSIP7', 'no CREATEDATE', without(ROOT, 'metsHdr', 'CREATEDATE')],
  [
    'CSIP8',
    'no LASTMODDATE (information: it is required once modified)',
    without(ROOT, 'metsHdr', 'LASTMODDATE'),
  ],
  ['CSIP9', 'no OAISPACKAGETYPE', without(ROOT, 'metsHdr', 'csip:OAISPACKAGETYPE')],
  [
    'CSIP9',
    'OAISPACKAGETYPE outside the vocabulary',
    change(ROOT, 'csip:OAISPACKAGETYPE="AIP"', 'csip:OAISPACKAGETYPE="XIP"'),
  ],
  ['CSIP10', 'no agent', change(ROOT, /<agent[\s\S]*<\/agent>\n/, '')],
  [
    'CSIP11',
    'the software agent with ROLE EDITOR',
    change(ROOT, 'ROLE="CREATOR" TYPE="OTHER"', 'ROLE="EDITOR" TYPE="OTHER"'),
  ],
  [
    'CSIP12',
    'the software agent with TYPE INDIVIDUAL',
    change(ROOT, 'TYPE="OTHER" OTHERTYPE="SOFTWARE"', 'TYPE="INDIVIDUAL" OTHERTYPE="SOFTWARE"'),
  ],
  [
    'CSIP13',
    'the software agent with OTHERTYPE SCANNER',
    change(ROOT, 'OTHERTYPE="SOFTWARE"', 'OTHERTYPE="SCANNER"'),
  ],
  ['CSIP14', 'the software agent without name', change(ROOT, '<name>sohoa tests</name>', '')],
  [
    'CSIP15',
    'the software agent without note',
    change(ROOT, /\s*<note csip:NOTETYPE="SOFTWARE VERSION">1.0<\/note>/, ''),
  ],
  [
    'CSIP15',
    'the software agent with two notes (E-ARK corpus mets-xml_metsHdr_agent_note_2_instances)',
    change(ROOT, /(<note csip:NOTETYPE="SOFTWARE VERSION">1.0<\/note>)/, '$1$1'),
  ],
  [
    'CSIP16',
    'the version note without NOTETYPE',
    change(ROOT, '<note csip:NOTETYPE="SOFTWARE VERSION">', '<note>'),
  ],
  [
    'CSIP17',
    'descriptive metadata in metadata/descriptive/ but no dmdSec (its file is not also unreferenced)',
    change(ROOT, /<dmdSec[\s\S]*<\/dmdSec>\n/, ''),
  ],
  ['CSIP18', 'dmdSec without ID', without(ROOT, 'dmdSec', 'ID')],
  ['CSIP19', 'dmdSec without CREATED', without(ROOT, 'dmdSec', 'CREATED')],
  ['CSIP20', 'dmdSec without STATUS (a SHOULD)', without(ROOT, 'dmdSec', 'STATUS')],
  ['CSIP20', 'dmdSec STATUS outside the vocabulary', change(ROOT, /(<dmdSec[^>]*STATUS=")CURRENT/, '$1NEW')],
  [
    'CSIP21',
    'dmdSec with mdWrap instead of mdRef',
    change(ROOT, /<mdRef [^>]*ead\.xml[^>]*\/>/, '<mdWrap MDTYPE="EAD"><xmlData><x/></xmlData></mdWrap>'),
    'csip',
    ['IP-REF4'],
  ],
  ['CSIP22', 'dmdSec mdRef LOCTYPE URN', mdRefSet(EAD, 'LOCTYPE', 'URN')],
  ['CSIP23', 'dmdSec mdRef without xlink:type', mdRefWithout(EAD, 'xlink:type')],
  ['CSIP24', 'the file of a dmdSec mdRef missing', removed(EAD)],
  ['CSIP25', 'dmdSec mdRef without MDTYPE', mdRefWithout(EAD, 'MDTYPE')],
  ['CSIP26', 'dmdSec mdRef without MIMETYPE', mdRefWithout(EAD, 'MIMETYPE')],
  ['CSIP26', 'dmdSec mdRef MIMETYPE not a media type', mdRefSet(EAD, 'MIMETYPE', 'text/xml text/plain')],
  ['CSIP27', 'dmdSec mdRef without SIZE', mdRefWithout(EAD, 'SIZE')],
  ['CSIP27', 'dmdSec mdRef with a wrong SIZE', mdRefSet(EAD, 'SIZE', '1')],
  ['CSIP28', 'dmdSec mdRef without CREATED', mdRefWithout(EAD, 'CREATED')],
  ['CSIP29', 'dmdSec mdRef without CHECKSUM', mdRefWithout(EAD, 'CHECKSUM')],
  ['CSIP29', 'dmdSec mdRef with a wrong CHECKSUM', mdRefSet(EAD, 'CHECKSUM', '0'.repeat(64))],
  ['CSIP30', 'dmdSec mdRef without CHECKSUMTYPE', mdRefWithout(EAD, 'CHECKSUMTYPE')],
  [
    'CSIP31',
    'preservation metadata in metadata/preservation/ but no amdSec',
    change(ROOT, /<amdSec>[\s\S]*<\/amdSec>\n/, ''),
    'csip',
    ['IP-REF4'],
  ],
  [
    'CSIP32',
    'an amdSec without digiprovMD while metadata/preservation/ holds PREMIS (the PREMIS file not also unreferenced; the Metadata div still lists the removed digiprovMD)',
    change(ROOT, /<digiprovMD[\s\S]*<\/digiprovMD>\n/, ''),
    'csip',
    ['CSIP91'],
  ],
  ['CSIP33', 'digiprovMD without ID', without(ROOT, 'digiprovMD', 'ID')],
  ['CSIP34', 'digiprovMD without STATUS (a SHOULD)', without(ROOT, 'digiprovMD', 'STATUS')],
  [
    'CSIP35',
    'digiprovMD with mdWrap instead of mdRef',
    change(
      ROOT,
      /<mdRef [^>]*premis\.xml[^>]*\/>/,
      '<mdWrap MDTYPE="PREMIS"><xmlData><x/></xmlData></mdWrap>',
    ),
    'csip',
    ['IP-REF4'],
  ],
  ['CSIP36', 'digiprovMD mdRef LOCTYPE URN', mdRefSet(PREMIS, 'LOCTYPE', 'URN')],
  ['CSIP37', 'digiprovMD mdRef without xlink:type', mdRefWithout(PREMIS, 'xlink:type')],
  ['CSIP38', 'the file of a digiprovMD mdRef missing', removed(PREMIS)],
  ['CSIP39', 'digiprovMD mdRef without MDTYPE', mdRefWithout(PREMIS, 'MDTYPE')],
  ['CSIP40', 'digiprovMD mdRef without MIMETYPE', mdRefWithout(PREMIS, 'MIMETYPE')],
  ['CSIP41', 'digiprovMD mdRef with a wrong SIZE', mdRefSet(PREMIS, 'SIZE', '2')],
  ['CSIP42', 'digiprovMD mdRef without CREATED', mdRefWithout(PREMIS, 'CREATED')],
  ['CSIP43', 'digiprovMD mdRef with a wrong CHECKSUM', mdRefSet(PREMIS, 'CHECKSUM', 'A'.repeat(64))],
  ['CSIP44', 'digiprovMD mdRef without CHECKSUMTYPE', mdRefWithout(PREMIS, 'CHECKSUMTYPE')],
  ['CSIP46', 'rightsMD without ID', without(ROOT, 'rightsMD', 'ID')],
  [
    'CSIP47',
    'rightsMD STATUS outside the vocabulary',
    change(ROOT, /(<rightsMD[^>]*STATUS=")CURRENT/, '$1OLD'),
  ],
  [
    'CSIP48',
    'rightsMD with mdWrap instead of mdRef',
    change(
      ROOT,
      /<mdRef [^>]*rights\.xml[^>]*\/>/,
      '<mdWrap MDTYPE="OTHER"><xmlData><x/></xmlData></mdWrap>',
    ),
    'csip',
    ['IP-REF4'],
  ],
  ['CSIP49', 'rightsMD mdRef LOCTYPE URN', mdRefSet(RIGHTS, 'LOCTYPE', 'URN')],
  ['CSIP50', 'rightsMD mdRef without xlink:type', mdRefWithout(RIGHTS, 'xlink:type')],
  ['CSIP51', 'the file of a rightsMD mdRef missing', removed(RIGHTS)],
  ['CSIP52', 'rightsMD mdRef without MDTYPE', mdRefWithout(RIGHTS, 'MDTYPE')],
  ['CSIP53', 'rightsMD mdRef MIMETYPE not a media type', mdRefSet(RIGHTS, 'MIMETYPE', 'xml')],
  ['CSIP54', 'rightsMD mdRef without SIZE', mdRefWithout(RIGHTS, 'SIZE')],
  ['CSIP55', 'rightsMD mdRef without CREATED', mdRefWithout(RIGHTS, 'CREATED')],
  ['CSIP56', 'rightsMD mdRef with a wrong CHECKSUM', mdRefSet(RIGHTS, 'CHECKSUM', 'B'.repeat(64))],
  ['CSIP57', 'rightsMD mdRef without CHECKSUMTYPE', mdRefWithout(RIGHTS, 'CHECKSUMTYPE')],
  [
    'CSIP58',
    "two fileSec (the second one's file and group incomplete: CSIP76, CSIP96)",
    change(
      ROOT,
      '</fileSec>',
      '</fileSec>\n  <fileSec ID="fileSec-2"><fileGrp ID="grp-other" USE="Documentation"><file ID="file-other" MIMETYPE="text/plain" SIZE="1" CREATED="2024-05-01T10:00:00" CHECKSUM="0" CHECKSUMTYPE="CRC32"/></fileGrp></fileSec>',
    ),
    'csip',
    ['CSIP76', 'CSIP96'],
  ],
  ['CSIP59', 'fileSec without ID', without(ROOT, 'fileSec', 'ID')],
  [
    'CSIP60',
    'a documentation file in the Schemas file group',
    withFile('documentation/extra.txt', 'grp-schemas'),
  ],
  [
    'CSIP64',
    'a root file group USE outside the vocabulary (a SHOULD; what it holds is not judged again)',
    change(ROOT, 'USE="Documentation"', 'USE="Docs"'),
  ],
  [
    'CSIP61',
    'fileGrp ADMID naming no metadata section',
    change(ROOT, 'USE="Schemas"', 'USE="Schemas" ADMID="no-such-section"'),
  ],
  [
    'CSIP61',
    'fileGrp ADMID naming a dmdSec (E-ARK corpus fileGrp_ADMID_incorrect_ref: an amdSec section is required)',
    change(ROOT, 'USE="Schemas"', 'USE="Schemas" ADMID="dmd-ead"'),
  ],
  [
    'CSIP62',
    'the Representations file group without CONTENTINFORMATIONTYPE',
    without(ROOT, 'fileGrp', 'csip:CONTENTINFORMATIONTYPE'),
  ],
  [
    'CSIP63',
    'fileGrp CONTENTINFORMATIONTYPE OTHER without OTHERCONTENTINFORMATIONTYPE',
    change(
      ROOT,
      'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="MIXED"',
      'USE="Representations/rep1" csip:CONTENTINFORMATIONTYPE="OTHER"',
    ),
  ],
  [
    'CSIP64',
    'fileGrp without USE (the schemas it holds and the Schemas div pointing at it are not judged again)',
    change(ROOT, ' USE="Schemas"', ''),
  ],
  ['CSIP65', 'fileGrp without ID', change(ROOT, 'ID="grp-schemas" ', ''), 'csip', ['CSIP118']],
  [
    'CSIP66',
    'fileGrp without file',
    change(ROOT, /(<fileGrp ID="grp-schemas" USE="Schemas">)[\s\S]*?(<\/fileGrp>)/, '$1$2'),
    'csip',
    ['IP-REF4'],
  ],
  ['CSIP67', 'file without ID', without(ROOT, 'file', 'ID')],
  ['CSIP68', 'file without MIMETYPE', without(ROOT, 'file', 'MIMETYPE')],
  ['CSIP69', 'file with a wrong SIZE', change(ROOT, /(<file ID="file-readme"[^>]*SIZE=")\d+/, '$199')],
  ['CSIP70', 'file without CREATED', without(ROOT, 'file', 'CREATED')],
  [
    'CSIP71',
    'file with a wrong CHECKSUM',
    change(ROOT, /(<file ID="file-readme"[^>]*CHECKSUM=")[0-9A-F]+/, `$1${'C'.repeat(64)}`),
  ],
  ['CSIP72', 'file without CHECKSUMTYPE', without(ROOT, 'file', 'CHECKSUMTYPE')],
  [
    'CSIP74',
    'file ADMID naming no metadata section',
    change(ROOT, 'ID="file-readme"', 'ID="file-readme" ADMID="nowhere"'),
  ],
  [
    'CSIP75',
    'file DMDID naming no metadata section',
    change(ROOT, 'ID="file-readme"', 'ID="file-readme" DMDID="nowhere"'),
  ],
  [
    'CSIP74',
    'file ADMID naming a dmdSec',
    change(ROOT, 'ID="file-readme"', 'ID="file-readme" ADMID="dmd-ead"'),
  ],
  [
    'CSIP75',
    'file DMDID naming an amdSec section',
    change(ROOT, 'ID="file-readme"', 'ID="file-readme" DMDID="digiprov-premis"'),
  ],
  ['CSIP76', 'file with two FLocat', change(ROOT, /(<FLocat [^>]*readme\.txt"\/>)/, '$1\n        $1')],
  [
    'CSIP77',
    'FLocat LOCTYPE URN',
    change(ROOT, /<FLocat LOCTYPE="URL"( [^>]*readme)/, '<FLocat LOCTYPE="URN"$1'),
  ],
  [
    'CSIP78',
    'FLocat without xlink:type',
    change(ROOT, /(<FLocat [^>]*?) xlink:type="simple"( [^>]*readme)/, '$1$2'),
  ],
  ['CSIP79', 'the file of an FLocat missing', removed('documentation/readme.txt')],
  [
    'CSIP80',
    'two structMaps LABEL="CSIP"',
    change(
      ROOT,
      /(<structMap[\s\S]*<\/structMap>)/,
      '$1\n  <structMap ID="second" TYPE="PHYSICAL" LABEL="CSIP"><div ID="second-div"/></structMap>',
    ),
  ],
  [
    'CSIP81',
    'structMap TYPE LOGICAL',
    change(ROOT, 'TYPE="PHYSICAL" LABEL="CSIP"', 'TYPE="LOGICAL" LABEL="CSIP"'),
  ],
  [
    'CSIP82',
    'structMap labelled otherwise',
    change(ROOT, 'TYPE="PHYSICAL" LABEL="CSIP"', 'TYPE="PHYSICAL" LABEL="Bản đồ"'),
  ],
  ['CSIP83', 'structMap without ID', change(ROOT, 'ID="structMap" ', '')],
  [
    'CSIP84',
    'structMap with two top divisions',
    change(ROOT, '  </structMap>', '    <div ID="div-extra" LABEL="extra"/>\n  </structMap>'),
  ],
  ['CSIP85', 'the top div without ID', change(ROOT, 'ID="div-root" ', '')],
  [
    'CSIP86',
    'CSIP 2.0: the top div LABEL is not the OBJID',
    change(ROOT, `LABEL="${CSIP_OBJID}">`, 'LABEL="another">'),
  ],
  ['CSIP88', 'no Metadata div', change(ROOT, /<div ID="div-metadata"[^>]*\/>/, '')],
  [
    'CSIP88',
    'two Metadata divs',
    change(ROOT, /(<div ID="div-metadata"[^>]*\/>)/, '$1\n      <div ID="div-metadata-2" LABEL="Metadata"/>'),
  ],
  ['CSIP89', 'the Metadata div without ID', change(ROOT, 'ID="div-metadata" ', '')],
  [
    'CSIP91',
    'the Metadata div ADMID omits the rights section',
    change(ROOT, 'ADMID="digiprov-premis rights-statement"', 'ADMID="digiprov-premis"'),
  ],
  [
    'CSIP91',
    'the Metadata div ADMID lists a section that does not exist',
    change(
      ROOT,
      'ADMID="digiprov-premis rights-statement"',
      'ADMID="digiprov-premis rights-statement ghost"',
    ),
  ],
  ['CSIP92', 'the Metadata div without DMDID', change(ROOT, ' DMDID="dmd-ead"', '')],
  [
    'CSIP93',
    'no Documentation div (a SHOULD)',
    change(ROOT, /<div ID="div-documentation"[\s\S]*?<\/div>\n/, ''),
  ],
  [
    'CSIP93',
    'two Documentation divs',
    change(
      ROOT,
      /(<div ID="div-documentation"[\s\S]*?<\/div>\n)/,
      '$1      <div ID="div-documentation-2" LABEL="Documentation"><fptr FILEID="grp-documentation"/></div>\n',
    ),
  ],
  ['CSIP94', 'the Documentation div without ID', change(ROOT, 'ID="div-documentation" ', '')],
  [
    'CSIP95',
    'the div of the Documentation file group labelled otherwise',
    change(ROOT, 'LABEL="Documentation"', 'LABEL="Tài liệu"'),
  ],
  [
    'CSIP96',
    'the Documentation file group pointed at by no fptr',
    change(ROOT, '<fptr FILEID="grp-documentation"/>', ''),
  ],
  [
    'CSIP116',
    'an fptr of the Documentation div without FILEID',
    change(ROOT, '<fptr FILEID="grp-documentation"/>', '<fptr FILEID="grp-documentation"/><fptr/>'),
  ],
  ['CSIP97', 'no Schemas div (a SHOULD)', change(ROOT, /<div ID="div-schemas"[\s\S]*?<\/div>\n/, '')],
  ['CSIP98', 'the Schemas div without ID', change(ROOT, 'ID="div-schemas" ', '')],
  [
    'CSIP99',
    'the div of the Schemas file group labelled otherwise',
    change(ROOT, 'LABEL="Schemas"', 'LABEL="XSD"'),
  ],
  [
    'CSIP100',
    'the Schemas file group pointed at by no fptr',
    change(ROOT, '<fptr FILEID="grp-schemas"/>', ''),
  ],
  [
    'CSIP118',
    'an fptr of the Schemas div pointing at the Documentation group',
    change(
      ROOT,
      '<fptr FILEID="grp-schemas"/>',
      '<fptr FILEID="grp-schemas"/><fptr FILEID="grp-documentation"/>',
    ),
  ],
  [
    'CSIP101',
    'two content divisions',
    change(
      ROOT,
      /(<div ID="div-rep1")/,
      '<div ID="c1" LABEL="Representations"/><div ID="c2" LABEL="Representations"/>\n      $1',
    ),
  ],
  [
    'CSIP102',
    'a content division without ID',
    change(
      ROOT,
      /(<div ID="div-rep1")/,
      '<div LABEL="Representations"><fptr FILEID="grp-rep1"/></div>\n      $1',
    ),
  ],
  [
    'CSIP119',
    'an fptr of the content division pointing at the Schemas group',
    change(
      ROOT,
      /(<div ID="div-rep1")/,
      '<div ID="content" LABEL="Representations"><fptr FILEID="grp-schemas"/></div>\n      $1',
    ),
  ],
  [
    'CSIP103',
    'the div pointing at the Representations group labelled otherwise',
    change(
      ROOT,
      /(<div ID="div-rep1")/,
      '<div ID="content" LABEL="Data"><fptr FILEID="grp-rep1"/></div>\n      $1',
    ),
  ],
  [
    'CSIP104',
    'the Representations file group pointed at by nothing',
    change(ROOT, ' xlink:title="grp-rep1"', ' xlink:title="grp-rep1x"'),
    'csip',
    ['CSIP108'],
  ],
  [
    'CSIP105',
    'a representation METS with no div (its div relabelled: that label, naming no representation, is CSIP107)',
    change(ROOT, 'LABEL="Representations/rep1"', 'LABEL="Representations/rep9"'),
    'csip',
    ['CSIP107'],
  ],
  [
    'CSIP107',
    'a second representation div labelled with a folder the package does not hold',
    change(ROOT, /(<div ID="div-rep1")/, '<div ID="div-rep9" LABEL="Representations/rep9"/>\n      $1'),
  ],
  ['CSIP106', 'the representation div without ID', change(ROOT, 'ID="div-rep1" ', '')],
  [
    'CSIP108',
    'the mptr without xlink:title',
    change(ROOT, ' xlink:title="grp-rep1"', ''),
    'csip',
    ['CSIP104'],
  ],
  ['CSIP109', 'the representation div without mptr', change(ROOT, /<mptr [^>]*\/>/, ''), 'csip', ['CSIP104']],
  [
    'CSIP110',
    'the mptr pointing into another representation than its label',
    change(
      ROOT,
      'xlink:href="representations/rep1/METS.xml" xlink:title',
      'xlink:href="representations/rep2/METS.xml" xlink:title',
    ),
  ],
  ['CSIP111', 'the mptr without xlink:type', change(ROOT, /(<mptr [^>]*?) xlink:type="simple"/, '$1')],
  ['CSIP112', 'the mptr LOCTYPE URN', change(ROOT, '<mptr LOCTYPE="URL"', '<mptr LOCTYPE="URN"')],
  [
    'CSIP113',
    'an XML schema in the Documentation file group',
    withFile('schemas/extra.xsd', 'grp-documentation'),
    'csip',
    ['CSIPSTR16'],
  ],
  [
    'CSIP114',
    'no Representations file group (its USE an own name: CSIP64 too)',
    change(ROOT, 'USE="Representations/rep1"', 'USE="Data"'),
    'csip',
    ['CSIP108', 'CSIP64'],
  ],
  ['SIP1', 'no LABEL (information: a MAY)', without(ROOT, 'mets', 'LABEL'), 'sip'],
  ['SIP1', 'an empty LABEL', change(ROOT, 'LABEL="Sample package"', 'LABEL=""'), 'sip'],
  [
    'SIP2',
    'the CSIP profile instead of the SIP one... written wrong',
    change(
      ROOT,
      'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml',
      'https://earksip.dilcis.eu/profile/SIP.xml',
    ),
    'sip',
  ],
  [
    'SIP3',
    'RECORDSTATUS outside the vocabulary',
    change(ROOT, 'RECORDSTATUS="NEW"', 'RECORDSTATUS="FRESH"'),
    'sip',
  ],
  [
    'SIP4',
    'a SIP profile with OAISPACKAGETYPE AIP',
    change(ROOT, 'csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="AIP"'),
    'sip',
  ],
  [
    'SIP5',
    'two submission agreements',
    change(ROOT, /(<altRecordID TYPE="SUBMISSIONAGREEMENT">[^<]*<\/altRecordID>)/, '$1\n    $1'),
    'sip',
  ],
  [
    'SIP6',
    'an empty previous submission agreement',
    change(ROOT, /(<altRecordID TYPE="PREVIOUSSUBMISSIONAGREEMENT">)[^<]*/, '$1'),
    'sip',
  ],
  [
    'SIP7',
    'no reference code (information: a MAY)',
    change(ROOT, /<altRecordID TYPE="REFERENCECODE">[^<]*<\/altRecordID>\n/, ''),
    'sip',
  ],
  [
    'SIP8',
    'an empty previous reference code',
    change(ROOT, /(<altRecordID TYPE="PREVIOUSREFERENCECODE">)[^<]*/, '$1'),
    'sip',
  ],
  [
    'SIP9',
    'two archival creator agents',
    change(ROOT, /(<agent ROLE="ARCHIVIST"[\s\S]*?<\/agent>)/, '$1\n    $1'),
    'sip',
  ],
  [
    'SIP11',
    'the archival creator agent with TYPE OTHER',
    change(ROOT, 'ROLE="ARCHIVIST" TYPE="ORGANIZATION"', 'ROLE="ARCHIVIST" TYPE="OTHER"'),
    'sip',
  ],
  ['SIP12', 'the archival creator agent without name', change(ROOT, '<name>Sở Nội vụ</name>', ''), 'sip'],
  [
    'SIP14',
    'the archival creator note without NOTETYPE',
    change(ROOT, '<note csip:NOTETYPE="IDENTIFICATIONCODE">VN-SNV-01', '<note>VN-SNV-01'),
    'sip',
  ],
  [
    'SIP15',
    'no submitting agent',
    change(ROOT, /<agent ROLE="CREATOR" TYPE="ORGANIZATION">[\s\S]*?<\/agent>\n/, ''),
    'sip',
  ],
  [
    'SIP17',
    'the submitting agent with TYPE OTHER',
    change(ROOT, 'ROLE="CREATOR" TYPE="ORGANIZATION"', 'ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="UNIT"'),
    'sip',
  ],
  ['SIP18', 'the submitting agent without name', change(ROOT, '<name>Trung tâm Lưu trữ</name>', ''), 'sip'],
  [
    'SIP20',
    'the submitting agent note of another NOTETYPE',
    change(
      ROOT,
      '<note csip:NOTETYPE="IDENTIFICATIONCODE">VN-TTLT-01',
      '<note csip:NOTETYPE="SOFTWARE VERSION">VN-TTLT-01',
    ),
    'sip',
  ],
  ['SIP24', 'the contact person without name', change(ROOT, '<name>Nguyễn Văn An</name>', ''), 'sip'],
  [
    'SIP26',
    'two preservation agents',
    change(ROOT, /(<agent ROLE="PRESERVATION"[\s\S]*?<\/agent>)/, '$1\n    $1'),
    'sip',
  ],
  [
    'SIP28',
    'the preservation agent with TYPE INDIVIDUAL',
    change(ROOT, 'ROLE="PRESERVATION" TYPE="ORGANIZATION"', 'ROLE="PRESERVATION" TYPE="INDIVIDUAL"'),
    'sip',
  ],
  ['SIP29', 'the preservation agent without name', change(ROOT, '<name>Lưu trữ lịch sử</name>', ''), 'sip'],
  [
    'SIP31',
    'the preservation agent note without NOTETYPE',
    change(ROOT, '<note csip:NOTETYPE="IDENTIFICATIONCODE">VN-LTLS-01', '<note>VN-LTLS-01'),
    'sip',
  ],
  [
    'SIP32',
    'no file with FILEFORMATNAME (information: a MAY)',
    change(ROOT, ' sip:FILEFORMATNAME="Plain text"', ''),
    'sip',
  ],
  [
    'SIP32',
    'an empty FILEFORMATNAME',
    change(ROOT, 'sip:FILEFORMATNAME="Plain text"', 'sip:FILEFORMATNAME=""'),
    'sip',
  ],
  ['SIP33', 'no file with FILEFORMATVERSION', change(ROOT, ' sip:FILEFORMATVERSION="1"', ''), 'sip'],
  [
    'SIP34',
    'an empty FILEFORMATREGISTRY',
    change(ROOT, 'sip:FILEFORMATREGISTRY="PRONOM"', 'sip:FILEFORMATREGISTRY=""'),
    'sip',
  ],
  ['SIP35', 'no file with FILEFORMATKEY', change(ROOT, ' sip:FILEFORMATKEY="x-fmt/111"', ''), 'sip'],
];

describe('E-ARK CSIP and SIP requirements, one break at a time', () => {
  it('names nothing in the sample CSIP and SIP packages, which meet every requirement', async () => {
    expect(await named(csip)).toEqual([]);
    expect(await named(sip)).toEqual([]);
    const report = await validatePackage(sip, { profile: 'csip' });
    expect(report).toMatchObject({ valid: true, specVersion: '2.1' });
  });

  it.each(CASES)('%s: %s', async (requirement, _what, breakIt, kind = 'csip', also = []) => {
    const folder = await copyOf(kind === 'sip' ? sip : csip);
    await breakIt(folder);
    expect(new Set(await named(folder))).toEqual(new Set([requirement, ...also]));
  });
});

describe('E-ARK SIP agent names by version', () => {
  // SIP12, SIP18, SIP29 are MAYs in SIP 2.0.4 and 2.1.0 and MUSTs in 2.2.0; SIP24 is a MUST in all.
  const severityOf = async (name: string, specVersion: CsipVersion) => {
    const folder = await copyOf(sip);
    await change(ROOT, `<name>${name}</name>`, '<name> </name>')(folder);
    const report = await validatePackage(folder, { profile: 'csip', specVersion });
    return report.findings.map((finding) => [finding.requirement, finding.severity]);
  };

  it('an empty archival creator name is a warning in 2.1, an error in 2.2', async () => {
    expect(await severityOf('Sở Nội vụ', '2.1')).toEqual([['SIP12', 'warning']]);
    expect(await severityOf('Sở Nội vụ', '2.2')).toEqual([['SIP12', 'error']]);
  });

  it('an empty contact person name is an error in every version', async () => {
    expect(await severityOf('Nguyễn Văn An', '2.0')).toEqual([['SIP24', 'error']]);
  });
});
