import { submitBatch } from '@sohoa/queue';
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { parseCount, parseTime } from '../parse-options.js';
import { type SettingsCommandOptions, settingsOf, withSettingsOptions } from '../settings-options.js';
import { withConnectionOptions } from './connection-options.js';

interface SubmitCommandOptions extends SettingsCommandOptions {
  redis: string;
  out: string;
  batch?: string;
  queue?: string;
  createdAt?: Date;
  attempts?: number;
  backoff?: number;
  json?: boolean;
}

/** Adds `sohoa queue submit <inputs...> --out <storage> --redis <url>`. */
export function addSubmitCommand(program: Command, context: CommandContext): void {
  withSettingsOptions(withConnectionOptions(program.command('submit')), context.language)
    .description(
      'Turn a batch into jobs: per dossier a package job whose children are one job per document. Submitting the same batch again adds nothing twice. Takes the settings of sohoa digitize (flags and --config).',
    )
    .argument(
      '<inputs...>',
      'dossier folders, folders of dossier folders, or catalogs, on the shared storage',
    )
    .requiredOption(
      '-o, --out <storage>',
      'the shared output folder (or file:// URL), the same path on every worker',
    )
    .option('--batch <id>', 'the batch id (default: a hash of the inputs and the output)')
    .option(
      '--created-at <time>',
      'creation time of every PDF and package (default: the first submission time)',
      parseTime,
    )
    .option('--attempts <number>', 'executions of a job before it fails for good (default: 3)', parseCount)
    .option('--backoff <ms>', 'first retry delay, doubled each retry (default: 10000)', parseCount)
    .option('--json', 'print the result as JSON')
    .action(async (inputs: string[], options: SubmitCommandOptions) => {
      const resolved = await settingsOf(options);
      if (resolved.usage !== undefined) {
        context.output.error(`sohoa: error USAGE_ERROR: ${resolved.usage}`);
        context.exitCode = 2;
        return;
      }
      // Each worker has its own --concurrency and --language-data.
      const { jobs: _jobs, languageDataPath: _languageData, ...settings } = resolved.settings;
      const submitted = await submitBatch({
        ...settings,
        redis: options.redis,
        queueName: options.queue,
        inputs,
        out: options.out,
        batchId: options.batch,
        createdAt: options.createdAt,
        retry: { attempts: options.attempts, backoffMs: options.backoff },
      });
      if (options.json) {
        context.output.info(JSON.stringify(submitted));
      } else {
        context.output.info(
          `batch ${submitted.batchId}: ${submitted.dossiers} dossiers, ${submitted.documents} documents, ${submitted.pages} pages; ${submitted.added} jobs added, ${submitted.existing} already queued`,
        );
        for (const unplanned of submitted.unplanned) {
          context.output.error(`sohoa: error ${unplanned.code}: ${unplanned.message}`);
        }
      }
      if (submitted.unplanned.length > 0) context.exitCode = 1;
    });
}
