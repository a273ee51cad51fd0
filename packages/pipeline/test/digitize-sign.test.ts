import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import { checkPdfA, verifyPdfSignature } from '@sohoa/pdfa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { makeP12 } from '../../../fixtures/p12.js';
import { digitize } from '../src/pipeline/digitize.js';
import type { DigitizeSummary } from '../src/pipeline/digitize-events.js';
import { provenance } from '../src/pipeline/provenance.js';

const FILE_CODE = '000.00.00.H00.2025.41';
const AGENCY = 'Trung tâm Lưu trữ lịch sử tỉnh Quảng Ngãi';
const CREATED_AT = new Date('2026-11-27T03:00:00Z');

describe('digitize with signing settings (a PKCS#12 key, its password from the environment)', () => {
  let out: string;
  let summary: DigitizeSummary;

  // The files of the package share one process: leave no password behind for the next one.
  afterAll(() => {
    Reflect.deleteProperty(process.env, 'SOHOA_TEST_P12_PASSWORD');
  });

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-digitize-sign-'));
    const dossier = join(folder, 'dossier');
    await mkdir(dossier);
    await copyFile(SAMPLE_PAGES[0]?.image ?? '', join(dossier, 'page-1.jpg'));
    const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
    await writeFile(
      join(dossier, 'dossier.json'),
      JSON.stringify({
        dossier: { ...sample.dossier, fileCode: FILE_CODE, totalDoc: 1, numberOfPaper: 1, numberOfPage: 1 },
        pages: ['page-1.jpg'],
      }),
    );
    const p12 = join(folder, 'agency.p12');
    await writeFile(p12, makeP12('bí mật'));
    process.env.SOHOA_TEST_P12_PASSWORD = 'bí mật';
    out = join(folder, 'out');
    const sign = { p12, agency: AGENCY, passwordEnv: 'SOHOA_TEST_P12_PASSWORD' };
    const run = digitize({ inputs: [dossier], out, jobs: 1, createdAt: CREATED_AT, sign });
    for (;;) {
      const next = await run.next();
      if (next.done) {
        summary = next.value;
        break;
      }
    }
  }, 180_000);

  it('signs each PDF/A after writing it: the signature verifies and the file is still PDF/A-2b', async () => {
    expect(summary.failures).toEqual([]);
    const pdf = new Uint8Array(await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.pdf`)));
    const verified = await verifyPdfSignature(pdf);
    expect(verified.signatures).toHaveLength(1);
    expect(verified.signatures[0]).toMatchObject({ intact: true, coversWholeFile: true });
    expect((await checkPdfA(pdf)).failures).toEqual([]);
  });

  it('puts the signed files into an AIP that validates', async () => {
    const report = await validatePackage(join(out, FILE_CODE, `${FILE_CODE}.aip.zip`), {
      profile: 'vn-tt05',
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('names the signing and its agency in the PREMIS provenance', async () => {
    const written = await provenance({ language: 'vie', createdAt: CREATED_AT, signer: AGENCY });
    expect(written.signing).toEqual({ at: CREATED_AT, signer: AGENCY });
    const unsigned = await provenance({ language: 'vie', createdAt: CREATED_AT });
    expect(unsigned).not.toHaveProperty('signing');
  });
});
