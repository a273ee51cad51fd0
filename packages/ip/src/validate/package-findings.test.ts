import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { CSIP_OBJID, writeCsipPackage } from '../__fixtures__/csip-package.js';
import { edit } from '../__fixtures__/rewrite-package.js';
import { expectVietnamese } from '../__fixtures__/vietnamese-findings.js';
import { toJunitReport } from '../report/junit-report.js';
import { DEFAULT_LIMITS } from './package-source.js';
import { validatePackage } from './validate-package.js';

let pristine: string;

beforeAll(async () => {
  pristine = await writeCsipPackage(await mkdtemp(join(tmpdir(), 'sohoa-pkg-')));
});

async function copy(name = CSIP_OBJID): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'sohoa-pkg-case-')), name);
  await cp(pristine, folder, { recursive: true });
  return folder;
}

async function check(path: string, options: Parameters<typeof validatePackage>[1] = {}) {
  const report = await validatePackage(path, { profile: 'csip', ...options });
  expectVietnamese(report.findings);
  return { report, named: [...new Set(report.findings.map((finding) => finding.requirement))] };
}

async function filesOf(folder: string, prefix = ''): Promise<string[]> {
  const result: string[] = [];
  for (const entry of await readdir(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) result.push(...(await filesOf(folder, path)));
    else result.push(path);
  }
  return result;
}

/** The folders under `folder` that hold nothing (a ZIP keeps them as folder entries). */
async function emptyFoldersOf(folder: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(folder, prefix), { withFileTypes: true });
  if (prefix && entries.length === 0) return [prefix];
  const result: string[] = [];
  for (const entry of entries.filter((each) => each.isDirectory())) {
    result.push(...(await emptyFoldersOf(folder, prefix ? `${prefix}/${entry.name}` : entry.name)));
  }
  return result;
}

/** Zips a package folder; `entries` adds or replaces entries (written in this order, after the others). */
async function zipOf(
  folder: string,
  top: string | undefined,
  extra: Array<[string, string | Uint8Array]> = [],
  compress = true,
): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'sohoa-pkg-zip-')), 'package.zip');
  const zip = new ZipFile();
  const name = (file: string) => (top === undefined ? file : `${top}/${file}`);
  for (const [file, content] of extra) zip.addBuffer(Buffer.from(content), name(file));
  for (const file of await filesOf(folder))
    zip.addBuffer(await readFile(join(folder, file)), name(file), { compress });
  for (const empty of await emptyFoldersOf(folder)) zip.addEmptyDirectory(name(empty));
  zip.end();
  await writeFile(
    path,
    await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      zip.outputStream
        .on('data', (chunk: Buffer) => chunks.push(chunk))
        .on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
  return path;
}

describe('references the way Windows packages write them', () => {
  it('IP-REF5: a Windows separator in xlink:href is read as "/" and warned about, with the fix', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace('xlink:href="documentation/readme.txt"', 'xlink:href="documentation\\readme.txt"'),
    );
    const { report, named } = await check(folder);
    expect(named).toEqual(['IP-REF5']);
    expect(report.valid).toBe(true);
    expect(report.findings[0]?.message).toContain('xlink:href="documentation/readme.txt"');
  });

  it('IP-REF6: a reference differing from its file only in letter case is resolved and warned about, once', async () => {
    const folder = await copy();
    await rename(join(folder, 'schemas/sample.xsd'), join(folder, 'schemas/Sample.xsd'));
    const { report, named } = await check(folder);
    expect(named).toEqual(['IP-REF6']);
    expect(report.valid).toBe(true);
    expect(report.findings[0]).toMatchObject({ file: 'METS.xml', severity: 'warning' });
    expect(report.findings[0]?.message).toContain('xlink:href="schemas/Sample.xsd"');
  });

  it('verifies MD5 checksums: right, nothing; wrong, CSIP71', async () => {
    const folder = await copy();
    const md5 = createHash('md5')
      .update(await readFile(join(folder, 'documentation/readme.txt')))
      .digest('hex');
    const declare = (value: string) =>
      edit(folder, 'METS.xml', (t) =>
        t.replace(
          /(<file ID="file-readme"[^>]*CHECKSUM=")[^"]+" CHECKSUMTYPE="[^"]+"/,
          `$1${value}" CHECKSUMTYPE="MD5"`,
        ),
      );
    await declare(md5);
    expect((await check(folder)).named).toEqual([]);
    await declare('0'.repeat(32));
    expect((await check(folder)).named).toEqual(['CSIP71']);
  });
});

