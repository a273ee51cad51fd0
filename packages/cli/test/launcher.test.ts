import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';

const run = promisify(execFile);
const LAUNCHER = join(REPO_ROOT, 'packages/cli/bin/sohoa.js');

/**
 * The `sohoa` executable is the committed launcher bin/sohoa.js, so `npm ci` links it into
 * node_modules/.bin before any build and `npx sohoa` never asks the registry (issue 17). It is
 * CommonJS (bin/package.json), so that the version and the recorded helps start no ES module loader.
 */
describe('the sohoa launcher', () => {
  it('is the bin of @sohoa/cli, committed, shipped and executable', async () => {
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ sohoa: './bin/sohoa.js' });
    expect(manifest.files).toContain('bin');
    expect(JSON.parse(await readFile(join(REPO_ROOT, 'packages/cli/bin/package.json'), 'utf8'))).toEqual({
      type: 'commonjs',
    });
    const { stdout } = await run('git', ['ls-files', '--stage', 'packages/cli/bin/sohoa.js'], {
      cwd: REPO_ROOT,
    });
    expect(stdout).toMatch(/^100755 /); // tracked, with the executable bit
  });

  it('says CLI_NOT_BUILT and how to fix it when dist is missing, and runs dist/bin.js when built', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-launcher-'));
    await mkdir(join(folder, 'bin'));
    await copyFile(LAUNCHER, join(folder, 'bin/sohoa.js'));
    await copyFile(join(REPO_ROOT, 'packages/cli/bin/package.json'), join(folder, 'bin/package.json'));
    await writeFile(join(folder, 'package.json'), '{"type":"module"}');
    const missing = await run(process.execPath, [join(folder, 'bin/sohoa.js'), '--version']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((missing as { code: number }).code).toBe(1);
    expect((missing as { stderr: string }).stderr).toContain('sohoa: error CLI_NOT_BUILT');
    expect((missing as { stderr: string }).stderr).toContain('npm run build');
    await mkdir(join(folder, 'dist'));
    // answerAtOnce answers `--version` (CommonJS), dist/command-line.js (ESM) any other command line.
    await writeFile(
      join(folder, 'dist/answer-at-once.cjs'),
      [
        'exports.answerAtOnce = (argv, helps) => {',
        '  if (argv[0] !== "--version") return false;',
        '  console.log("at once", helps.endsWith("/dist/helps"));',
        '  return true;',
        '};',
      ].join('\n'),
    );
    await writeFile(
      join(folder, 'dist/command-line.js'),
      'const words = process.argv.slice(2);\nconsole.log("built", words.join(" "), typeof require);',
    );
    const atOnce = await run(process.execPath, [join(folder, 'bin/sohoa.js'), '--version']);
    expect(atOnce.stdout.trim()).toBe('at once true');
    const built = await run(process.execPath, [join(folder, 'bin/sohoa.js'), 'validate', 'x']);
    expect(built.stdout.trim()).toBe('built validate x undefined'); // an ES module
  });

  it('runs the sources through tsx in a checkout not built yet (npm ci, then npx sohoa)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-launcher-'));
    await mkdir(join(folder, 'bin'));
    await copyFile(LAUNCHER, join(folder, 'bin/sohoa.js'));
    await copyFile(join(REPO_ROOT, 'packages/cli/bin/package.json'), join(folder, 'bin/package.json'));
    await writeFile(join(folder, 'package.json'), '{"type":"module"}');
    await mkdir(join(folder, 'src'));
    // TypeScript that plain Node cannot run: only tsx gets it to print.
    await writeFile(
      join(folder, 'src/bin.ts'),
      'const words: string[] = process.argv.slice(2);\nconsole.log("sources", words.join(" "));\nprocess.exitCode = 3;\n',
    );
    const without = await run(process.execPath, [join(folder, 'bin/sohoa.js'), '--help']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((without as { stderr: string }).stderr).toContain('CLI_NOT_BUILT'); // no tsx installed there
    await mkdir(join(folder, 'node_modules'));
    await symlink(join(REPO_ROOT, 'node_modules/tsx'), join(folder, 'node_modules/tsx'));
    const sources = await run(process.execPath, [join(folder, 'bin/sohoa.js'), '--help', 'x y'], {
      cwd: tmpdir(),
    }).catch((error: { code: number; stdout: string }) => error);
    expect((sources as { stdout: string }).stdout.trim()).toBe('sources --help x y');
    expect((sources as { code: number }).code).toBe(3);
  });
});

describe('the sohoa executable', () => {
  it('ends quietly when the reader of its output is gone (sohoa --help | head -1)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@sohoa/source', 'packages/cli/src/bin.ts', '--help'],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.destroy(); // closed before sohoa writes: its first line meets EPIPE
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
