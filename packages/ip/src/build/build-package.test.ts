import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XmlDocument } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { openPromise } from 'yauzl';
import { CREATED_AT, samplePackageInput } from '../__fixtures__/sample-package.js';
import { validatePackage } from '../validate/validate-package.js';
import { shippedValidator } from '../xml/schema-set.js';
import { buildPackage } from './build-package.js';
import type { PackageType } from './package-types.js';

const TYPES: PackageType[] = ['AIP_hoso', 'SIP_hoso', 'AIP_tailieu', 'SIP_tailieu'];

async function zipEntries(path: string): Promise<Map<string, Buffer>> {
  const zip = await openPromise(path, { autoClose: false });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    entries.set(entry.fileName, Buffer.concat(chunks));
  }
  zip.close();
  return entries;
}

describe('buildPackage', () => {
  it.each(TYPES)('builds a %s ZIP that validates against vn-tt05 with no finding', async (type) => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-'));
    const built = await buildPackage(await samplePackageInput(type, 3), {
      destination: join(folder, 'p.zip'),
    });
    const report = await validatePackage(built.path, { profile: 'vn-tt05' });
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ valid: true, packageType: type, objectId: built.objectId });
  });

  it('writes the AIP_hoso tree of the circular, with METS and PREMIS valid against their schemas', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-'));
    const built = await buildPackage(await samplePackageInput('AIP_hoso', 2), {
      destination: join(folder, 'p.zip'),
    });
    const entries = await zipEntries(built.path);
    const root = 'urn_uuid_9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e/';
    expect([...entries.keys()].map((name) => name.slice(root.length)).sort()).toEqual([
      'METS.xml',
      'metadata/descriptive/EAD.xml',
      'metadata/preservation/PREMIS.xml',
      'representations/rep1/METS.xml',
      'representations/rep1/data/H49.64.33.2001.160.1.pdf',
      'representations/rep1/data/H49.64.33.2001.160.2.pdf',
      'representations/rep1/metadata/descriptive/EAD_doc_H49.64.33.2001.160.1.xml',
      'representations/rep1/metadata/descriptive/EAD_doc_H49.64.33.2001.160.2.xml',
      'representations/rep1/metadata/preservation/PREMIS_rep1.xml',
      'schemas/DILCISExtensionMETS.xsd',
      'schemas/EAD.xsd',
      'schemas/EAD_doc.xsd',
      'schemas/mets.xsd',
      'schemas/premis.xsd',
      'schemas/xlink.xsd',
    ]);
    for (const [name, schema] of [
      ['METS.xml', 'mets.xsd'],
      ['representations/rep1/METS.xml', 'mets.xsd'],
      ['metadata/preservation/PREMIS.xml', 'premis.xsd'],
      ['representations/rep1/metadata/preservation/PREMIS_rep1.xml', 'premis.xsd'],
    ] as const) {
      const document = XmlDocument.fromBuffer(entries.get(`${root}${name}`) as Buffer);
      expect(() => shippedValidator(schema).validate(document)).not.toThrow();
      document.dispose();
    }
    const mets = (entries.get(`${root}METS.xml`) as Buffer).toString('utf8');
    expect(mets).toContain('OBJID="urn:uuid:9c13e70e-4c9f-4a3e-8d4b-1f2a3b4c5d6e"');
    expect(mets).toContain('csip:OAISPACKAGETYPE="AIP"');
    expect(mets).toContain('CREATEDATE="2025-08-01T09:00:00+07:00"');
    const premis = (entries.get(`${root}metadata/preservation/PREMIS.xml`) as Buffer).toString('utf8');
    expect(premis).toContain('<eventType>transfer</eventType>');
    expect(premis).toContain('tesseract.js 7.0.0, mô hình vie.traineddata 4.1.0 (SHA-256 E3B0C442');
    expect(premis).toContain('<eventType>normalization</eventType>');
    expect(premis).toContain('<eventType>message digest calculation</eventType>');
  });

  it('puts documentation files in documentation/, described by the root METS (CSIP93–96, CSIP116)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-'));
    const input = await samplePackageInput('SIP_hoso', 1);
    const built = await buildPackage(
      {
        ...input,
        documentation: [{ file: new TextEncoder().encode('Mục lục hồ sơ\n'), fileName: 'muc-luc.txt' }],
      },
      { format: 'folder', destination: folder },
    );
    expect(built.files.map((file) => file.path)).toContain('documentation/muc-luc.txt');
    const mets = await readFile(join(built.path, 'METS.xml'), 'utf8');
    expect(mets).toMatch(/<mets:fileGrp ID="[^"]+" USE="Documentation">/);
    expect(mets).toMatch(/<mets:div ID="[^"]+" LABEL="Documentation">\s*<mets:fptr FILEID="/);
    expect((await validatePackage(built.path)).findings).toEqual([]);
    const twice = await buildPackage(
      {
        ...input,
        documentation: [
          { file: new Uint8Array([1]), fileName: 'a.txt' },
          { file: new Uint8Array([2]), fileName: 'a.txt' },
        ],
      },
      { format: 'folder', destination: folder },
    ).catch((caught: unknown) => caught);
    expect(twice).toMatchObject({ code: 'OPTION_INVALID' });
  });

  it('records the steps of one document as events of its data file (PREMIS per document)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-'));
    const input = await samplePackageInput('AIP_hoso', 2);
    const [first, second] = input.documents;
    const sha256 = 'AB'.repeat(32);
    const ocr = {
      at: new Date('2025-07-23T10:00:00+07:00'),
      engine: { name: 'tesseract.js', version: '7.0.1' },
      model: { name: 'vie_best.traineddata', version: '4.1.0', sha256 },
      textLayer: "text layer: combine; words: 812 from the scanner's layer, 41 from sohoa's OCR",
    };
    const built = await buildPackage(
      { ...input, documents: [{ ...first, provenance: { ocr } }, second] as typeof input.documents },
      { format: 'folder', destination: folder },
    );
    expect((await validatePackage(built.path)).findings).toEqual([]);
    const premis = await readFile(join(built.path, 'metadata/preservation/PREMIS.xml'), 'utf8');
    const ocrEvents = [...premis.matchAll(/<eventType>creation<\/eventType>/g)];
    expect(ocrEvents).toHaveLength(2);
    expect(premis).toContain(
      `vie_best.traineddata 4.1.0 (SHA-256 ${sha256}); text layer: combine; words: 812 from the scanner&apos;s layer, 41 from sohoa&apos;s OCR</eventDetail>`,
    );
    expect(premis).toContain(
      '<linkingObjectIdentifierValue>representations/rep1/data/H49.64.33.2001.160.1.pdf</linkingObjectIdentifierValue>',
    );
    const rep = await readFile(
      join(built.path, 'representations/rep1/metadata/preservation/PREMIS_rep1.xml'),
      'utf8',
    );
    const links = rep
      .split('<object ')
      .slice(1)
      .map((object) => [...object.matchAll(/<linkingEventIdentifierValue>([^<]+)</g)].map((m) => m[1]));
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveLength(links[1]?.length ?? 0);
    expect(links[0]?.filter((id) => !links[1]?.includes(id))).toHaveLength(1);
  });

  it('a METS that breaks its schema is rejected by the same validator', () => {
    const document = XmlDocument.fromString(
      '<mets:mets xmlns:mets="http://www.loc.gov/METS/"><mets:structMap><mets:div/><mets:div/></mets:structMap></mets:mets>',
    );
    expect(() => shippedValidator('mets.xsd').validate(document)).toThrow(/div/);
    document.dispose();
  });

  it('gives byte-identical ZIPs for the same input, whatever the time zone', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-'));
    const input = await samplePackageInput('AIP_hoso', 2);
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      await buildPackage(input, { destination: join(folder, 'a.zip') });
      process.env.TZ = 'America/New_York';
      await buildPackage(input, { destination: join(folder, 'b.zip') });
    } finally {
      // The next test file may run in this process: put TZ back as it was, unset if it was.
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const [a, b] = await Promise.all([readFile(join(folder, 'a.zip')), readFile(join(folder, 'b.zip'))]);
    expect(a.equals(b)).toBe(true);
    expect(CREATED_AT.toISOString()).toBe('2025-08-01T02:00:00.000Z');
  });

  it('refuses invalid metadata with METADATA_INVALID and writes nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-'));
    const input = await samplePackageInput('AIP_hoso', 1);
    const error = await buildPackage(
      { ...input, metadata: { ...input.metadata, maintenance: '09' } },
      { destination: join(folder, 'p.zip') },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'METADATA_INVALID' });
    await expect(readFile(join(folder, 'p.zip'))).rejects.toThrow();
  });
});