describe('the package METS and folder', () => {
  it('CSIPSTR4: a METS named Mets.xml, with the rename to make', async () => {
    const folder = await copy();
    await rename(join(folder, 'METS.xml'), join(folder, 'Mets.xml'));
    const { report, named } = await check(folder);
    expect(named).toEqual(['CSIPSTR4']);
    expect(report.findings[0]?.message).toContain('"Mets.xml" is there: rename it to METS.xml');
  });

  it('CSIPSTR4: an empty METS.xml is said to be empty, not "Document is empty"', async () => {
    const folder = await copy();
    await writeFile(join(folder, 'METS.xml'), '');
    const { report, named } = await check(folder);
    expect(named).toEqual(['CSIPSTR4']);
    expect(report.findings[0]?.message).toBe(
      'METS.xml is empty (0 bytes): it holds no XML document describing the package.',
    );
  });

  it('CSIPSTR2 and CSIP1: a root folder not named after the OBJID (a SHOULD both state)', async () => {
    const { report, named } = await check(await copy('renamed-package'));
    expect(named).toEqual(['CSIP1', 'CSIPSTR2']);
    expect(report.valid).toBe(true);
  });

  it('CSIPSTR1: a ZIP whose entries do not sit under one root folder', async () => {
    expect((await check(await zipOf(pristine, CSIP_OBJID))).named).toEqual([]);
    expect((await check(await zipOf(pristine, undefined))).named).toEqual(['CSIPSTR1']);
  });

  it('CSIPSTR11, CSIPSTR15: the recommended folders and places', async () => {
    const folder = await copy();
    await rename(join(folder, 'representations/rep1/data'), join(folder, 'representations/rep1/content'));
    await edit(folder, 'representations/rep1/METS.xml', (t) =>
      t.replace('xlink:href="data/record.txt"', 'xlink:href="content/record.txt"'),
    );
    expect((await check(folder)).named).toEqual(['CSIPSTR11']);
    await rename(join(folder, 'schemas'), join(folder, 'xsd'));
    await edit(folder, 'METS.xml', (t) =>
      t.replace('xlink:href="schemas/sample.xsd"', 'xlink:href="xsd/sample.xsd"'),
    );
    expect((await check(folder)).named).toEqual(['CSIPSTR11', 'CSIPSTR15']);
  });

  it('CSIPSTR13: a representation folder without its metadata/ folder (a SHOULD), in a folder and in a ZIP', async () => {
    const folder = await copy();
    expect((await check(await zipOf(folder, CSIP_OBJID))).named).toEqual([]);
    await rm(join(folder, 'representations/rep1/metadata'), { recursive: true });
    const { report, named } = await check(folder);
    expect(named).toEqual(['CSIPSTR13']);
    expect(report).toMatchObject({
      valid: true,
      findings: [expect.objectContaining({ severity: 'warning' })],
    });
    expect((await check(await zipOf(folder, CSIP_OBJID))).named).toEqual(['CSIPSTR13']);
  });
});

describe('IP-NAME1: names one file system would store as one file', () => {
  it('a ZIP holding a tampered copy of a file first and the genuine one second: the first is checked', async () => {
    const original = await readFile(join(pristine, 'documentation/readme.txt'));
    const tampered = Buffer.from(original);
    tampered[0] = (tampered[0] ?? 0) ^ 0x20;
    const { report, named } = await check(
      await zipOf(pristine, CSIP_OBJID, [['documentation/readme.txt', tampered]]),
    );
    expect(named).toEqual(['IP-NAME1', 'CSIP71']);
    expect(report.valid).toBe(false);
    expect(report.findings[0]?.message).toContain('unzip extracts the first copy');
  });

  it('names equal but for letter case, or for Unicode normalization (NFC and NFD)', async () => {
    const folder = await copy();
    await writeFile(join(folder, 'documentation/README.txt'), 'other\n');
    const cased = await check(folder);
    expect(cased.named).toEqual(['IP-NAME1', 'IP-REF4']);
    expect(cased.report.findings[0]?.message).toContain('differ only in letter case');
    const unicode = await copy();
    await writeFile(join(unicode, 'documentation/Hồ sơ.txt'.normalize('NFC')), 'a\n');
    await writeFile(join(unicode, 'documentation/Hồ sơ.txt'.normalize('NFD')), 'b\n');
    const normalized = await check(unicode);
    expect(normalized.named).toEqual(['IP-NAME1', 'IP-REF4']);
    expect(normalized.report.findings[0]?.message).toContain('Unicode normalization');
  });
});

