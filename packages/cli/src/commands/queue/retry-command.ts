import { retryFailed } from '@sohoa/queue';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { withConnectionOptions } from './connection-options.js';

interface RetryCommandOptions {
  redis: string;
  queue?: string;
  batch?: string;
  json?: boolean;
}

/** Adds `sohoa queue retry --redis <url> [--batch <id>]`: queues failed and incomplete dossiers again. */
export function addRetryCommand(program: Command, context: CommandContext): void {
  withConnectionOptions(program.command('retry'))
    .description(
      'Queue again the dossiers that failed or are incomplete (after fixing their scans); their finished documents are reused, not redone.',
    )
    .option('--batch <id>', 'only this batch')
    .option('--json', 'print the result as JSON')
    .action(async (options: RetryCommandOptions) => {
      const retried = await retryFailed({
        redis: options.redis,
        queueName: options.queue,
        batchId: options.batch,
      });
      if (options.json) context.output.info(JSON.stringify(retried));
      else
        context.output.info(
          `${retried.dossiers.length} dossier(s) queued again (${retried.documents} failed document job(s))`,
        );
    });
}
