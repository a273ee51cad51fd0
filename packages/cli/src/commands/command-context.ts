import type { MessageLanguage } from '@sohoa/base';
import type { CliOutput } from './cli-output.js';

/**
 * What every command gets: where to write, the exit code it may set (default 0), and the
 * language of its messages and help (`--messages`, `SOHOA_LANG`, default Vietnamese).
 */
export interface CommandContext {
  output: CliOutput;
  exitCode: number;
  language: MessageLanguage;
}