describe('CSIP versions', () => {
  const breakTopLabel = (folder: string) =>
    edit(folder, 'METS.xml', (t) => t.replace(`LABEL="${CSIP_OBJID}">`, 'LABEL="another">'));

  it('CSIP86 is a CSIP 2.0 requirement: declared 2.2 (PROFILE) or forced 2.2, the top div label is free', async () => {
    const folder = await copy();
    await breakTopLabel(folder);
    expect((await check(folder)).named).toEqual(['CSIP86']);
    expect((await check(folder, { specVersion: '2.2' })).named).toEqual([]);
    await edit(folder, 'METS.xml', (t) =>
      t.replace('profile/E-ARK-CSIP.xml', 'profile/E-ARK-CSIP-v2-2-0.xml'),
    );
    const declared = await check(folder);
    expect(declared.named).toEqual([]);
    expect(declared.report.specVersion).toBe('2.2');
  });

  it('csip:CONTENTINFORMATIONTYPE from the version’s vocabulary: a cits… term is 2.2, not 2.0', async () => {
    const folder = await copy();
    await edit(folder, 'representations/rep1/METS.xml', (t) =>
      t.replace('csip:CONTENTINFORMATIONTYPE="MIXED"', 'csip:CONTENTINFORMATIONTYPE="citssiard_v1_0"'),
    );
    const detected = await check(folder);
    expect(detected.report.specVersion).toBe('2.0');
    expect(detected.named).toEqual(['CSIP4']);
    expect((await check(folder, { specVersion: '2.2' })).named).toEqual([]);
  });
});

describe('CSIP82 in 2.0 drafts', () => {
  it('"CSIP StructMap" (the 2.0 draft label the E-ARK corpus uses) means 2.0 and is accepted there, not in 2.2', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace('TYPE="PHYSICAL" LABEL="CSIP"', 'TYPE="PHYSICAL" LABEL="CSIP StructMap"'),
    );
    const detected = await check(folder);
    expect(detected.report.specVersion).toBe('2.0');
    expect(detected.named).toEqual([]);
    expect((await check(folder, { specVersion: '2.2' })).named).toContain('CSIP82');
  });
});

describe('CSIP104 by version', () => {
  it('a Representations file group pointed at by nothing is an error in 2.0 and 2.1 (MUST), a warning in 2.2 (SHOULD)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace(' xlink:title="grp-rep1"', ' xlink:title="grp-rep1x"'));
    const severity = async (specVersion: '2.0' | '2.1' | '2.2') =>
      (await check(folder, { specVersion })).report.findings.find((f) => f.requirement === 'CSIP104')
        ?.severity;
    expect(await severity('2.0')).toBe('error');
    expect(await severity('2.1')).toBe('error');
    expect(await severity('2.2')).toBe('warning');
  });
});

describe('requirement levels by version (metsHdr, dmdSec, amdSec, fileSec)', () => {
  const severityOf = async (folder: string, requirement: string, specVersion: '2.0' | '2.1' | '2.2') =>
    (await check(folder, { specVersion })).report.findings
      .filter((finding) => finding.requirement === requirement)
      .map((finding) => finding.severity);

  it('a MIMETYPE that is no IANA media type: an error in 2.0 and 2.1, a warning in 2.2 (another agreed list allowed)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace(/(<mdRef [^>]*premis\.xml"[^>]*?)MIMETYPE="[^"]*"/, '$1MIMETYPE="premis"'),
    );
    expect(await severityOf(folder, 'CSIP40', '2.0')).toEqual(['error']);
    expect(await severityOf(folder, 'CSIP40', '2.1')).toEqual(['error']);
    expect(await severityOf(folder, 'CSIP40', '2.2')).toEqual(['warning']);
  });

  it('descriptive metadata without a dmdSec is a SHOULD (CSIP17) in every version', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace(/<dmdSec[\s\S]*<\/dmdSec>\n/, ''));
    for (const version of ['2.0', '2.1', '2.2'] as const) {
      expect(await severityOf(folder, 'CSIP17', version)).toEqual(['warning']);
    }
  });
});

