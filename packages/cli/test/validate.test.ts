import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage, validatePackage } from '@sohoa/ip';
import { beforeAll, describe, expect, it } from 'vitest';
import { samplePackageInput } from '../../ip/src/__fixtures__/sample-package.js';
import { eventLines } from '../src/digitize/event-lines.js';
import { runCaptured } from './run-captured.js';

const run = runCaptured;
/** The schemas `@sohoa/ip` ships. */
const SHIPPED_SCHEMAS = new URL('../../ip/schemas/', import.meta.url);

describe('sohoa validate', () => {
  let folder: string;
  let zip: string;
  let broken: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-validate-'));
    zip = (
      await buildPackage(await samplePackageInput('AIP_hoso'), { destination: join(folder, 'package.zip') })
    ).path;
    broken = (
      await buildPackage(await samplePackageInput('AIP_hoso'), {
        destination: join(folder, 'broken'),
        format: 'folder',
      })
    ).path;
    // Lose one digitized document: METS still references it.
    const data = join(broken, 'representations', 'rep1', 'data');
    const [first] = await readdir(data);
    await rm(join(data, first as string));
  });

  it('exits 0 for a package the library built, in text, JSON and JUnit', async () => {
    const text = await run(['validate', zip]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/AIP_hoso .* — valid \(vn-tt05, CSIP 2\.0: 0 errors/);
    const json = JSON.parse((await run(['validate', zip, '--format', 'json'])).stdout);
    expect(json).toMatchObject({ valid: true, specVersion: '2.0' });
    const forced = JSON.parse(
      (await run(['validate', zip, '--format', 'json', '--spec-version', '2.2'])).stdout,
    );
    expect(forced).toMatchObject({ valid: true, specVersion: '2.2' });
    expect((await run(['validate', zip, '--spec-version', '3.0'])).exitCode).toBe(2);
    const junitFile = join(folder, 'report.xml');
    const junit = await run(['validate', zip, '--format', 'junit', '--output', junitFile]);
    expect(junit.exitCode).toBe(0);
    expect(await readFile(junitFile, 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<testsuites/);
  });

  it('exits 1 and names the requirement and the file of each finding', async () => {
    const result = await run(['validate', broken, '--format', 'json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.valid).toBe(false);
    // the lost file is named under the requirement of the file element that references it, with its line
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        requirement: 'CSIP79',
        file: 'representations/rep1/METS.xml',
        line: expect.any(Number),
      }),
    );
  });

  it('says each finding in Vietnamese by default and in English with --messages en, JSON carrying both', async () => {
    // The environment is empty: the suite's SOHOA_LANG=en is left out, so Vietnamese is the default.
    const vi = await run(['validate', broken], {});
    expect(vi.exitCode).toBe(1);
    expect(vi.stdout).toMatch(
      / — KHÔNG HỢP LỆ \(vn-tt05, CSIP 2\.0: \d+ lỗi, \d+ cảnh báo, \d+ ghi chú, \d+ tệp\)$/m,
    );
    expect(vi.stdout).toMatch(
      /^ {2}lỗi CSIP79 representations\/rep1\/METS\.xml:\d+: "data\/[^"]+" được tham chiếu nhưng không có trong gói\.$/m,
    );
    expect(vi.stdout).not.toMatch(/is referenced but|not in the package/);
    const en = await run(['validate', broken, '--messages', 'en'], {});
    expect(en.exitCode).toBe(1);
    expect(en.stdout).toMatch(/ — INVALID \(vn-tt05, CSIP 2\.0: \d+ errors, /);
    expect(en.stdout).toMatch(
      /^ {2}error CSIP79 representations\/rep1\/METS\.xml:\d+: "data\/[^"]+" is referenced but not in the package\.$/m,
    );
    expect(en.stdout).not.toMatch(/được tham chiếu|không có trong gói/);
    const json = JSON.parse((await run(['validate', broken, '--format', 'json'], {})).stdout);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        requirement: 'CSIP79',
        message: expect.stringMatching(/ is referenced but not in the package\.$/),
        messageVi: expect.stringMatching(/ được tham chiếu nhưng không có trong gói\.$/),
      }),
    );
    const junitFile = join(folder, 'broken.xml');
    expect((await run(['validate', broken, '--format', 'junit', '--output', junitFile], {})).exitCode).toBe(
      1,
    );
    const junit = await readFile(junitFile, 'utf8');
    expect(junit).toMatch(
      /<failure message="\d+ kết quả kiểm tra vi phạm CSIP79" type="CSIP79">[^<]*được tham chiếu nhưng không có trong gói\./,
    );
  });

  it('sohoa digitize prints the findings of a package that fails validation in the chosen language', async () => {
    const { findings } = await validatePackage(broken, { checkPdf: false });
    const failed = {
      type: 'dossier-failed',
      dossier: 'H49.64.33.2001.160',
      code: 'PACKAGE_INVALID',
      message: 'The package fails validation.',
      findings,
    } as const;
    const vi = eventLines(failed, 'vi').errors.join('\n');
    expect(vi).toMatch(
      /^ {2}CSIP79 representations\/rep1\/METS\.xml:\d+ "data\/[^"]+" được tham chiếu nhưng không có trong gói\.$/m,
    );
    const en = eventLines(failed, 'en').errors.join('\n');
    expect(en).toMatch(
      /^ {2}CSIP79 representations\/rep1\/METS\.xml:\d+ "data\/[^"]+" is referenced but not in the package\.$/m,
    );
  });

  it('exits 2 for a file that is not a package', async () => {
    const notZip = join(folder, 'not-a-package.zip');
    await writeFile(notZip, 'PK but not really');
    const result = await run(['validate', notZip]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/sohoa: error (PACKAGE_CORRUPT|INPUT_UNREADABLE)/);
  });

  it('validates against the schemas of --schemas <dir>, and exits 2 when the folder cannot serve them', async () => {
    const schemas = join(folder, 'schemas');
    await mkdir(schemas);
    const mets = await readFile(new URL('mets.xsd', SHIPPED_SCHEMAS), 'utf8');
    // a stricter METS schema: SHA-256 is no longer an allowed CHECKSUMTYPE
    await writeFile(join(schemas, 'mets.xsd'), mets.replace('<xsd:enumeration value="SHA-256"/>', ''));
    for (const name of ['xlink.xsd', 'DILCISExtensionMETS.xsd', 'premis.xsd']) {
      await copyFile(new URL(name, SHIPPED_SCHEMAS), join(schemas, name));
    }
    const stricter = await run(['validate', zip, '--schemas', schemas, '--format', 'json']);
    expect(stricter.exitCode).toBe(1);
    const report = JSON.parse(stricter.stdout);
    expect(new Set(report.findings.map((finding: { requirement: string }) => finding.requirement))).toEqual(
      new Set(['IP-XSD1']),
    );
    const missing = await run(['validate', zip, '--schemas', join(folder, 'no-such-folder')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/sohoa: error OPTION_INVALID/);
  });
});
