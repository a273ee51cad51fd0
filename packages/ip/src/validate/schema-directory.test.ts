import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { samplePackageInput } from '../__fixtures__/sample-package.js';
import { buildPackage } from '../build/build-package.js';
import { SCHEMA_DIRECTORY } from '../schema-directory.js';
import { validatePackage } from './validate-package.js';

let pristine: string;
let shippedMets: string;

/** A folder holding `mets.xsd` (the shipped one, edited) and nothing else. */
async function schemaFolder(edit: (mets: string) => string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-xsd-'));
  await writeFile(join(folder, 'mets.xsd'), edit(shippedMets));
  return folder;
}

/** The imports written as the official METS 1.12.1 writes its XLink import: by absolute URL. */
const absoluteImports = (mets: string) =>
  mets
    .replace('schemaLocation="xlink.xsd"', 'schemaLocation="http://www.loc.gov/standards/xlink/xlink.xsd"')
    .replace(
      'schemaLocation="DILCISExtensionMETS.xsd"',
      'schemaLocation="https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd"',
    );

beforeAll(async () => {
  shippedMets = await readFile(new URL('mets.xsd', SCHEMA_DIRECTORY), 'utf8');
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-xsd-package-'));
  pristine = (
    await buildPackage(await samplePackageInput('AIP_hoso', 2), { format: 'folder', destination: folder })
  ).path;
});

describe('validatePackage with a schemaDirectory', () => {
  it('resolves imports by absolute URL from the folder or the shipped files, offline', async () => {
    const report = await validatePackage(pristine, { schemaDirectory: await schemaFolder(absoluteImports) });
    expect(report.findings).toEqual([]);
  });

  it("validates against the folder's mets.xsd, not the shipped one", async () => {
    const stricter = await schemaFolder((mets) =>
      absoluteImports(mets).replace('<xsd:enumeration value="SHA-256"/>', ''),
    );
    const report = await validatePackage(pristine, { schemaDirectory: stricter });
    expect(new Set(report.findings.map((finding) => finding.requirement))).toEqual(new Set(['IP-XSD1']));
    expect(report.findings[0]?.message).toMatch(/CHECKSUMTYPE/);
  });

  it('fails with OPTION_INVALID, without fetching, when an import is not in the folder', async () => {
    const unknown = await schemaFolder((mets) =>
      mets.replace('schemaLocation="xlink.xsd"', 'schemaLocation="http://example.org/xlink-2.xsd"'),
    );
    await expect(validatePackage(pristine, { schemaDirectory: unknown })).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    });
    await expect(
      validatePackage(pristine, { schemaDirectory: join(tmpdir(), 'no-such-sohoa-folder') }),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });
});
