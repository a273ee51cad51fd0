import { batchStatus } from '@sohoa/queue';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { withConnectionOptions } from './connection-options.js';

interface StatusCommandOptions {
  redis: string;
  queue?: string;
  batch?: string;
  json?: boolean;
}

/**
 * Adds `sohoa queue status --redis <url> [--batch <id>] [--json]`: progress per batch and dossier,
 * failures with reasons, throughput. Exit 0 when nothing failed, 1 when something failed for good.
 */
export function addStatusCommand(program: Command, context: CommandContext): void {
  withConnectionOptions(program.command('status'))
    .description(
      'Show each batch: dossiers and documents done, in progress, failed (with reasons), pages per minute. Exit 1 when something failed.',
    )
    .option('--batch <id>', 'only this batch')
    .option('--json', 'print the status as JSON (an array of batches)')
    .action(async (options: StatusCommandOptions) => {
      const statuses = await batchStatus({
        redis: options.redis,
        queueName: options.queue,
        batchId: options.batch,
      });
      if (statuses.some((status) => status.failures.length > 0 || status.unplanned.length > 0))
        context.exitCode = 1;
      if (options.json) {
        context.output.info(JSON.stringify(statuses, null, 2));
        return;
      }
      if (statuses.length === 0) context.output.info('no batches in this queue');
      for (const status of statuses) {
        const { dossiers, documents, pages } = status;
        context.output.info(
          `batch ${status.batchId} → ${status.out}${status.finished ? ' (finished)' : ''}\n` +
            `  dossiers  ${dossiers.done} done, ${dossiers.incomplete} incomplete, ${dossiers.failed} failed, ${dossiers.inProgress} in progress, ${dossiers.waiting} waiting, of ${dossiers.total}\n` +
            `  documents ${documents.done} done, ${documents.failed} failed, ${documents.active} active, ${documents.waiting} waiting, of ${documents.total}\n` +
            `  pages     ${pages.done} of ${pages.total}; ${status.throughput.pagesPerMinute} pages/min`,
        );
        // The dossiers to look at; waiting ones are only counted (a new batch has thousands).
        for (const dossier of status.dossierList) {
          if (dossier.state !== 'done' && dossier.state !== 'waiting') {
            context.output.info(
              `  ${dossier.fileCode}: ${dossier.state}, ${dossier.documents.done}/${dossier.documents.total} documents`,
            );
          }
        }
        for (const failure of status.failures) {
          const what =
            failure.ordinal === undefined ? failure.dossier : `${failure.dossier}.${failure.ordinal}`;
          context.output.error(`  failed ${what} after ${failure.attempts} attempt(s): ${failure.reason}`);
        }
        for (const unplanned of status.unplanned) {
          context.output.error(`  not submitted ${unplanned.key}: ${unplanned.code}: ${unplanned.message}`);
        }
      }
    });
}
