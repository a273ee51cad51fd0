import { digitize } from '@sohoa/pipeline';
import type { Command } from 'commander';
import { eventLines } from '../digitize/event-lines.js';
import { TerminalProgress } from '../digitize/terminal-progress.js';
import { processOutput } from './cli-output.js';
import type { CommandContext } from './command-context.js';
import { parseCount, parseTime } from './parse-options.js';
import { type SettingsCommandOptions, settingsOf, withSettingsOptions } from './settings-options.js';

interface DigitizeCommandOptions extends SettingsCommandOptions {
  out?: string;
  jobs?: number;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  languageData?: string;
  createdAt?: Date;
}

/**
 * Adds `sohoa digitize <inputs...> --out <folder>`: the whole pipeline over {@link digitize},
 * with progress as plain lines (a bar on a terminal) or a JSON event stream, exit 0 when
 * everything is done and 1 when anything failed.
 */
export function addDigitizeCommand(program: Command, context: CommandContext): void {
  withSettingsOptions(program.command('digitize'), context.language)
    .description(
      'Digitize dossiers (folders with dossier.json and scans, folders of them, or .xlsx/.csv catalogs pointing at the scans): per document a two-layer PDF/A-2b <fileCode>/<fileCode>.<n>.pdf, per dossier a validated AIP_hoso. Resumable: re-run the same command after an interruption.',
    )
    .argument('<inputs...>', 'dossier folders, folders of dossier folders, or catalogs (.xlsx, .csv)')
    .option(
      '-o, --out <folder>',
      'the output folder (created if missing); required unless the config file sets it',
    )
    .option('-j, --jobs <number>', 'pages read at once (default: the number of cores)', parseCount)
    .option(
      '--language-data <folder>',
      'a folder holding vie.traineddata.gz (default: the installed npm package)',
    )
    .option(
      '--dry-run',
      'check the inputs and metadata (every page decoded, scan profile) without OCR or writing',
    )
    .option('--force', 'redo documents and dossiers the journal records as finished')
    .option('--json', 'print the progress events as JSON, one per line')
    .option(
      '--created-at <time>',
      'creation time written into every output, ISO 8601 (default: the first run’s start)',
      parseTime,
    )
    .action(async (inputs: string[], options: DigitizeCommandOptions) => {
      const resolved = await settingsOf(options);
      const out = resolved.usage === undefined ? (options.out ?? resolved.out) : undefined;
      if (resolved.usage !== undefined || !out) {
        context.output.error(
          `sohoa: error USAGE_ERROR: ${resolved.usage ?? 'required option \'-o, --out <folder>\' not specified (or set "out" in the config file).'}`,
        );
        context.exitCode = 2;
        return;
      }
      const { settings } = resolved;
      const run = digitize({
        ...settings,
        inputs,
        out,
        jobs: options.jobs ?? settings.jobs,
        languageDataPath: options.languageData ?? settings.languageDataPath,
        createdAt: options.createdAt,
        force: options.force,
        dryRun: options.dryRun,
      });
      const terminal =
        !options.json && context.output === processOutput && process.stdout.isTTY
          ? new TerminalProgress(process.stdout, context.language)
          : undefined;
      let failures = 0;
      for await (const event of run) {
        if (event.type === 'summary') failures = event.summary.failures.length;
        if (options.json) {
          context.output.info(JSON.stringify(event));
        } else if (terminal) {
          terminal.update(event);
        } else {
          const { info, errors } = eventLines(event, context.language);
          for (const line of info) context.output.info(line);
          for (const line of errors) context.output.error(line);
        }
      }
      terminal?.done();
      context.exitCode = failures > 0 ? 1 : 0;
    });
}
