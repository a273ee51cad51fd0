import { spawn } from 'node:child_process';

/** The number of glibc malloc arenas `sohoa` runs with unless `MALLOC_ARENA_MAX` is set. */
export const SOHOA_MALLOC_ARENA_MAX = '2';

/**
 * Runs this same Node command again as a child with `MALLOC_ARENA_MAX=2` when the variable is not
 * set (on Linux only; glibc reads it once, at process start), and resolves to the child's exit
 * code; resolves to `undefined` when nothing needs doing, and the caller runs the command itself.
 *
 * Why: libvips and tesseract.js run on several threads, and glibc gives each thread its own
 * malloc arena (up to 8 per core); pages freed in one arena are not reused by another, so a long
 * `sohoa digitize` run grew by hundreds of MiB (with two arenas the peak of a 20-page run fell
 * from 1,202 to 885 MiB; see the `digitize-memory` benchmark). The parent loads nothing else
 * and only waits (75 MiB RSS measured when run through tsx); SIGINT, SIGTERM and SIGHUP are
 * passed on to the child, and a child killed by a signal ends the parent with the same signal.
 * Set `MALLOC_ARENA_MAX` yourself (any value) to run without it.
 *
 * @example
 * ```ts
 * import { reexecWithMallocArenas } from '@sohoa/cli';
 *
 * const code = await reexecWithMallocArenas();
 * if (code !== undefined) process.exit(code); // the child did the work
 * ```
 */
export async function reexecWithMallocArenas(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): Promise<number | undefined> {
  if (platform !== 'linux' || env.MALLOC_ARENA_MAX !== undefined) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...env, MALLOC_ARENA_MAX: SOHOA_MALLOC_ARENA_MAX },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    if (signal) {
      for (const name of signals) process.off(name, forward);
      process.kill(process.pid, signal);
      return 128;
    }
    return code ?? 1;
  } finally {
    for (const signal of signals) process.off(signal, forward);
  }
}
