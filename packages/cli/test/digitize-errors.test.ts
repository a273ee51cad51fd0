import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
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

const FILE_CODE = '000.00.00.H00.2025.07';

async function run(argv: string[]) {
  const output = capture();
  const exitCode = await runCli(argv, output);
  return { exitCode, ...output };
}

describe('sohoa digitize on bad input', () => {
  it('fails a document with a truncated scan alone, keeps the others, and finishes it on the next run', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-broken-'));
    await bandDossier(folder, FILE_CODE, [0, 1, 2]);
    const good = await readFile(join(folder, 'band-3.jpg'));
    await writeFile(join(folder, 'band-3.jpg'), good.subarray(0, good.length / 2));
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-out-')), 'out');

    const result = await run(['digitize', folder, '--out', out, '--jobs', '2']);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toMatch(
      new RegExp(
        `error IMAGE_CORRUPT: ${FILE_CODE.replaceAll('.', '\\.')}\\.3: Cannot decode the image ".*band-3\\.jpg"`,
      ),
    );
    expect(result.errors.join('\n')).toContain('Fix:');
    expect(result.errors.join('\n')).toContain('error DOSSIER_INCOMPLETE');
    expect(result.errors.join('\n')).toContain(`${FILE_CODE}.3: IMAGE_CORRUPT`);
    // Documents 1 and 2 are complete; no half-written document 3, no package of an incomplete dossier.
    expect((await readdir(join(out, FILE_CODE))).sort()).toEqual([
      `${FILE_CODE}.1.json`,
      `${FILE_CODE}.1.pdf`,
      `${FILE_CODE}.2.json`,
      `${FILE_CODE}.2.pdf`,
    ]);
    const journal = (await readFile(join(out, 'sohoa-journal.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(
      journal
        .filter((entry) => entry.type === 'document')
        .map((entry) => entry.ordinal)
        .sort(),
    ).toEqual([1, 2]);
    expect(journal.find((entry) => entry.type === 'failed')).toMatchObject({
      ordinal: 3,
      code: 'IMAGE_CORRUPT',
    });

    // The scan is replaced: the next run digitizes only document 3 and packages the dossier.
    await writeFile(join(folder, 'band-3.jpg'), good);
    const again = await run(['digitize', folder, '--out', out, '--jobs', '2']);
    expect(again.errors).toEqual([]);
    expect(again.exitCode).toBe(0);
    expect(again.lines.filter((line) => line.includes(' page '))).toEqual([
      expect.stringContaining(`${FILE_CODE}.3 page 1/1  band-3.jpg`),
    ]);
    expect(again.lines.filter((line) => line.includes('skipped'))).toHaveLength(2);
    expect((await readdir(join(out, FILE_CODE))).sort()).toContain(`${FILE_CODE}.aip.zip`);
  });

  it('reports a file that is not an image as IMAGE_UNSUPPORTED_FORMAT in a dry run, writing nothing', async () => {
    const folder = await dossierWithBrokenLastPage(() => Buffer.from('%PDF-1.4 not a scan'));
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-out-')), 'out');
    const result = await run(['digitize', folder, '--out', out, '--dry-run']);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain('error IMAGE_UNSUPPORTED_FORMAT');
    expect(result.lines.filter((line) => line.includes(' page ') && line.endsWith('ok'))).toHaveLength(2);
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

  it("refuses a title holding U+000B (Word's Shift+Enter) by field before any PDF is written", async () => {
    const folder = await dossierWithBrokenLastPage((bytes) => bytes);
    const metadata = JSON.parse(await readFile(join(folder, 'dossier.json'), 'utf8'));
    metadata.dossier.title = `${metadata.dossier.title}\u000Bnăm 2025`;
    await writeFile(join(folder, 'dossier.json'), JSON.stringify(metadata));
    const out = join(folder, 'out');
    const result = await run(['digitize', folder, '--out', out]);
    expect(result.exitCode).toBe(1);
    const message = result.errors.join('\n');
    expect(message).toContain('error METADATA_INVALID');
    // The value is shown cut at 60 characters; the position says where the character is.
    expect(message).toMatch(
      /Tiêu đề hồ sơ \(title, dossier title\) = ".*: holds the character U\+000B \(position \d+\), which XML forbids/,
    );
    const vi = (await run(['digitize', folder, '--out', out, '--messages', 'vi'])).errors.join('\n');
    expect(vi).toContain('lỗi METADATA_INVALID');
    expect(vi).toMatch(
      /Tiêu đề hồ sơ \(title\) = ".*: chứa ký tự U\+000B \(vị trí \d+\) mà XML không cho phép/,
    );
    const written = await readdir(out, { recursive: true }).catch(() => [] as string[]);
    expect(written.filter((name) => name.endsWith('.pdf'))).toEqual([]);
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
