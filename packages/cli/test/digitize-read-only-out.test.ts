import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bandDossier } from '../../../fixtures/digitize-fixtures.js';
import { runCaptured } from './run-captured.js';

const FILE_CODE = '000.00.00.H00.2025.42';

// A read-only mount, as a read-only tmpfs (root may mount one: CI's .ci/run runs as root).
const root = await mkdtemp(join(tmpdir(), 'sohoa-read-only-'));
const readOnly = join(root, 'read-only');
await mkdir(readOnly);
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=65536', 'tmpfs', readOnly], { stdio: 'ignore' });
  mounted = true;
} catch {
  console.warn('digitize-read-only-out: this machine does not allow a tmpfs mount; the test is skipped');
}

afterAll(() => {
  if (mounted) execFileSync('umount', [readOnly]);
});

describe.runIf(mounted)('sohoa digitize with --out on a read-only mount', () => {
  it('fails with OUTPUT_WRITE_FAILED naming the read-only file system, no stack trace, nothing written', async () => {
    const dossier = join(root, 'dossier');
    await bandDossier(dossier, FILE_CODE, [0]);
    for (const out of [readOnly, join(readOnly, 'out')]) {
      const result = await runCaptured(['digitize', dossier, '--out', out]);
      expect(result.exitCode, out).toBe(1);
      expect(result.stderr).toMatch(/error OUTPUT_WRITE_FAILED: .*the file system there is read-only/);
      expect(result.stderr).not.toMatch(/ENOENT|EROFS/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).not.toContain('PDF/A');
    }
    expect(await readdir(readOnly)).toEqual([]);
  });
});
