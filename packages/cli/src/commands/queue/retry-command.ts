import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { sayIn } from '../in-language.js';
import { withConnectionOptions } from './connection-options.js';

interface RetryCommandOptions {
  redis: string;
  queue?: string;
  batch?: string;
  json?: boolean;
}

/** Adds `sohoa queue retry --redis <url> [--batch <id>]`: queues failed and incomplete dossiers again. */
export function addRetryCommand(program: Command, context: CommandContext): void {
  const say = sayIn(context.language);
  withConnectionOptions(program.command('retry'), context.language)
    .description(
      say(
        'Đưa lại vào hàng đợi các hồ sơ bị lỗi hoặc chưa xong (sau khi đã sửa ảnh quét); các văn bản đã xong được dùng lại, không làm lại.',
        'Queue again the dossiers that failed or are incomplete (after fixing their scans); their finished documents are reused, not redone.',
      ),
    )
    .option('--batch <id>', say('chỉ lô này', 'only this batch'))
    .option('--json', say('in kết quả dạng JSON', 'print the result as JSON'))
    .action(async (options: RetryCommandOptions) => {
      const { retryFailed } = await import('@sohoa/queue');
      const retried = await retryFailed({
        redis: options.redis,
        queueName: options.queue,
        batchId: options.batch,
      });
      if (options.json) context.output.info(JSON.stringify(retried));
      else
        context.output.info(
          say(
            `đã đưa lại ${retried.dossiers.length} hồ sơ vào hàng đợi (${retried.documents} việc văn bản bị lỗi)`,
            `${retried.dossiers.length} dossier(s) queued again (${retried.documents} failed document job(s))`,
          ),
        );
    });
}
