import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';

const run = (script: string, args: string[]) =>
  promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@sohoa/source',
      join(REPO_ROOT, 'examples/library-basics/src', script),
      ...args,
    ],
    { cwd: REPO_ROOT },
  );

describe('the library examples run as documented', () => {
  it('digitize-one-page writes a searchable PDF/A that passes the checker', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-example-')), 'one-page.pdf');
    const { stdout } = await run('digitize-one-page.ts', [
      'examples/sample-dossier/qn_qd47_QD-UBND_20250117_p1.jpg',
      out,
    ]);
    expect(stdout).toContain('PDF/A-2b check passed');
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('validate-dossier accepts the sample and lists every problem of a broken record', async () => {
    const { stdout } = await run('validate-dossier.ts', []);
    expect(stdout).toContain('valid — 000.00.00.H00.2025.01');
    const broken = join(await mkdtemp(join(tmpdir(), 'sohoa-example-')), 'dossier.json');
    await writeFile(broken, JSON.stringify({ dossier: { fileCode: 'X', maintenance: '09' } }));
    const failure = await run('validate-dossier.ts', [broken]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(/maintenance/);
    expect((failure as { stderr: string }).stderr).toMatch(/title/);
  });
});
