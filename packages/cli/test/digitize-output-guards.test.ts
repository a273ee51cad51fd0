import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPdfA } from '@sohoa/pdfa';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import { LOCK_FILE } from '../../pipeline/src/pipeline/output-lock.js';
import type { CliOutput } from '../src/commands/cli-output.js';
import { runCli } from '../src/commands/run-cli.js';

async function run(argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const output: CliOutput = { info: (line) => lines.push(line), error: (line) => errors.push(line) };
  const exitCode = await runCli(argv, output);
  return { exitCode, lines, errors: errors.join('\n') };
}

/** A process that is alive while the test needs it, and one that has ended. */
function liveProcess() {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  return { pid: child.pid as number, stop: () => child.kill('SIGKILL') };
}
async function deadPid(): Promise<number> {
  const child = spawn('true', [], { stdio: 'ignore' });
  await new Promise((done) => child.on('exit', done));
  return child.pid as number;
}

const FILE_CODE = '000.00.00.H00.2025.21';

describe('sohoa digitize reads only what the dossier holds', () => {
  it('refuses a page named outside the dossier folder, by .. or by a symbolic link (PATH_OUTSIDE_FOLDER)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-escape-'));
    const dossier = join(root, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    await mkdir(join(root, 'other'));
    await copyFile(join(dossier, 'band-1.jpg'), join(root, 'other', 'secret.jpg'));
    await symlink(join(root, 'other', 'secret.jpg'), join(dossier, 'link.jpg'));
    const metadata = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
    for (const page of ['../other/secret.jpg', join(root, 'other', 'secret.jpg'), 'link.jpg']) {
      await writeFile(join(dossier, 'dossier.json'), JSON.stringify({ ...metadata, pages: [page] }));
      const result = await run(['digitize', dossier, '--out', join(root, 'out'), '--dry-run']);
      expect(result.exitCode, page).toBe(1);
      expect(result.errors).toContain(`error PATH_OUTSIDE_FOLDER:`);
      expect(result.errors).toContain(`names the page "${page}", which lies outside the dossier folder`);
    }
  });
});

describe('sohoa digitize bounds the work a dossier may ask for', () => {
  it('refuses a dossier.json naming one page 20,001 times (WORK_LIMIT_EXCEEDED, before any page is read), and honours a raised or lowered limit from sohoa.config.json', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-limits-'));
    const dossier = join(root, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    const metadata = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
    const pages = Array.from({ length: 20_001 }, () => 'band-1.jpg');
    const dossierOf = (count: number) => ({
      dossier: { ...metadata.dossier, totalDoc: 1, numberOfPage: count, numberOfPaper: count },
      pages: pages.slice(0, count),
    });
    await writeFile(join(dossier, 'dossier.json'), JSON.stringify(dossierOf(20_001)));
    const started = Date.now();
    const refused = await run(['digitize', dossier, '--out', join(root, 'out'), '--dry-run']);
    expect(refused.exitCode).toBe(1);
    expect(refused.errors).toContain('error WORK_LIMIT_EXCEEDED:');
    expect(refused.errors).toContain('asks for 20001 pages in document 1');
    expect(refused.errors).toContain('more than the limit of 10000 (pagesPerDocument)');
    expect(refused.lines.join('\n')).not.toContain('page-checked');
    expect(Date.now() - started).toBeLessThan(30_000);
    // A lower limit from the config file applies in the same way.
    await writeFile(join(dossier, 'dossier.json'), JSON.stringify(dossierOf(3)));
    const config = join(root, 'sohoa.config.json');
    const withConfig = ['digitize', dossier, '--out', join(root, 'out'), '--dry-run', '--config', config];
    await writeFile(config, JSON.stringify({ limits: { pagesPerDocument: 2 } }));
    const lowered = await run(withConfig);
    expect(lowered.errors).toContain('more than the limit of 2 (pagesPerDocument)');
    await writeFile(config, JSON.stringify({ limits: { pagesPerDocument: 3 } }));
    const raised = await run(withConfig);
    expect(raised.exitCode, raised.errors).toBe(0);
  });
});

describe('sohoa digitize guards its output folder', () => {
  it('answers an --out that is a file, or under a file, with OUTPUT_WRITE_FAILED and no stack trace', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-out-file-'));
    const dossier = join(root, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    const file = join(root, 'a-file');
    await writeFile(file, 'not a folder');
    for (const out of [file, join(file, 'below')]) {
      const result = await run(['digitize', dossier, '--out', out]);
      expect(result.exitCode, out).toBe(1);
      expect(result.errors).toMatch(
        /error OUTPUT_WRITE_FAILED: Cannot create the output folder .*a file stands/,
      );
      expect(result.errors).toContain('Fix: Give --out a folder path');
      expect(result.errors).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses a folder another live process is writing into (OUTPUT_LOCKED), and takes over a stale lock', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-lock-'));
    const dossier = join(root, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    const out = join(root, 'out');
    const other = liveProcess();
    try {
      await run(['digitize', dossier, '--out', out, '--dry-run']); // creates nothing
      await mkdir(out, { recursive: true });
      await writeFile(
        join(out, LOCK_FILE),
        JSON.stringify({ pid: other.pid, host: hostname(), since: 'then' }),
      );
      const refused = await run(['digitize', dossier, '--out', out]);
      expect(refused.exitCode).toBe(1);
      expect(refused.errors).toContain(
        `error OUTPUT_LOCKED: The output folder "${out}" is in use by another sohoa process (process ${other.pid}`,
      );
      expect(await readdir(out)).toEqual([LOCK_FILE]);
    } finally {
      other.stop();
    }
    // The lock of a process that is gone is stale: the run goes on, and releases its own lock.
    await writeFile(
      join(out, LOCK_FILE),
      JSON.stringify({ pid: await deadPid(), host: hostname(), since: 'then' }),
    );
    const done = await run(['digitize', dossier, '--out', out]);
    expect(done.exitCode, done.errors).toBe(0);
    expect(await readdir(out)).not.toContain(LOCK_FILE);
  });

  it('turns a CMYK JPEG scan into a conforming PDF/A-2b (sRGB image) and journals it as checked', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-cmyk-'));
    const dossier = join(root, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    const band = join(dossier, 'band-1.jpg');
    await writeFile(
      band,
      await sharp(band).toColourspace('cmyk').jpeg({ quality: 90 }).withDensity(300).toBuffer(),
    );
    expect((await sharp(band).metadata()).space).toBe('cmyk');
    // With cleanup (an upright band: the scan itself is the master) and without.
    for (const flags of [[], ['--no-cleanup']]) {
      const out = join(root, `out${flags.join('')}`);
      const result = await run(['digitize', dossier, '--out', out, '--package', 'none', ...flags]);
      expect(result.exitCode, result.errors).toBe(0);
      const report = await checkPdfA(join(out, FILE_CODE, `${FILE_CODE}.1.pdf`));
      expect(report.failures).toEqual([]);
      const journal = (await readFile(join(out, 'sohoa-journal.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { type: string; pdfaChecked?: boolean });
      expect(journal.find((entry) => entry.type === 'document')?.pdfaChecked).toBe(true);
    }
  });
});
