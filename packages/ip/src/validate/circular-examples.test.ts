/**
 * Packages made by hand in the shapes of the examples of Thông tư 05/2025/TT-BNV, including the
 * circular's known inconsistencies (standards reference §3.8), with the verdicts PROFILE.md
 * documents ("Known defects of the circular").
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit } from '../__fixtures__/rewrite-package.js';
import { samplePackageInput } from '../__fixtures__/sample-package.js';
import { expectVietnamese } from '../__fixtures__/vietnamese-findings.js';
import { buildPackage } from '../build/build-package.js';
import type { ValidationProfile } from './finding.js';
import { validatePackage } from './validate-package.js';

const built: Record<'AIP_hoso' | 'SIP_hoso', string> = { AIP_hoso: '', SIP_hoso: '' };

beforeAll(async () => {
  for (const type of ['AIP_hoso', 'SIP_hoso'] as const) {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-circular-'));
    built[type] = (
      await buildPackage(await samplePackageInput(type, 1), { format: 'folder', destination: folder })
    ).path;
  }
});

async function copyOf(type: 'AIP_hoso' | 'SIP_hoso'): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-shape-')), built[type].split('/').at(-1) ?? '');
  await cp(built[type], folder, { recursive: true });
  return folder;
}

async function verdict(folder: string, profile: ValidationProfile = 'vn-tt05'): Promise<string[]> {
  const report = await validatePackage(folder, { profile });
  expectVietnamese(report.findings);
  return [...new Set(report.findings.map((finding) => `${finding.severity}:${finding.requirement}`))];
}

const DOSSIER_EAD = 'metadata/descriptive/EAD.xml';
/** The METS profile of an E-ARK DIP, which the root METS of the circular's Appendix V example names. */
const DIP_PROFILE = 'https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml';

