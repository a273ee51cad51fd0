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
 * passed on to the child, a child killed by a signal ends the parent with the same signal, and a
 * parent killed by SIGKILL takes the child with it (the child watches an IPC channel to it).
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
  if (platform !== 'linux' || env.MALLOC_ARENA_MAX !== undefined) {
    dieWithParent();
    return undefined;
  }
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    // The IPC channel only tells the child when this process is gone (see dieWithParent).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...env, MALLOC_ARENA_MAX: SOHOA_MALLOC_ARENA_MAX, [REEXEC_CHILD]: '1' },
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

/** Set in the child's environment by the parent that re-ran it. */
const REEXEC_CHILD = 'SOHOA_REEXEC_CHILD';

/**
 * In a child this module started: when the parent is gone (killed with SIGKILL, which cannot be
 * passed on), the child dies the same way instead of working on as an orphan beside the next run
 * of the same command.
 */
function dieWithParent(): void {
  if (process.env[REEXEC_CHILD] !== '1' || !process.connected) return;
  process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  // The channel must not keep the child alive once its work is done.
  process.channel?.unref();
}