describe('E-ARK SIP or not', () => {
  it('OAISPACKAGETYPE SIP under the E-ARK project IP profile (CSIP drafts, corpus IP_18000_…) is CSIP, not an E-ARK SIP; under an unknown profile it is', async () => {
    const folder = await copy();
    const declare = (profile: string) =>
      edit(folder, 'METS.xml', (t) =>
        t
          .replace(/ PROFILE="[^"]+"/, ` PROFILE="${profile}"`)
          .replace('csip:OAISPACKAGETYPE="AIP"', 'csip:OAISPACKAGETYPE="SIP"'),
      );
    await declare('http://www.eark-project.com/METS/IP.xml');
    expect((await check(folder)).named).toEqual([]);
    await declare('https://archive.example/profile/SIP.xml');
    expect((await check(folder)).named).toContain('SIP2');
  });
});

describe('CSIP31', () => {
  it('an empty amdSec is named (E-ARK corpus IP_18000_CSIP31_2), apart from the second amdSec it also is', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace('<amdSec>', '<amdSec ID="amd-empty"/>\n  <amdSec>'));
    const { report, named } = await check(folder);
    expect(named).toEqual(['CSIP31']);
    expect(report.findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^The METS has 2 amdSec/),
      expect.stringMatching(/^The amdSec is empty/),
    ]);
  });
});

describe('structMap levels by version', () => {
  const severities = async (folder: string, requirement: string, specVersion: '2.0' | '2.1' | '2.2') =>
    (await check(folder, { specVersion })).report.findings
      .filter((finding) => finding.requirement === requirement)
      .map((finding) => finding.severity);

  it('a Documentation file group pointed at by no fptr: an error in 2.0 and 2.1 (MUST), a warning in 2.2 (SHOULD)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace('<fptr FILEID="grp-documentation"/>', ''));
    expect(await severities(folder, 'CSIP96', '2.0')).toEqual(['error']);
    expect(await severities(folder, 'CSIP96', '2.1')).toEqual(['error']);
    expect(await severities(folder, 'CSIP96', '2.2')).toEqual(['warning']);
  });

  it("a Schemas file group referenced by the div's @CONTENTIDS (the 2.0 drafts' way): enough in 2.0 only", async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace(
        '<div ID="div-schemas" LABEL="Schemas">\n        <fptr FILEID="grp-schemas"/>',
        '<div ID="div-schemas" LABEL="Schemas" CONTENTIDS="grp-schemas">',
      ),
    );
    expect(await severities(folder, 'CSIP100', '2.0')).toEqual([]);
    expect(await severities(folder, 'CSIP100', '2.1')).toEqual(['error']);
    expect(await severities(folder, 'CSIP100', '2.2')).toEqual(['warning']);
  });

  it('the Metadata div not listing a current dmdSec is a SHOULD (CSIP92)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace(' DMDID="dmd-ead"', ''));
    expect(await severities(folder, 'CSIP92', '2.0')).toEqual(['warning']);
  });
});

