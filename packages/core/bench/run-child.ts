import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

/** Runs `bench/memory-child.ts` with some arguments in a fresh Node process; its JSON result. */
export function runMemoryChild(...args: string[]): unknown {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@sohoa/source', 'bench/memory-child.ts', ...args],
    { cwd: PACKAGE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  );
  const last = output.trim().split('\n').pop() ?? '';
  return JSON.parse(last);
}
