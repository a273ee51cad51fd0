import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import type { CliOutput } from '../src/commands/cli-output.js';
import { runCli } from '../src/commands/run-cli.js';

function capture(): CliOutput & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, info: (line) => lines.push(line), error: (line) => errors.push(line) };
}

/** A copy of the sample dossier in a temporary folder, with `damage` applied to its last page. */
async function dossierWithBrokenLastPage(damage: (bytes: Buffer) => Buffer): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-broken-'));
  await copyFile(join(SAMPLE_DOSSIER, 'dossier.json'), join(folder, 'dossier.json'));
  for (const [index, page] of SAMPLE_PAGES.entries()) {
    const target = join(folder, page.image.split('/').pop() as string);
    const bytes = await readFile(page.image);
    await writeFile(target, index === SAMPLE_PAGES.length - 1 ? damage(bytes) : bytes);
  }
  return folder;
}

async function run(argv: string[]) {
  const output = capture();
  const exitCode = await runCli(argv, output);
  return { exitCode, ...output };
}

describe('sohoa digitize on bad input', () => {
  it('reports a truncated scan as IMAGE_CORRUPT before any OCR, writing nothing', async () => {
    const folder = await dossierWithBrokenLastPage((bytes) => bytes.subarray(0, bytes.length / 2));
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-out-')), 'out');
    const result = await run(['digitize', folder, '--out', out]);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(
      /error IMAGE_CORRUPT: Cannot decode the image ".*qn_qd47.*\.jpg"/,
    );
    expect(result.errors.join('\n')).toContain('Fix:');
    // Found while checking the pages, before OCR read any page.
    expect(result.lines.filter((line) => line.includes('page '))).toEqual([]);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('reports a file that is not an image as IMAGE_UNSUPPORTED_FORMAT', async () => {
    const folder = await dossierWithBrokenLastPage(() => Buffer.from('%PDF-1.4 not a scan'));
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-out-')), 'out');
    const result = await run(['digitize', folder, '--out', out]);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain('error IMAGE_UNSUPPORTED_FORMAT');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('reports an unreadable path as INPUT_NOT_FOUND', async () => {
    const result = await run(['digitize', '/nonexistent/dossier', '--out', '/tmp/sohoa-never']);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(
      'error INPUT_NOT_FOUND: The dossier folder "/nonexistent/dossier"',
    );
  });

  it('reports missing language data as OCR_LANGUAGE_DATA_MISSING, promptly, writing nothing', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-out-')), 'out');
    const result = await run([
      'digitize',
      SAMPLE_DOSSIER,
      '--out',
      out,
      '--language-data',
      '/nonexistent/tessdata',
    ]);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain('error OCR_LANGUAGE_DATA_MISSING');
    expect(result.errors.join('\n')).toContain('npm install @tesseract.js-data/vie');
    expect(result.lines.filter((line) => line.includes('page '))).toEqual([]);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it('lists every invalid metadata field at once', async () => {
    const folder = await dossierWithBrokenLastPage((bytes) => bytes);
    const metadata = JSON.parse(await readFile(join(folder, 'dossier.json'), 'utf8'));
    metadata.dossier.maintenance = '08';
    metadata.dossier.startDate = '2025-01-06';
    delete metadata.dossier.title;
    await writeFile(join(folder, 'dossier.json'), JSON.stringify(metadata));
    const result = await run(['digitize', folder, '--out', join(folder, 'out')]);
    expect(result.exitCode).toBe(1);
    const message = result.errors.join('\n');
    expect(message).toContain('error METADATA_INVALID');
    expect(message).toContain('maintenance');
    expect(message).toContain('startDate');
    expect(message).toContain('title');
  });

  it('answers a usage error with exit code 2', async () => {
    const result = await run(['digitize', SAMPLE_DOSSIER]);
    expect(result.exitCode).toBe(2);
    expect(result.errors.join('\n')).toContain("required option '-o, --out <folder>' not specified");
  });
});

describe('the sohoa executable', () => {
  it('prints its version and exits 1 with the error code on failure', async () => {
    const bin = join(REPO_ROOT, 'packages/cli/src/bin.ts');
    const node = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--conditions=@sohoa/source', bin, ...args], {
        cwd: REPO_ROOT,
      });
    const { stdout } = await node(['--version']);
    const { version } = JSON.parse(await readFile(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8'));
    expect(stdout.trim()).toBe(version);
    const failure = await node(['digitize', '/nonexistent', '--out', '/tmp/sohoa-never']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toContain('error INPUT_NOT_FOUND');
  });
});