describe('references of MAY and SHOULD attributes (CSIP61, CSIP74, CSIP75 MAY; CSIP91, CSIP92 SHOULD)', () => {
  // [requirement, what, the METS edit, the severity]: an ID of another kind of section is a warning
  // (the package would conform without the attribute); an ID no element has is an error (IDREF).
  const cases: Array<[string, string, (text: string) => string, 'warning' | 'error']> = [
    [
      'CSIP61',
      'fileGrp ADMID naming a dmdSec',
      (t) => t.replace('USE="Schemas"', 'USE="Schemas" ADMID="dmd-ead"'),
      'warning',
    ],
    [
      'CSIP61',
      'fileGrp ADMID naming no ID',
      (t) => t.replace('USE="Schemas"', 'USE="Schemas" ADMID="nowhere"'),
      'error',
    ],
    [
      'CSIP74',
      'file ADMID naming a dmdSec',
      (t) => t.replace('ID="file-readme"', 'ID="file-readme" ADMID="dmd-ead"'),
      'warning',
    ],
    [
      'CSIP74',
      'file ADMID naming a file group',
      (t) => t.replace('ID="file-readme"', 'ID="file-readme" ADMID="grp-schemas"'),
      'warning',
    ],
    [
      'CSIP75',
      'file DMDID naming an amdSec section',
      (t) => t.replace('ID="file-readme"', 'ID="file-readme" DMDID="digiprov-premis"'),
      'warning',
    ],
    [
      'CSIP75',
      'file DMDID naming no ID',
      (t) => t.replace('ID="file-readme"', 'ID="file-readme" DMDID="nowhere"'),
      'error',
    ],
    [
      'CSIP91',
      'Metadata div ADMID listing the dmdSec too',
      (t) =>
        t.replace(
          'ADMID="digiprov-premis rights-statement"',
          'ADMID="digiprov-premis rights-statement dmd-ead"',
        ),
      'warning',
    ],
    [
      'CSIP92',
      'Metadata div DMDID listing a rightsMD too',
      (t) => t.replace('DMDID="dmd-ead"', 'DMDID="dmd-ead rights-statement"'),
      'warning',
    ],
    [
      'CSIP92',
      'Metadata div DMDID listing no ID',
      (t) => t.replace('DMDID="dmd-ead"', 'DMDID="dmd-ead ghost"'),
      'error',
    ],
  ];
  it.each(cases)('%s: %s is one %s', async (requirement, _what, change, severity) => {
    const folder = await copy();
    await edit(folder, 'METS.xml', change);
    const { report, named } = await check(folder);
    expect(named).toEqual([requirement]);
    expect(report.findings.map((finding) => finding.severity)).toEqual([severity]);
    expect(report.valid).toBe(severity !== 'error');
  });
});

describe('CSIP 2.0 vocabulary', () => {
  it('ERMS is a 2.0 content information type (the E-ARK corpus uses it in its CSIP 2.0.4 packages)', async () => {
    const folder = await copy();
    await edit(folder, 'representations/rep1/METS.xml', (t) =>
      t.replace('csip:CONTENTINFORMATIONTYPE="MIXED"', 'csip:CONTENTINFORMATIONTYPE="ERMS"'),
    );
    const detected = await check(folder, { specVersion: '2.0' });
    expect(detected.named).toEqual([]);
    await edit(folder, 'representations/rep1/METS.xml', (t) =>
      t.replace('csip:CONTENTINFORMATIONTYPE="ERMS"', 'csip:CONTENTINFORMATIONTYPE="EMAIL"'),
    );
    expect((await check(folder, { specVersion: '2.0' })).named).toEqual(['CSIP4']);
  });
});

describe('line numbers', () => {
  it('stay exact beyond line 65,535 (libxml2 stores 16 bits)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t
        .replace('  <structMap', `${'  <!-- padding -->\n'.repeat(70_000)}  <structMap`)
        .replace('ID="div-schemas" ', ''),
    );
    const text = await readFile(join(folder, 'METS.xml'), 'utf8');
    const expected = text.slice(0, text.indexOf('<div LABEL="Schemas"')).split('\n').length;
    expect(expected).toBeGreaterThan(70_000);
    const { report } = await check(folder);
    expect(report.findings).toEqual([expect.objectContaining({ requirement: 'CSIP98', line: expected })]);
  });
});

