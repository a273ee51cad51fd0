import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePackage } from '@sohoa/ip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import { JOURNAL_FILE } from '../../pipeline/src/pipeline/journal.js';
import { isTemporaryName } from '../../pipeline/src/pipeline/sweep-temporaries.js';
import { runCaptured } from './run-captured.js';

const FILE_CODE = '000.00.00.H00.2025.41';
const CREATED_AT = '2026-12-07T09:00:00Z';

/** Mounts a tmpfs of `bytes` at `folder` (or resizes it); false where the machine does not allow it. */
function mountTmpfs(folder: string, bytes: number, remount = false): boolean {
  try {
    const size = `size=${Math.ceil(bytes / 4096) * 4096}`;
    execFileSync('mount', ['-t', 'tmpfs', '-o', remount ? `remount,${size}` : size, 'tmpfs', folder], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

/** Bytes of every file under `folder`, rounded up to tmpfs pages. */
async function pagesUsed(folder: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(folder, { recursive: true })) {
    const info = await stat(join(folder, name));
    if (info.isFile()) total += Math.ceil(info.size / 4096) * 4096;
  }
  return total;
}

const digitizeArgs = (dossier: string, out: string) => [
  'digitize',
  dossier,
  '--out',
  out,
  '--jobs',
  '1',
  '--created-at',
  CREATED_AT,
];

// A disk that fills mid-batch, as a small tmpfs (root may mount one: CI's .ci/run runs as root).
const root = await mkdtemp(join(tmpdir(), 'sohoa-disk-full-'));
const probe = join(root, 'probe');
await mkdir(probe);
const canMount = mountTmpfs(probe, 4096);
if (canMount) execFileSync('umount', [probe]);
else console.warn('digitize-disk-full: this machine does not allow a tmpfs mount; the test is skipped');

describe.runIf(canMount)('sohoa digitize on a disk that fills up mid-batch', () => {
  const dossier = join(root, 'dossier');
  const full = join(root, 'full');
  let firstDocumentBytes = 0;
  let allBytes = 0;

  beforeAll(async () => {
    await bandDossier(dossier, FILE_CODE, [0, 2]);
    // The same run on an ordinary folder: what document 1's outputs and the whole run take.
    const roomy = join(root, 'roomy');
    const run = await runCaptured([...digitizeArgs(dossier, roomy), '--package', 'none']);
    expect(run.exitCode, run.stderr).toBe(0);
    const folder = join(roomy, FILE_CODE);
    for (const name of await readdir(folder)) {
      if (name.startsWith(`${FILE_CODE}.1.`))
        firstDocumentBytes += Math.ceil((await stat(join(folder, name))).size / 4096) * 4096;
    }
    allBytes = await pagesUsed(roomy);
    await mkdir(full);
  });

  afterAll(async () => {
    try {
      execFileSync('umount', [full], { stdio: 'ignore' });
    } catch {
      // not mounted (the mount failed): nothing to undo
    }
    await rm(root, { recursive: true, force: true });
  });

  it('fails the document that did not fit with a coded error, leaves no half-written file, and a re-run with room keeps what was finished', async () => {
    // Room for document 1 (and the journal, report and lock), not for document 2.
    expect(mountTmpfs(full, firstDocumentBytes + 64 * 1024)).toBe(true);
    expect(firstDocumentBytes + 64 * 1024).toBeLessThan(allBytes);
    const out = join(full, 'out');
    const first = await runCaptured(digitizeArgs(dossier, out));
    expect(first.exitCode, first.stdout).toBe(1);
    expect(first.stderr).toMatch(/OUTPUT_WRITE_FAILED: .*ENOSPC.*disk has space/);
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const written = await readdir(out, { recursive: true });
    expect(written.filter((name) => isTemporaryName(name.split('/').at(-1) ?? ''))).toEqual([]);
    expect(written).toContain(join(FILE_CODE, `${FILE_CODE}.1.pdf`));
    expect(written).not.toContain(join(FILE_CODE, `${FILE_CODE}.2.pdf`));
    // The journal records document 1 finished, document 2 failed with the same code, nothing else done.
    const journal = (await readFile(join(out, JOURNAL_FILE), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(
      journal
        .filter((entry) => entry.type === 'document' || entry.type === 'dossier')
        .map((entry) => entry.ordinal),
    ).toEqual([1]);
    expect(journal.find((entry) => entry.type === 'failed')).toMatchObject({
      ordinal: 2,
      code: 'OUTPUT_WRITE_FAILED',
    });

    // The disk grows; the same command finishes the batch without redoing document 1.
    expect(mountTmpfs(full, 64 * 1024 * 1024, true)).toBe(true);
    const second = await runCaptured(digitizeArgs(dossier, out));
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stdout).toContain(`skipped ${FILE_CODE}.1.pdf`);
    const report = await validatePackage(join(out, FILE_CODE, `${FILE_CODE}.aip.zip`), {
      profile: 'vn-tt05',
    });
    expect(report.valid, JSON.stringify(report.findings)).toBe(true);
  }, 240_000);
});
