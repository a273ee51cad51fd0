import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SohoaError } from '@sohoa/base';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { edit, rewrite } from '../__fixtures__/rewrite-package.js';
import {
  type Break,
  DOC1,
  EAD_DOC1,
  REP_METS,
  SAMPLE_AIP_FOLDER,
  sampleAip,
} from '../__fixtures__/sample-aip.js';
import { samplePackageInput } from '../__fixtures__/sample-package.js';
import { expectVietnamese } from '../__fixtures__/vietnamese-findings.js';
import { buildPackage } from '../build/build-package.js';
import { toJsonReport } from '../report/json-report.js';
import { toJunitReport } from '../report/junit-report.js';
import type { ValidationProfile } from './finding.js';
import { validatePackage } from './validate-package.js';

const sample = sampleAip();

async function requirementsOf(folder: string, profile: ValidationProfile = 'vn-tt05'): Promise<string[]> {
  const report = await validatePackage(folder, { profile });
  expectVietnamese(report.findings);
  return [...new Set(report.findings.map((finding) => finding.requirement))];
}

const plainPdf = async (): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  document.addPage([100, 100]);
  return document.save();
};

type Case = [string, string, ValidationProfile, Break];

/** One case per attribute: the attribute removed from the root METS `mdRef` of `href` in `section`. */
function mdRefCases(section: string, href: string, requirements: Record<string, string>): Case[] {
  return Object.entries(requirements).map(([name, requirement]) => [
    requirement,
    `${section} mdRef without ${name}`,
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(new RegExp(`(<mets:mdRef (?=[^>]*xlink:href="${href}")[^>]*?) ${name}="[^"]+"`), '$1'),
      ),
  ]);
}

/** One case per attribute: the attribute removed from the first data `file` of the representation. */
function fileCases(requirements: Record<string, string>): Case[] {
  return Object.entries(requirements).map(([name, requirement]) => [
    requirement,
    `file without ${name}`,
    'vn-tt05',
    (f) =>
      edit(f, REP_METS, (t) => t.replace(new RegExp(`(<mets:file ID="[^"]+"[^>]*?) ${name}="[^"]+"`), '$1')),
  ]);
}