describe('JUnit', () => {
  it('groups findings by requirement: one failing test case per requirement, each finding with file and line', async () => {
    const folder = await copy();
    await edit(folder, 'representations/rep1/METS.xml', (t) => t.replace(' MIMETYPE="text/plain"', ''));
    await edit(folder, 'METS.xml', (t) =>
      t.replace(' MIMETYPE="text/plain"', '').replace(' CHECKSUMTYPE="SHA-256"', ''),
    );
    const report = await validatePackage(folder, { profile: 'csip' });
    const junit = toJunitReport(report);
    expect(junit.match(/<testcase /g)).toHaveLength(2);
    expect(junit).toContain('<testcase classname="sohoa.ip" name="CSIP68" file="METS.xml">');
    expect(junit).toContain('failures="2"');
    // One finding a line: the line break is written &#10;, which every XML parser reads as one.
    expect(junit).toMatch(
      /2 finding\(s\) of CSIP68[^>]*>METS\.xml:\d+ file has no @MIMETYPE\.&#10;representations\/rep1\/METS\.xml:\d+ file has no @MIMETYPE\./,
    );
    // In Vietnamese: the findings and the words around them.
    expect(toJunitReport(report, { language: 'vi' })).toMatch(
      /2 kết quả kiểm tra vi phạm CSIP68[^>]*>METS\.xml:\d+ Phần tử file không có thuộc tính @MIMETYPE\.&#10;/,
    );
  });
});

describe('a METS too large to parse', () => {
  it('is refused before it is read (PACKAGE_LIMIT_EXCEEDED); by default past 48 MiB, which keeps libxml2 under 1 GB', async () => {
    expect(DEFAULT_LIMITS.maxXmlBytes).toBe(48 * 1024 ** 2);
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace('</metsHdr>', `${'    <!-- x -->\n'.repeat(80_000)}  </metsHdr>`),
    );
    const zip = await zipOf(folder, CSIP_OBJID, [], false);
    await expect(
      validatePackage(zip, { profile: 'csip', limits: { maxXmlBytes: 1024 ** 2 } }),
    ).rejects.toMatchObject({
      code: 'PACKAGE_LIMIT_EXCEEDED',
      details: { option: 'maxXmlBytes', path: 'METS.xml' },
    });
  });
});

describe('metadata sections with nothing to describe (E-ARK corpus CSIP21, CSIP32)', () => {
  it('an empty amdSec beside a PREMIS file is CSIP32: no digiprovMD describes it (IP_18000_CSIP32_3)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace(/<amdSec>[\s\S]*?<\/amdSec>/, '<amdSec ID="amd-empty"/>'),
    );
    const { report, named } = await check(folder);
    expect(named).toEqual(['CSIP32', 'IP-REF4']);
    expect(report.findings.find((finding) => finding.requirement === 'CSIP32')?.severity).toBe('warning');
    // The PREMIS file is named by CSIP32; the rights file, whose rightsMD went with the amdSec, is unreferenced.
    expect(report.findings.filter((finding) => finding.requirement === 'IP-REF4').map((f) => f.file)).toEqual(
      ['metadata/rights.xml'],
    );
  });

  it('a digiprovMD without mdRef: CSIP35 beside a PREMIS file, CSIP32 when there is none (IP_18000_CSIP32_2)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace(/(<digiprovMD [^>]*>)\s*<mdRef [^>]*\/>/, '$1'));
    expect((await check(folder)).named).toEqual(['CSIP35', 'IP-REF4']);
    await rm(join(folder, 'metadata/preservation/premis.xml'));
    expect((await check(folder)).named).toEqual(['CSIP32']);
  });

  it('an empty dmdSec: CSIP21 beside a descriptive file, nothing when there is none (IP_18000_CSIP21_1, conforming)', async () => {
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => t.replace(/(<dmdSec [^>]*>)\s*<mdRef [^>]*\/>/, '$1'));
    expect((await check(folder)).named).toEqual(['CSIP21', 'IP-REF4']);
    await rm(join(folder, 'metadata/descriptive/ead.xml'));
    expect((await check(folder)).named).toEqual([]);
  });
});