describe('the circular’s known inconsistencies (§3.8), judged as PROFILE.md says', () => {
  it('METS schema file named mets_1_11.xsd or mets1_12.xsd: only the namespace counts, both are valid', async () => {
    for (const name of ['mets_1_11.xsd', 'mets1_12.xsd']) {
      const folder = await copyOf('AIP_hoso');
      await rename(join(folder, 'schemas/mets.xsd'), join(folder, `schemas/${name}`));
      await edit(folder, 'representations/rep1/METS.xml', (t) =>
        t.replace('../../schemas/mets.xsd', `../../schemas/${name}`),
      );
      await edit(folder, 'METS.xml', (t) =>
        t.replace(' schemas/mets.xsd', ` schemas/${name}`).replace('"schemas/mets.xsd"', `"schemas/${name}"`),
      );
      expect(await verdict(folder)).toEqual([]);
    }
  });

  it('a DIP labelled OAISPACKAGETYPE="SIP" (Appendix V): judged as the SIP it claims, its DIP profile breaks TT05-PROFILE1', async () => {
    const folder = await copyOf('SIP_hoso');
    await edit(folder, 'METS.xml', (t) => t.replace(/ PROFILE="[^"]+"/, ` PROFILE="${DIP_PROFILE}"`));
    expect(await verdict(folder)).toEqual(['error:TT05-PROFILE1']);
    expect(await verdict(folder, 'csip')).toEqual([]);
  });

  it('the same DIP labelled "DIP" as its table requires: validated as a DIP (its EAD is still a dossier\'s: TT05-EAD1, TT05-EAD2); CSIP-valid', async () => {
    const folder = await copyOf('SIP_hoso');
    await edit(folder, 'METS.xml', (t) =>
      t
        .replace(/ PROFILE="[^"]+"/, ` PROFILE="${DIP_PROFILE}"`)
        .replace('csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="DIP"'),
    );
    expect(await verdict(folder)).toEqual(['error:TT05-EAD1', 'error:TT05-EAD2']);
    expect(await verdict(folder, 'csip')).toEqual([]);
  });

  it('@USER="Holeyfile" where @USE is meant: CSIP64 alone (one cause), its message naming the misspelt @USER', async () => {
    const folder = await copyOf('AIP_hoso');
    await edit(folder, 'representations/rep1/METS.xml', (t) => t.replace('USE="Data"', 'USER="Holeyfile"'));
    const report = await validatePackage(folder);
    expect(report.findings.map((finding) => finding.requirement)).toEqual(['CSIP64']);
    expect(report.findings[0]?.message).toContain('@USER');
    expect(report.findings[0]?.message).toContain('USER');
  });

  it('Appendix III: the 16 elements of its XSD (no riskRecovery*) and the 18 of its skeleton are both valid', async () => {
    const sixteen = await copyOf('SIP_hoso');
    await edit(sixteen, DOSSIER_EAD, (t) =>
      t.replace('  <riskRecovery></riskRecovery>\n  <riskRecoveryStatus></riskRecoveryStatus>\n', ''),
    );
    expect((await readFile(join(sixteen, DOSSIER_EAD), 'utf8')).match(/<[a-zA-Z]+>/g)).toHaveLength(17);
    expect(await verdict(sixteen)).toEqual([]);
    const eighteen = await copyOf('SIP_hoso');
    await edit(eighteen, DOSSIER_EAD, (t) =>
      t.replace(
        '<riskRecovery></riskRecovery>\n  <riskRecoveryStatus></riskRecoveryStatus>',
        '<riskRecovery>1</riskRecovery>\n  <riskRecoveryStatus>01</riskRecoveryStatus>',
      ),
    );
    expect(await verdict(eighteen)).toEqual([]);
  });

  it('Appendix III skeleton with riskRecovery=1 but no riskRecoveryStatus: TT05-EAD1 (required when a backup is kept)', async () => {
    const folder = await copyOf('SIP_hoso');
    await edit(folder, DOSSIER_EAD, (t) =>
      t.replace('<riskRecovery></riskRecovery>', '<riskRecovery>1</riskRecovery>'),
    );
    expect(await verdict(folder)).toEqual(['error:TT05-EAD1']);
  });

  it('a holey link (*.fetch.txt in data/, format not in the sources): an ordinary data file, TT05-EAD2 for want of an EAD_doc', async () => {
    const folder = await copyOf('SIP_hoso');
    const name = 'H49.64.33.2001.160.2.pdf.fetch.txt';
    const text =
      'https://archive.example/delivered/H49.64.33.2001.160.2.pdf 5848 data/H49.64.33.2001.160.2.pdf\n';
    await writeFile(join(folder, 'representations/rep1/data', name), text);
    const sum = createHash('sha256').update(text).digest('hex').toUpperCase();
    await edit(folder, 'representations/rep1/METS.xml', (t) =>
      t.replace(
        '    </mets:fileGrp>',
        `      <mets:file ID="ID-holey" MIMETYPE="text/plain" SIZE="${text.length}" CREATED="2025-08-01T09:00:00+07:00" CHECKSUM="${sum}" CHECKSUMTYPE="SHA-256">\n        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="data/${name}"/>\n      </mets:file>\n    </mets:fileGrp>`,
      ),
    );
    expect(await verdict(folder)).toEqual(['error:TT05-EAD2']);
    expect(await verdict(folder, 'csip')).toEqual([]);
  });
});

const DOC_EAD = 'representations/rep1/metadata/descriptive/EAD_doc_H49.64.33.2001.160.1.xml';

/**
 * A DIP in the shape of Appendix V: the SIP made a DIP (`OAISPACKAGETYPE="DIP"`, the E-ARK DIP
 * profile), its `EAD.xml` the access request (7 fields), its `EAD_doc` the DIP document record
 * (`arcDocCode` for `docCode`, no `organName`).
 */
async function dip(): Promise<string> {
  const folder = await copyOf('SIP_hoso');
  for (const mets of ['METS.xml', 'representations/rep1/METS.xml']) {
    await edit(folder, mets, (t) =>
      t
        .replace(/ PROFILE="https:\/\/earkcsip[^"]+"( TYPE="Mixed")?/, (match) =>
          mets === 'METS.xml' ? match.replace(/PROFILE="[^"]+"/, `PROFILE="${DIP_PROFILE}"`) : match,
        )
        .replace('csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="DIP"'),
    );
  }
  await edit(
    folder,
    DOSSIER_EAD,
    () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n<simpledc>\n  <requestID>PYC-2025-0012</requestID>\n  <requestDate>15/08/2025</requestDate>\n  <purpose>01</purpose>\n  <purposeContent>Nghiên cứu lịch sử giáo dục tỉnh Quảng Ninh</purposeContent>\n  <feeObjectType>01</feeObjectType>\n  <researchTopic>Hệ thống trường trung học phổ thông 1990–2005</researchTopic>\n  <description></description>\n</simpledc>\n',
  );
  await edit(folder, DOC_EAD, (t) =>
    t
      .replace(/<docCode>([^<]+)<\/docCode>/, '<arcDocCode>TTLT1.$1</arcDocCode>')
      .replace(/\s*<organName>[^<]*<\/organName>/, ''),
  );
  return folder;
}

