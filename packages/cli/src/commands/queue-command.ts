import type { MessageLanguage } from '@sohoa/base';
import { SohoaError } from '@sohoa/base';
import type { Command } from 'commander';
import type { CliErrorCode } from '../errors/cli-error-codes.js';
import type { CliOutput } from './cli-output.js';
import type { CommandContext } from './command-context.js';
import { asksForHelp } from './command-table.js';
import { sayIn } from './in-language.js';

/** What `sohoa queue` runs: its subcommands (./queue/), which use `@sohoa/queue`. */
interface QueueModule {
  runQueueCommand(argv: readonly string[], output: CliOutput, language: MessageLanguage): Promise<number>;
}

/**
 * Loads `@sohoa/queue` (an optional peer dependency: `sohoa` works without it, and loads it, with
 * BullMQ, only when `sohoa queue` runs), then the `sohoa queue` subcommands built on it.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `QUEUE_NOT_INSTALLED` when it is not installed.
 */
export async function loadQueueModule(
  load: () => Promise<unknown> = () => import('@sohoa/queue'),
): Promise<QueueModule> {
  try {
    await load();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new SohoaError<CliErrorCode>({
      code: 'QUEUE_NOT_INSTALLED',
      message: {
        vi: '"sohoa queue" cần gói @sohoa/queue, gói này chưa được cài đặt.',
        en: '"sohoa queue" needs the package @sohoa/queue, which is not installed.',
      },
      fix: { vi: 'Cài đặt gói: npm install @sohoa/queue', en: 'npm install @sohoa/queue' },
      cause: error,
    });
  }
  return import('./queue/run-queue-command.js');
}

/**
 * Adds `sohoa queue <submit|work|status|retry> …`: digitizing across many machines through a
 * BullMQ job queue on Redis. The subcommands (./queue/) and `@sohoa/queue` are loaded when the
 * command runs; its arguments are passed on unparsed.
 *
 * @example
 * ```ts
 * addQueueCommand(program, context); // then: sohoa queue work --redis redis://10.0.0.5:6379
 * ```
 */
export function addQueueCommand(
  program: Command,
  context: CommandContext,
  load?: () => Promise<unknown>,
): void {
  const say = sayIn(context.language);
  program
    .command('queue')
    .description(
      say(
        'Số hóa trên nhiều máy qua hàng đợi việc trên Redis (BullMQ): "sohoa queue submit|work|status|retry --help" (cần gói @sohoa/queue).',
        'Digitize across many machines through a job queue on Redis (BullMQ): "sohoa queue submit|work|status|retry --help" (needs @sohoa/queue).',
      ),
    )
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .argument(
      '[arguments...]',
      say('submit|work|status|retry và tùy chọn của chúng', 'submit|work|status|retry and their options'),
    )
    .action(async (argv: string[]) => {
      // The help of the subcommands needs neither @sohoa/queue nor BullMQ.
      const queue = asksForHelp(argv)
        ? await import('./queue/run-queue-command.js')
        : await loadQueueModule(load);
      context.exitCode = await queue.runQueueCommand(argv, context.output, context.language);
    });
}
