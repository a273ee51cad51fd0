import { loadDigitizeConfig } from '@sohoa/pipeline';
import { submitBatch } from '@sohoa/queue';
import { type Command, Option } from 'commander';
import type { CommandContext } from '../command-context.js';
import { type OcrCommandOptions, ocrSettingsOf, withOcrOptions } from '../ocr-command-options.js';
import { parseCount, parseTime } from '../parse-options.js';
import { withConnectionOptions } from './connection-options.js';

interface SubmitCommandOptions extends OcrCommandOptions {
  redis: string;
  out: string;
  batch?: string;
  queue?: string;
  package?: 'aip' | 'sip' | 'none';
  archiveCode?: string;
  organization?: string;
  dpi?: number;
  lang?: string;
  cleanup: boolean;
  createdAt?: Date;
  attempts?: number;
  backoff?: number;
  json?: boolean;
  creator?: string;
  scans?: string;
  config?: string;
}

/** Adds `sohoa queue submit <inputs...> --out <storage> --redis <url>`. */
export function addSubmitCommand(program: Command, context: CommandContext): void {
  withOcrOptions(withConnectionOptions(program.command('submit')))
    .description(
      'Turn a batch into jobs: per dossier a package job whose children are one job per document. Submitting the same batch again adds nothing twice.',
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
    .addOption(
      new Option('--package <type>', 'package each dossier as (default: aip)').choices([
        'aip',
        'sip',
        'none',
      ]),
    )
    .option(
      '--archive-code <code>',
      "the archive's code, put before the dossier code in an AIP's arcFileCode",
    )
    .option('--organization <name>', 'the archive or agency making the packages')
    .option('--dpi <number>', "resolution for every page instead of the files' own", parseCount)
    .option('--lang <code>', 'OCR language (only vie ships)')
    .option('--no-cleanup', 'keep the scans as they are (no deskew, crop, …)')
    .option(
      '--created-at <time>',
      'creation time of every PDF and package (default: the first submission time)',
      parseTime,
    )
    .option('--attempts <number>', 'executions of a job before it fails for good (default: 3)', parseCount)
    .option('--backoff <ms>', 'first retry delay, doubled each retry (default: 10000)', parseCount)
    .option('--creator <code>', 'catalogs: the agency identifier or fond code that makes up fileCode')
    .option(
      '--scans <folder>',
      "catalogs: the folder the catalog's file paths start from (default: the catalog's folder)",
    )
    .option(
      '--config <file>',
      'catalogs: read the catalog settings ("catalog": columns, scansRoot, creator, …) of a sohoa.config.json',
    )
    .option('--json', 'print the result as JSON')
    .action(async (inputs: string[], options: SubmitCommandOptions) => {
      const config = options.config ? await loadDigitizeConfig(options.config) : {};
      // Only the OCR settings given; none at all leaves the batch on digitize's defaults.
      const ocr = ocrSettingsOf(options);
      const submitted = await submitBatch({
        redis: options.redis,
        queueName: options.queue,
        inputs,
        out: options.out,
        batchId: options.batch,
        packageType: options.package,
        archiveCode: options.archiveCode,
        organization: options.organization,
        dpi: options.dpi,
        language: options.lang,
        noCleanup: options.cleanup ? undefined : true,
        ocr: Object.keys(ocr).length > 0 ? ocr : undefined,
        createdAt: options.createdAt,
        retry: { attempts: options.attempts, backoffMs: options.backoff },
        // The same catalog settings as sohoa digitize: command-line options win over the config file.
        catalog: {
          ...config.catalog,
          ...(options.creator ? { creator: options.creator } : {}),
          ...(options.scans ? { scansRoot: options.scans } : {}),
        },
        limits: config.limits,
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
