import type { CliOutput } from '../src/commands/cli-output.js';
import { runCli } from '../src/commands/run-cli.js';

/** What a captured run of the `sohoa` command printed, and its exit code. */
export interface CapturedRun {
  exitCode: number;
  /** Lines printed for people (stdout), in order. */
  lines: string[];
  /** The same lines joined with `\n`. */
  stdout: string;
  /** Error lines (stderr) joined with `\n`. */
  stderr: string;
}

/**
 * Runs the `sohoa` command line in-process with `argv`, capturing what it prints. `env` is where
 * `SOHOA_LANG` is read (default: the process's, which the test suite sets to `en`).
 */
export async function runCaptured(argv: string[], env?: NodeJS.ProcessEnv): Promise<CapturedRun> {
  const lines: string[] = [];
  const errors: string[] = [];
  const output: CliOutput = { info: (line) => lines.push(line), error: (line) => errors.push(line) };
  const exitCode = await runCli(argv, output, env);
  return { exitCode, lines, stdout: lines.join('\n'), stderr: errors.join('\n') };
}
