import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { reexecWithMallocArenas } from '../src/malloc-arenas.js';

const run = promisify(execFile);

describe('reexecWithMallocArenas', () => {
  it('does nothing when MALLOC_ARENA_MAX is set or off Linux', async () => {
    expect(await reexecWithMallocArenas({ MALLOC_ARENA_MAX: '8' }, 'linux')).toBeUndefined();
    expect(await reexecWithMallocArenas({}, 'darwin')).toBeUndefined();
  });

  it('runs the same command again with MALLOC_ARENA_MAX=2 and passes its exit code on', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-arenas-'));
    const script = join(folder, 'script.mts');
    const module = resolve(import.meta.dirname, '../src/malloc-arenas.ts');
    await writeFile(
      script,
      [
        `import { reexecWithMallocArenas } from ${JSON.stringify(module)};`,
        'const code = await reexecWithMallocArenas();',
        'if (code === undefined) {',
        '  console.log("child", process.env.MALLOC_ARENA_MAX, ...process.argv.slice(2));',
        '  process.exitCode = 3;',
        '} else {',
        '  console.log("parent", code);',
        '  process.exitCode = code;',
        '}',
      ].join('\n'),
    );
    const env = { ...process.env };
    delete env.MALLOC_ARENA_MAX;
    const result = await run(process.execPath, ['--import', 'tsx', script, 'digitize', '--json'], {
      env,
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(3);
    expect(result.stdout.trim().split('\n')).toEqual(['child 2 digitize --json', 'parent 3']);
  });

  it('takes the child with it when the parent is killed with SIGKILL (no orphan working on)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-arenas-'));
    const script = join(folder, 'script.mts');
    const childPidFile = join(folder, 'child.pid');
    const module = resolve(import.meta.dirname, '../src/malloc-arenas.ts');
    await writeFile(
      script,
      [
        `import { writeFileSync } from 'node:fs';`,
        `import { reexecWithMallocArenas } from ${JSON.stringify(module)};`,
        'const code = await reexecWithMallocArenas();',
        'if (code === undefined) {',
        `  writeFileSync(${JSON.stringify(childPidFile)}, String(process.pid));`,
        '  setTimeout(() => {}, 60_000); // a long run',
        '}',
      ].join('\n'),
    );
    const env = { ...process.env };
    delete env.MALLOC_ARENA_MAX;
    const parent = spawn(process.execPath, ['--import', 'tsx', script], { env, stdio: 'ignore' });
    let childPid = 0;
    for (let wait = 0; wait < 100 && childPid === 0; wait++) {
      await new Promise((done) => setTimeout(done, 100));
      childPid = Number(await readFile(childPidFile, 'utf8').catch(() => '0'));
    }
    expect(childPid).toBeGreaterThan(0);
    expect(alive(childPid)).toBe(true);
    parent.kill('SIGKILL');
    for (let wait = 0; wait < 50 && alive(childPid); wait++)
      await new Promise((done) => setTimeout(done, 100));
    expect(alive(childPid)).toBe(false);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