/** Each case breaks the built package in exactly one way; the profile and the one rule expected. */
const CASES: Case[] = [
  ['CSIP1', 'no OBJID', 'vn-tt05', (f) => edit(f, 'METS.xml', (t) => t.replace(/ OBJID="[^"]+"/, ''))],
  [
    'CSIP7',
    'no CREATEDATE',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/ CREATEDATE="[^"]+"/, '')),
  ],
  [
    'CSIP9',
    'no OAISPACKAGETYPE',
    'csip',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/ csip:OAISPACKAGETYPE="AIP"/, '')),
  ],
  [
    'CSIP16',
    'no software version note type',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(' csip:NOTETYPE="SOFTWARE VERSION"', '')),
  ],
  [
    'CSIP29',
    'dmdSec mdRef without CHECKSUM',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:mdRef[^>]*EAD[^>]*) CHECKSUM="[^"]+"/, '$1')),
  ],
  [
    'CSIP71',
    'file without CHECKSUM',
    'vn-tt05',
    (f) =>
      edit(f, 'representations/rep1/METS.xml', (t) => t.replace(/(<mets:file [^>]*) CHECKSUM="[^"]+"/, '$1')),
  ],
  [
    'CSIP81',
    'structMap not PHYSICAL',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace('TYPE="PHYSICAL"', 'TYPE="LOGICAL"')),
  ],
  [
    'CSIP86',
    'top div label is not the OBJID',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) => t.replace(/(<mets:div ID="[^"]+" LABEL=")urn:uuid:[^"]+"/, '$1package"')),
  ],
  [
    'CSIP2',
    'no TYPE (csip: TT05-TYPE1 would also see it)',
    'csip',
    (f) => edit(f, 'METS.xml', (t) => t.replace(' TYPE="Mixed"', '')),
  ],
  [
    'CSIP6',
    'no PROFILE',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(' PROFILE="http://www.ra.ee/METS/v01/IP.xml"', '')),
  ],
  [
    'CSIP117',
    'no metsHdr',
    'csip',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/<mets:metsHdr[\s\S]*<\/mets:metsHdr>\n/, '')),
  ],
  [
    'CSIP13',
    'the software agent is not marked SOFTWARE (its OTHERTYPE names the requirement broken)',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace('OTHERTYPE="SOFTWARE"', 'OTHERTYPE="SCANNER"')),
  ],
  [
    'CSIP19',
    'dmdSec without CREATED',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:dmdSec ID="[^"]+") CREATED="[^"]+"/, '$1')),
  ],
  ...mdRefCases('dmdSec', 'metadata/descriptive/EAD.xml', {
    'xlink:type': 'CSIP23',
    MIMETYPE: 'CSIP26',
    SIZE: 'CSIP27',
    CREATED: 'CSIP28',
    CHECKSUMTYPE: 'CSIP30',
  }),
  [
    'CSIP24',
    'dmdSec mdRef without xlink:href (and no EAD.xml)',
    'csip',
    async (f) => {
      await rm(join(f, 'metadata/descriptive/EAD.xml'));
      await edit(f, 'METS.xml', (t) => t.replace(' xlink:href="metadata/descriptive/EAD.xml"', ''));
    },
  ],
  ...mdRefCases('digiprovMD', 'metadata/preservation/PREMIS.xml', {
    'xlink:type': 'CSIP37',
    MIMETYPE: 'CSIP40',
    SIZE: 'CSIP41',
    CREATED: 'CSIP42',
    CHECKSUM: 'CSIP43',
    CHECKSUMTYPE: 'CSIP44',
  }),
  [
    'CSIP38',
    'digiprovMD mdRef without xlink:href (and no PREMIS.xml)',
    'csip',
    async (f) => {
      await rm(join(f, 'metadata/preservation/PREMIS.xml'));
      await edit(f, 'METS.xml', (t) => t.replace(' xlink:href="metadata/preservation/PREMIS.xml"', ''));
    },
  ],
  [
    'CSIP59',
    'fileSec without ID',
    'vn-tt05',
    (f) => edit(f, REP_METS, (t) => t.replace(/(<mets:fileSec) ID="[^"]+"/, '$1')),
  ],
  ['CSIP64', 'fileGrp without USE', 'vn-tt05', (f) => edit(f, REP_METS, (t) => t.replace(' USE="Data"', ''))],
  [
    'CSIP65',
    'fileGrp without ID (the structMap points at the fileSec instead)',
    'vn-tt05',
    (f) =>
      edit(f, REP_METS, (t) => {
        const group = /<mets:fileGrp ID="([^"]+)"/.exec(t)?.[1] ?? '';
        const section = /<mets:fileSec ID="([^"]+)"/.exec(t)?.[1] ?? '';
        return t.replace(` ID="${group}"`, '').replace(`FILEID="${group}"`, `FILEID="${section}"`);
      }),
  ],
  ...fileCases({ MIMETYPE: 'CSIP68', SIZE: 'CSIP69', CREATED: 'CSIP70', CHECKSUMTYPE: 'CSIP72' }),
  [
    'CSIP76',
    'file with two FLocat',
    'vn-tt05',
    (f) =>
      edit(f, REP_METS, (t) =>
        t.replace(/(\s*<mets:FLocat [^>]*data\/H49\.64\.33\.2001\.160\.1\.pdf"\/>)/, '$1$1'),
      ),
  ],
  [
    'CSIP78',
    'FLocat without xlink:type',
    'vn-tt05',
    (f) =>
      edit(f, REP_METS, (t) =>
        t.replace('<mets:FLocat LOCTYPE="URL" xlink:type="simple"', '<mets:FLocat LOCTYPE="URL"'),
      ),
  ],
  [
    'CSIP79',
    'FLocat without xlink:href (and no data file)',
    'csip',
    async (f) => {
      await rm(join(f, DOC1));
      await edit(f, REP_METS, (t) => t.replace(' xlink:href="data/H49.64.33.2001.160.1.pdf"', ''));
    },
  ],
  [
    'CSIP80',
    'two structMaps labelled CSIP (CSIP80: ONE CSIP structMap)',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) => {
        const map = /<mets:structMap[\s\S]*<\/mets:structMap>/.exec(t)?.[0] ?? '';
        return t.replace(map, `${map}\n  ${map.replaceAll(/ID="uuid-/g, 'ID="copy-')}`);
      }),
  ],
  [
    'CSIP88',
    'no div labelled Metadata',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace('LABEL="Metadata"', 'LABEL="Metadaten"')),
  ],
  [
    'CSIP110',
    'the mptr without xlink:href (the representation METS is still read through the fileSec)',
    'csip',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:mptr [^>]*?) xlink:href="[^"]+"/, '$1')),
  ],
  [
    'CSIP91',
    'Metadata div without ADMID (the PREMIS digiprovMD is not listed)',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(LABEL="Metadata" DMDID="[^"]+") ADMID="[^"]+"/, '$1')),
  ],
  [
    'CSIP92',
    'Metadata div does not list the dmdSec of the second document',
    'vn-tt05',
    (f) => edit(f, REP_METS, (t) => t.replace(/(LABEL="Metadata" DMDID="[^" ]+) [^"]+"/, '$1"')),
  ],
  [
    'CSIP93',
    'no Documentation div (a SHOULD: a warning, the package stays valid)',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(/\s*<mets:div [^>]*LABEL="Documentation">[\s\S]*?<\/mets:div>/, ''),
      ),
  ],
  [
    'CSIP94',
    'Documentation div without ID',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(/<mets:div ID="[^"]+" LABEL="Documentation">/, '<mets:div LABEL="Documentation">'),
      ),
  ],
  [
    'CSIP95',
    'Documentation div labelled otherwise',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace('LABEL="Documentation"', 'LABEL="Tài liệu kèm theo"')),
  ],
  [
    'CSIP96',
    'Documentation div without fptr',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(/(LABEL="Documentation")>\s*<mets:fptr [^>]*\/>\s*<\/mets:div>/, '$1/>'),
      ),
  ],
  [
    'CSIP116',
    'Documentation div with a second fptr pointing at the Schemas file group',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) => {
        const schemas = /<mets:fileGrp ID="([^"]+)" USE="Schemas"/.exec(t)?.[1] ?? '';
        return t.replace(
          /(LABEL="Documentation">\s*<mets:fptr [^>]*\/>)/,
          `$1<mets:fptr FILEID="${schemas}"/>`,
        );
      }),
  ],
  [
    'TT05-NAME1',
    'EAD_doc not named after its data file',
    'vn-tt05',
    async (f) => {
      await cp(join(f, EAD_DOC1), join(f, EAD_DOC1.replace('EAD_doc_', 'EAD_document_')));
      await rm(join(f, EAD_DOC1));
      await edit(f, REP_METS, (t) =>
        t.replace('/EAD_doc_H49.64.33.2001.160.1.xml', '/EAD_document_H49.64.33.2001.160.1.xml'),
      );
    },
  ],
  [
    'IP-XML1',
    'DOCTYPE in the root METS',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace('?>\n', '?>\n<!DOCTYPE mets [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'),
      ),
  ],
  [
    'IP-XSD1',
    'element unknown to METS',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace('</mets:metsHdr>', '  <mets:bogus/>\n  </mets:metsHdr>')),
  ],
  ['CSIP24', 'file referenced by a dmdSec missing', 'csip', (f) => rm(join(f, EAD_DOC1))],
  [
    'CSIP27',
    'size declared by a dmdSec reference wrong',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:mdRef[^>]*EAD.xml[^>]*SIZE=")\d+/, '$11')),
  ],
  [
    'CSIP71',
    'data file altered, same size (the checksum its file element declares)',
    'csip',
    async (f) => {
      const bytes = await readFile(join(f, DOC1));
      bytes.writeUInt8((bytes.at(-40) ?? 0) ^ 0x01, bytes.length - 40);
      await writeFile(join(f, DOC1), bytes);
    },
  ],
  [
    'IP-REF4',
    'file not referenced',
    'vn-tt05',
    (f) => writeFile(join(f, 'representations/rep1/data/notes.txt'), 'x'),
  ],
  [
    'TT05-PROFILE1',
    'SIP profile on an AIP',
    'vn-tt05',
    (f) =>
      edit(f, 'METS.xml', (t) =>
        t.replace(
          'PROFILE="http://www.ra.ee/METS/v01/IP.xml"',
          'PROFILE="https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml"',
        ),
      ),
  ],
  [
    'TT05-TYPE1',
    'METS TYPE outside the circular',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace('TYPE="Mixed"', 'TYPE="Textual"')),
  ],
  [
    'TT05-OBJID1',
    'folder not named after the OBJID',
    'vn-tt05',
    async (f) => {
      await cp(f, `${f}-renamed`, { recursive: true });
      await rm(f, { recursive: true });
      await cp(`${f}-renamed`, f.replace(SAMPLE_AIP_FOLDER, 'hoso-160'), { recursive: true });
    },
  ],
  [
    'TT05-TIME1',
    'UTC time in PREMIS',
    'vn-tt05',
    (f) =>
      edit(f, 'metadata/preservation/PREMIS.xml', (t) =>
        t.replace('2025-07-21T08:00:00+07:00', '2025-07-21T01:00:00Z'),
      ),
  ],
  [
    'TT05-SUM1',
    'MD5 checksum type',
    'vn-tt05',
    (f) => edit(f, 'METS.xml', (t) => t.replace(/(<mets:file [^>]*CHECKSUMTYPE=")SHA-256/, '$1MD5')),
  ],
  [
    'TT05-STR1',
    'EAD.xml moved out of its place',
    'vn-tt05',
    async (f) => {
      await cp(join(f, 'metadata/descriptive/EAD.xml'), join(f, 'metadata/descriptive/dossier.xml'));
      await rm(join(f, 'metadata/descriptive/EAD.xml'));
      await edit(f, 'METS.xml', (t) => t.replace('descriptive/EAD.xml', 'descriptive/dossier.xml'));
    },
  ],
  [
    'TT05-EAD1',
    'dossier retention code 09',
    'vn-tt05',
    (f) =>
      edit(f, 'metadata/descriptive/EAD.xml', (t) =>
        t.replace('<maintenance>01</maintenance>', '<maintenance>09</maintenance>'),
      ),
  ],
  [
    'TT05-EAD2',
    'document type code 40',
    'vn-tt05',
    (f) => edit(f, EAD_DOC1, (t) => t.replace('<typeName>02</typeName>', '<typeName>40</typeName>')),
  ],
  [
    'TT05-EAD3',
    'totalDoc does not count the documents',
    'vn-tt05',
    (f) =>
      edit(f, 'metadata/descriptive/EAD.xml', (t) =>
        t.replace('<totalDoc>2</totalDoc>', '<totalDoc>3</totalDoc>'),
      ),
  ],
  [
    'TT05-EAD4',
    'docOrdinal differs from docCode',
    'vn-tt05',
    (f) => edit(f, EAD_DOC1, (t) => t.replace('<docOrdinal>1</docOrdinal>', '<docOrdinal>5</docOrdinal>')),
  ],
  [
    'TT05-PREMIS1',
    'PREMIS element out of schema',
    'vn-tt05',
    (f) =>
      edit(f, 'metadata/preservation/PREMIS.xml', (t) =>
        t.replace('<eventType>transfer</eventType>', '<eventKind>transfer</eventKind>'),
      ),
  ],
  [
    'TT05-PREMIS2',
    'PREMIS fixity wrong',
    'vn-tt05',
    (f) =>
      edit(f, 'representations/rep1/metadata/preservation/PREMIS_rep1.xml', (t) =>
        t.replace(/<messageDigest>[0-9A-F]{4}/, '<messageDigest>0000'),
      ),
  ],
  [
    'TT05-PREMIS3',
    'event links an unknown agent',
    'vn-tt05',
    (f) =>
      edit(f, 'metadata/preservation/PREMIS.xml', (t) =>
        t.replace(/<linkingAgentIdentifierValue>uuid-[0-9A-F]{4}/, '<linkingAgentIdentifierValue>uuid-0000'),
      ),
  ],
  [
    'TT05-PREMIS4',
    'a data file not linked to the fixity event',
    'vn-tt05',
    async (f) => {
      const premis = await readFile(join(f, 'metadata/preservation/PREMIS.xml'), 'utf8');
      const fixity =
        /<eventIdentifierValue>([^<]+)<\/eventIdentifierValue>\s*<\/eventIdentifier>\s*<eventType>message digest calculation</.exec(
          premis,
        )?.[1] ?? '';
      await edit(f, 'representations/rep1/metadata/preservation/PREMIS_rep1.xml', (t) =>
        t.replace(
          new RegExp(
            `\\s*<linkingEventIdentifier>\\s*<linkingEventIdentifierType>local</linkingEventIdentifierType>\\s*<linkingEventIdentifierValue>${fixity}</linkingEventIdentifierValue>\\s*</linkingEventIdentifier>`,
          ),
          '',
        ),
      );
    },
  ],
  [
    'TT05-PREMIS5',
    'the OCR model agent without its SHA-256',
    'vn-tt05',
    (f) =>
      edit(f, 'metadata/preservation/PREMIS.xml', (t) =>
        t.replace(/\s*<agentNote>SHA-256 [0-9A-F]{64}<\/agentNote>/, ''),
      ),
  ],
  ['TT05-PDF1', 'PDF that is not PDF/A', 'vn-tt05', async (f) => rewrite(f, DOC1, await plainPdf())],
];

describe('validatePackage, one broken rule at a time', () => {
  it('finds nothing in the package as built, with either profile', async () => {
    expect(await requirementsOf(sample.path(), 'vn-tt05')).toEqual([]);
    expect(await requirementsOf(sample.path(), 'csip')).toEqual([]);
  });

  it.each(CASES)('%s: %s', async (requirement, _what, profile, breakIt) => {
    const folder = await sample.copy();
    await breakIt(folder);
    const target = requirement === 'TT05-OBJID1' ? folder.replace(SAMPLE_AIP_FOLDER, 'hoso-160') : folder;
    expect(await requirementsOf(target, profile)).toEqual([requirement]);
  });

  it('reports CSIP93 (a SHOULD) as a warning that leaves the package valid', async () => {
    const folder = await sample.copy();
    await edit(folder, 'METS.xml', (t) =>
      t.replace(/\s*<mets:div [^>]*LABEL="Documentation">[\s\S]*?<\/mets:div>/, ''),
    );
    const report = await validatePackage(folder);
    expect(report.valid).toBe(true);
    expect(report.findings).toMatchObject([{ requirement: 'CSIP93', severity: 'warning' }]);
  });

  it('reports the file and line of a schema error', async () => {
    const folder = await sample.copy();
    await edit(folder, 'METS.xml', (t) => t.replace('</mets:metsHdr>', '  <mets:bogus/>\n  </mets:metsHdr>'));
    const report = await validatePackage(folder);
    const line =
      (await readFile(join(folder, 'METS.xml'), 'utf8')).split('\n').findIndex((l) => l.includes('bogus')) +
      1;
    expect(report.findings[0]).toMatchObject({
      requirement: 'IP-XSD1',
      file: 'METS.xml',
      line,
      severity: 'error',
    });
  });
});

describe('ZIP safety', () => {
  async function zipWith(entries: Array<[string, string, number?]>): Promise<Buffer> {
    const zip = new ZipFile();
    for (const [name, content, mode] of entries)
      zip.addBuffer(Buffer.from(content), name, mode ? { mode } : {});
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async function codeOf(bytes: Uint8Array): Promise<unknown> {
    const path = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-zip-')), 'p.zip');
    await writeFile(path, bytes);
    return validatePackage(path).then(
      () => 'no error',
      (error: { code?: string }) => error.code,
    );
  }

  /** Renames an entry in place (same length) in both the local header and the central directory. */
  function renamed(bytes: Buffer, from: string, to: string): Buffer {
    return Buffer.from(bytes.toString('latin1').replaceAll(from, to), 'latin1');
  }

  it('refuses ".." and absolute paths with PACKAGE_UNSAFE_PATH', async () => {
    const zip = await zipWith([
      ['pkg/METS.xml', '<a/>'],
      ['pkg/xx/evil.txt', 'x'],
      ['pkg/yyy/abs.txt', 'x'],
    ]);
    expect(await codeOf(renamed(zip, 'pkg/xx/', 'pkg/../'))).toBe('PACKAGE_UNSAFE_PATH');
    expect(await codeOf(renamed(zip, 'pkg/yyy/abs.txt', '/kg/yyy/abs.txt'))).toBe('PACKAGE_UNSAFE_PATH');
    const path = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-')), 'up.zip');
    await writeFile(path, renamed(zip, 'pkg/xx/', 'pkg/../'));
    const error = (await validatePackage(path).catch((caught: unknown) => caught)) as SohoaError;
    expect(error.describe('vi')).toBe(
      '[@sohoa/ip] validatePackage: mục "pkg/../evil.txt" trong tệp ZIP dùng ".." để trỏ ra ngoài gói. ' +
        'Cách khắc phục: Tạo lại tệp ZIP chỉ với đường dẫn tương đối nằm trong thư mục của gói.',
    );
  });

  it('refuses symbolic links with PACKAGE_UNSAFE_PATH', async () => {
    expect(
      await codeOf(
        await zipWith([
          ['pkg/METS.xml', '<a/>'],
          ['pkg/link', '/etc/passwd', 0o120777],
        ]),
      ),
    ).toBe('PACKAGE_UNSAFE_PATH');
  });

  it('refuses a truncated archive with PACKAGE_CORRUPT', async () => {
    const zip = await readFile(
      (
        await buildPackage(await samplePackageInput('SIP_hoso', 1), {
          destination: join(await mkdtemp(join(tmpdir(), 'sohoa-ip-')), 'p.zip'),
        })
      ).path,
    );
    expect(await codeOf(zip.subarray(0, Math.floor(zip.length / 2)))).toBe('PACKAGE_CORRUPT');
  });

  it('refuses a zip bomb entry with PACKAGE_LIMIT_EXCEEDED', async () => {
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from('<a/>'), 'pkg/METS.xml');
    zip.addBuffer(Buffer.alloc(8 * 1024 ** 2), 'pkg/zeros.bin', { compress: true });
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    expect(await codeOf(Buffer.concat(chunks))).toBe('PACKAGE_LIMIT_EXCEEDED');
  });
});

describe('reports', () => {
  it('writes JSON with every finding and JUnit with one failing case per requirement', async () => {
    const folder = await sample.copy();
    await writeFile(join(folder, 'stray.txt'), 'x');
    const report = await validatePackage(folder);
    const json = JSON.parse(toJsonReport(report));
    expect(json).toMatchObject({
      valid: false,
      errors: 1,
      findings: [{ requirement: 'IP-REF4', file: 'stray.txt' }],
    });
    const junit = toJunitReport(report);
    expect(junit).toContain('<testcase classname="sohoa.ip" name="IP-REF4" file="stray.txt">');
    expect(junit).toContain('failures="1"');
    expect(toJunitReport(await validatePackage(sample.path()))).toContain('failures="0"');
    // With the CSIP profile the unreferenced file is a warning, written to system-out, here in Vietnamese.
    const csip = await validatePackage(folder, { profile: 'csip' });
    expect(toJunitReport(csip, { language: 'vi' })).toContain(
      '<system-out>cảnh báo IP-REF4 stray.txt &quot;stray.txt&quot; có trong gói nhưng không tệp METS nào tham chiếu tới nó.</system-out>',
    );
  });
});
