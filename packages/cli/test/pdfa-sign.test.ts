import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePdfA } from '@sohoa/pdfa';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeP12 } from '../../../fixtures/p12.js';
import { runCaptured } from './run-captured.js';

const run = runCaptured;

describe('sohoa pdfa sign and verify', () => {
  let folder: string;
  let pdf: string;
  let p12: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-sign-'));
    const jpeg = await sharp({ create: { width: 600, height: 848, channels: 3, background: '#f8f4e8' } })
      .jpeg()
      .toBuffer();
    pdf = join(folder, 'ho-so.pdf');
    await writeFile(
      pdf,
      await writePdfA([{ image: { bytes: jpeg, format: 'jpeg', width: 600, height: 848, dpi: 100 } }], {
        title: 'Hồ sơ',
      }),
    );
    p12 = join(folder, 'agency.p12');
    await writeFile(p12, makeP12('bí mật'));
  });
  // The files of the package share one process: leave no password behind for the next one.
  afterAll(() => {
    Reflect.deleteProperty(process.env, 'SOHOA_TEST_P12');
  });

  it('signs with the password from the environment, and the result verifies and still passes PDF/A-2b', async () => {
    const signed = join(folder, 'ho-so.signed.pdf');
    process.env.SOHOA_TEST_P12 = 'bí mật';
    const result = await run([
      'pdfa',
      'sign',
      pdf,
      '--p12',
      p12,
      '--agency',
      'Trung tâm Lưu trữ lịch sử',
      '--out',
      signed,
      '--password-env',
      'SOHOA_TEST_P12',
    ]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const verified = await run(['pdfa', 'verify', signed]);
    expect(verified.exitCode).toBe(0);
    expect(verified.stdout).toContain('1 signature(s), valid, unchanged since signing');
    expect((await run(['pdfa', 'check', signed])).exitCode).toBe(0);

    const tampered = join(folder, 'tampered.pdf');
    await writeFile(
      tampered,
      Buffer.concat([await readFile(signed), Buffer.from('\n% appended after signing\n')]),
    );
    const changed = await run(['pdfa', 'verify', tampered]);
    expect(changed.exitCode).toBe(1);
    expect(changed.stdout).toContain('CHANGED after signing');
  });

  it('refuses a wrong password with SIGNATURE_KEY_INVALID and writes nothing', async () => {
    process.env.SOHOA_TEST_P12 = 'sai';
    const out = join(folder, 'never.pdf');
    const result = await run([
      'pdfa',
      'sign',
      pdf,
      '--p12',
      p12,
      '--agency',
      'X',
      '--out',
      out,
      '--password-env',
      'SOHOA_TEST_P12',
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('error SIGNATURE_KEY_INVALID');
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});