describe('package structure (CSIPSTR5–CSIPSTR12) and other references (IP-REF1–3), one break each', () => {
  /** Moves a file of the package and rewrites the root METS reference to it. */
  const moveFile = async (folder: string, from: string, to: string) => {
    await mkdir(dirname(join(folder, to)), { recursive: true });
    await rename(join(folder, from), join(folder, to));
    await edit(folder, 'METS.xml', (t) => t.replace(`xlink:href="${from}"`, `xlink:href="${to}"`));
  };

  it('CSIPSTR6, CSIPSTR7: preservation and descriptive metadata outside their folders', async () => {
    const folder = await copy();
    await moveFile(folder, 'metadata/preservation/premis.xml', 'metadata/other/premis.xml');
    expect((await check(folder)).named).toEqual(['CSIPSTR6']);
    await moveFile(
      folder,
      'metadata/preservation/premis.xml'.replace('preservation', 'other'),
      'metadata/preservation/premis.xml',
    );
    await moveFile(folder, 'metadata/descriptive/ead.xml', 'metadata/other/ead.xml');
    expect((await check(folder)).named).toEqual(['CSIPSTR7']);
  });

  it('CSIPSTR5: a package without metadata/ (and so without metadata sections)', async () => {
    const folder = await copy();
    await rm(join(folder, 'metadata'), { recursive: true });
    await edit(folder, 'METS.xml', (t) =>
      t
        .replace(/<dmdSec [\s\S]*?<\/amdSec>\n/, '')
        .replace(' DMDID="dmd-ead" ADMID="digiprov-premis rights-statement"', ''),
    );
    expect((await check(folder)).named).toEqual(['CSIPSTR5']);
  });

  it('CSIPSTR9: a package without representations/', async () => {
    const folder = await copy();
    await rm(join(folder, 'representations'), { recursive: true });
    await edit(folder, 'METS.xml', (t) =>
      t
        .replace(/<fileGrp ID="grp-rep1"[\s\S]*?<\/fileGrp>\n/, '')
        .replace(/<div ID="div-rep1"[\s\S]*?<\/div>\n/, ''),
    );
    expect((await check(folder)).named).toEqual(['CSIPSTR9']);
  });

  it('CSIPSTR10, CSIPSTR12: a file directly in representations/, a representation folder without METS.xml', async () => {
    const folder = await copy();
    await writeFile(join(folder, 'representations/list.txt'), 'rep1\n');
    expect((await check(folder)).named).toEqual(['CSIPSTR10', 'IP-REF4']);
    await rm(join(folder, 'representations/list.txt'));
    await mkdir(join(folder, 'representations/rep2/data'), { recursive: true });
    await mkdir(join(folder, 'representations/rep2/metadata'), { recursive: true });
    expect((await check(folder)).named).toEqual(['CSIPSTR12']);
  });

  it('IP-REF1, IP-REF2, IP-REF3: a techMD reference to a missing file, of another size, of another checksum', async () => {
    const bytes = new TextEncoder().encode('<tech/>\n');
    const sum = createHash('sha256').update(bytes).digest('hex').toUpperCase();
    const techMd = (size: number, checksum: string) =>
      `<techMD ID="tech-1"><mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="metadata/tech.xml" MDTYPE="OTHER" MIMETYPE="text/xml" SIZE="${size}" CREATED="2024-05-01T10:00:00" CHECKSUM="${checksum}" CHECKSUMTYPE="SHA-256"/></techMD>\n    <rightsMD`;
    // The Metadata div lists every amdSec section (CSIP91), the techMD too.
    const listed = (t: string) => t.replace('ADMID="digiprov-premis', 'ADMID="tech-1 digiprov-premis');
    const cases: Array<[string, number, string, boolean]> = [
      ['IP-REF1', bytes.length, sum, false],
      ['IP-REF2', bytes.length + 1, sum, true],
      ['IP-REF3', bytes.length, 'A'.repeat(64), true],
    ];
    const folder = await copy();
    await edit(folder, 'METS.xml', (t) => listed(t.replace('<rightsMD', techMd(bytes.length, sum))));
    await writeFile(join(folder, 'metadata/tech.xml'), bytes);
    expect((await check(folder)).named).toEqual([]);
    for (const [requirement, size, checksum, present] of cases) {
      const broken = await copy();
      await edit(broken, 'METS.xml', (t) => listed(t.replace('<rightsMD', techMd(size, checksum))));
      if (present) await writeFile(join(broken, 'metadata/tech.xml'), bytes);
      expect((await check(broken)).named).toEqual([requirement]);
    }
  });
});