describe('DIP (Appendix V), validated but not built', () => {
  it('a DIP in the shape of the circular is valid, with either profile, and reported as a DIP', async () => {
    const folder = await dip();
    expect(await verdict(folder)).toEqual([]);
    expect(await verdict(folder, 'csip')).toEqual([]);
    expect((await validatePackage(folder)).packageType).toBe('DIP');
  });

  it('TT05-PROFILE1: a DIP whose root METS names the CSIP profile', async () => {
    const folder = await dip();
    await edit(folder, 'METS.xml', (t) =>
      t.replace(`PROFILE="${DIP_PROFILE}"`, 'PROFILE="https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml"'),
    );
    expect(await verdict(folder)).toEqual(['error:TT05-PROFILE1']);
  });

  it('TT05-EAD1: the access request with a purpose outside 01–03, a field it does not have, a bad date, a value too long, fields out of order', async () => {
    for (const change of [
      (t: string) => t.replace('<purpose>01</purpose>', '<purpose>07</purpose>'),
      (t: string) => t.replace('<description>', '<title>Hồ sơ</title>\n  <description>'),
      (t: string) => t.replace('15/08/2025', '31/02/2025'),
      (t: string) => t.replace('<requestID>PYC-2025-0012', `<requestID>${'X'.repeat(101)}`),
    ]) {
      const folder = await dip();
      await edit(folder, DOSSIER_EAD, change);
      expect(await verdict(folder)).toEqual(['error:TT05-EAD1']);
    }
    const swapped = await dip();
    await edit(swapped, DOSSIER_EAD, (t) =>
      t.replace(/(<requestID>[^<]*<\/requestID>)\s*(<requestDate>[^<]*<\/requestDate>)/, '$2\n  $1'),
    );
    expect(await verdict(swapped)).toEqual(['error:TT05-EAD1']);
  });

  it('TT05-EAD1: an access request with a DOCTYPE, not well-formed, or with another root element', async () => {
    for (const change of [
      (t: string) => t.replace('<simpledc>', '<!DOCTYPE simpledc>\n<simpledc>'),
      (t: string) => t.replace('</simpledc>', '</simpledc'),
      (t: string) => t.replaceAll('simpledc>', 'request>'),
    ]) {
      const folder = await dip();
      await edit(folder, DOSSIER_EAD, change);
      expect(await verdict(folder)).toEqual(['error:TT05-EAD1']);
    }
  });

  it('TT05-EAD2: a DIP document still described as a SIP document (docCode, organName)', async () => {
    const folder = await dip();
    await edit(folder, DOC_EAD, (t) =>
      t.replace(/<arcDocCode>TTLT1\.([^<]+)<\/arcDocCode>/, '<docCode>$1</docCode>'),
    );
    expect(await verdict(folder)).toEqual(['error:TT05-EAD2']);
  });

  it('TT05-EAD4: an arcDocCode without its 7-digit ordinal', async () => {
    const folder = await dip();
    await edit(folder, DOC_EAD, (t) => t.replace(/(<arcDocCode>[^<]+)\.0000001</, '$1.1<'));
    expect(await verdict(folder)).toEqual(['error:TT05-EAD4']);
  });
});
