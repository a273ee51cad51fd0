import { type MessageLanguage, SohoaError } from '@sohoa/base';
import { Command, CommanderError, Option } from 'commander';
import type { CliOutput } from '../cli-output.js';
import type { CommandContext } from '../command-context.js';
import { commanderOutput, speakLanguage } from '../commander-language.js';
import { errorLine } from '../error-line.js';
import { sayIn } from '../in-language.js';
import { addRetryCommand } from './retry-command.js';
import { addStatusCommand } from './status-command.js';
import { addSubmitCommand } from './submit-command.js';
import { addWorkCommand } from './work-command.js';

/**
 * Runs `sohoa queue <submit|work|status|retry> …` (the arguments after `queue`) and returns the
 * exit code: 0 done, 1 failed (or, for `status`, failures in the batch), 2 usage error. `sohoa`
 * loads this module, and with it `@sohoa/queue` (BullMQ), only when `sohoa queue` is run.
 *
 * @param language The language of help, lines and errors (`sohoa`'s `--messages`, else
 *   `SOHOA_LANG`, else Vietnamese); `--messages` among `argv` is accepted too. @default 'en'
 *
 * @example
 * ```ts
 *
 * const output = { info: console.log, error: console.error };
 * process.exitCode = await runQueueCommand(['status', '--redis', 'redis://127.0.0.1:6379'], output, 'vi');
 * ```
 */
export async function runQueueCommand(
  argv: readonly string[],
  output: CliOutput,
  language: MessageLanguage = 'en',
): Promise<number> {
  const say = sayIn(language);
  const program = new Command('sohoa queue')
    .description(
      say(
        'Số hóa trên nhiều máy: hàng đợi việc BullMQ trên Redis, các máy xử lý dùng chung một bộ nhớ.',
        'Digitize across many machines: a BullMQ job queue on Redis, workers sharing a storage.',
      ),
    )
    .addOption(
      // sohoa's global option, read before this program runs (messagesLanguage): accepted here too.
      new Option(
        '--messages <language>',
        say(
          'ngôn ngữ của thông báo và trợ giúp: vi (tiếng Việt) hoặc en (tiếng Anh)',
          'language of messages and help: vi (Vietnamese) or en (English)',
        ),
      ).choices(['vi', 'en']),
    )
    .exitOverride()
    .configureOutput(commanderOutput(output, language));
  speakLanguage(program, language);
  program.showHelpAfterError(
    say(
      '(xem "sohoa queue --help" hoặc "sohoa queue <lệnh> --help" để biết cách dùng)',
      '(run "sohoa queue --help" or "sohoa queue <command> --help" for usage)',
    ),
  );
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
      output.error(errorLine(error, language));
      return 1;
    }
    throw error;
  }
}
