import type { CliOutput } from './cli-output.js';

/** What every command gets: where to write, and the exit code it may set (default 0). */
export interface CommandContext {
  output: CliOutput;
  exitCode: number;
}
