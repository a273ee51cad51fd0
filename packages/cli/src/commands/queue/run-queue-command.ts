import type { MessageLanguage } from '@sohoa/base';
import { SohoaError } from '@sohoa/core';
import { Command, CommanderError } from 'commander';
import type { CliOutput } from '../cli-output.js';
import type { CommandContext } from '../command-context.js';
import { addRetryCommand } from './retry-command.js';
import { addStatusCommand } from './status-command.js';
import { addSubmitCommand } from './submit-command.js';
import { addWorkCommand } from './work-command.js';

/**
 * Runs `sohoa queue <submit|work|status|retry> …` (the arguments after `queue`) and returns the
 * exit code: 0 done, 1 failed (or, for `status`, failures in the batch), 2 usage error. `sohoa`
 * loads this module, and with it `@sohoa/queue` (BullMQ), only when `sohoa queue` is run.
 *
 * @param language The language of the run (`--messages`); the queue's own messages are in English. @default 'en'
 *
 * @example
 * ```ts
 *
 * const output = { info: console.log, error: console.error };
 * process.exitCode = await runQueueCommand(['status', '--redis', 'redis://127.0.0.1:6379'], output);
 * ```
 */
export async function runQueueCommand(
  argv: readonly string[],
  output: CliOutput,
  language: MessageLanguage = 'en',
): Promise<number> {
  const program = new Command('sohoa queue')
    .description('Digitize across many machines: a BullMQ job queue on Redis, workers sharing a storage.')
    .showHelpAfterError('(run "sohoa queue --help" or "sohoa queue <command> --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.info(text.trimEnd()),
      writeErr: (text) => output.error(text.trimEnd()),
    });
  const context: CommandContext = { output, exitCode: 0, language };
  addSubmitCommand(program, context);
  addWorkCommand(program, context);
  addStatusCommand(program, context);
  addRetryCommand(program, context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (SohoaError.isInstance(error)) {
      output.error(`sohoa: error ${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
