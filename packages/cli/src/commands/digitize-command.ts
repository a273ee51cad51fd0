import { SohoaError } from '@sohoa/core';
import { TEXT_LAYER_MODES, type TextLayerMode } from '@sohoa/ocr';
import type { DigitizeOptions } from '@sohoa/pipeline';
import {
  checkOcrLanguage,
  type DigitizeConfig,
  digitize,
  loadDigitizeConfig,
  p12SigningHook,
} from '@sohoa/pipeline';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { eventLines } from '../digitize/event-lines.js';
import { TerminalProgress } from '../digitize/terminal-progress.js';
import { processOutput } from './cli-output.js';
import type { CommandContext } from './command-context.js';
import { type OcrCommandOptions, ocrSettingsOf, withOcrOptions } from './ocr-command-options.js';
import { parseCount, parsePositiveNumber, parseTime } from './parse-options.js';

interface DigitizeCommandOptions extends OcrCommandOptions {
  out?: string;
  jobs?: number;
  package?: 'aip' | 'sip' | 'none';
  archiveCode?: string;
  organization?: string;
  sign?: string;
  agency?: string;
  passwordEnv?: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
  config?: string;
  dpi?: number;
  lang?: string;
  languageData?: string;
  material?: 'document' | 'map-or-drawing' | 'photo';
  cleanup: boolean;
  textLayer: TextLayerMode;
  createdAt?: Date;
  creator?: string;
  scans?: string;
}

function parseLanguage(value: string): string {
  try {
    return checkOcrLanguage(value);
  } catch (error) {
    if (!SohoaError.isInstance(error)) throw error;
    throw new InvalidArgumentError(`${error.message} ${error.fix}`);
  }
}

/**
 * Adds `sohoa digitize <inputs...> --out <folder>`: the whole pipeline over {@link digitize},
 * with progress as plain lines (a bar on a terminal) or a JSON event stream, exit 0 when
 * everything is done and 1 when anything failed.
 */
export function addDigitizeCommand(program: Command, context: CommandContext): void {
  withOcrOptions(program.command('digitize'))
    .description(
      'Digitize dossiers (folders with dossier.json and scans, folders of them, or .xlsx/.csv catalogs pointing at the scans): per document a two-layer PDF/A-2b <fileCode>/<fileCode>.<n>.pdf, per dossier a validated AIP_hoso. Resumable: re-run the same command after an interruption.',
    )
    .argument('<inputs...>', 'dossier folders, folders of dossier folders, or catalogs (.xlsx, .csv)')
    .option(
      '-o, --out <folder>',
      'the output folder (created if missing); required unless the config file sets it',
    )
    .option('-j, --jobs <number>', 'pages read at once (default: the number of cores)', parseCount)
    .addOption(
      new Option('--package <type>', 'package each dossier as (default: aip)').choices([
        'aip',
        'sip',
        'none',
      ]),
    )
    .option('--archive-code <code>', "archive code put before the dossier code in the AIP's arcFileCode")
    .option('--organization <name>', 'the archive or agency making the packages (METS/PREMIS agent)')
    .option('--sign <p12>', "sign each PDF/A with the agency's PKCS#12 key (password from --password-env)")
    .option('--agency <name>', 'the agency name shown on the signature (with --sign)')
    .option(
      '--password-env <variable>',
      'the environment variable holding the PKCS#12 password (default: SOHOA_P12_PASSWORD)',
    )
    .option(
      '--dry-run',
      'check the inputs and metadata (every page decoded, scan profile) without OCR or writing',
    )
    .option('--force', 'redo documents and dossiers the journal records as finished')
    .option('--json', 'print the progress events as JSON, one per line')
    .option('--config <file>', 'read settings from a sohoa.config.json (command-line options win)')
    .option(
      '--dpi <number>',
      'scan resolution to use instead of the one stored in the files',
      parsePositiveNumber(context.language),
    )
    .option('--lang <code>', 'OCR language: only vie (Vietnamese) ships (default: vie)', parseLanguage)
    .option(
      '--language-data <folder>',
      'a folder holding vie.traineddata.gz (default: the installed npm package)',
    )
    .addOption(
      new Option('--material <kind>', 'what was scanned, for the scan profile (default: document)').choices([
        'document',
        'map-or-drawing',
        'photo',
      ]),
    )
    .option(
      '--no-cleanup',
      'keep the scans as they are (no deskew or border crop) and OCR a plain grayscale copy',
    )
    .addOption(
      new Option(
        '--text-layer <mode>',
        "a document that is one whole scanner PDF with a text layer is rewritten (its images byte for byte, no cleanup): combine the scanner's layer with sohoa's reading, replace it, or keep it; the AIP's PREMIS records it",
      )
        .choices([...TEXT_LAYER_MODES])
        .default('combine'),
    )
    .option(
      '--created-at <time>',
      'creation time written into every output, ISO 8601 (default: the first run’s start)',
      parseTime,
    )
    .option('--creator <code>', 'catalogs: the agency identifier or fond code that makes up fileCode')
    .option(
      '--scans <folder>',
      "catalogs: the folder the catalog's file paths start from (default: the catalog's folder)",
    )
    .action(async (inputs: string[], options: DigitizeCommandOptions) => {
      const config: DigitizeConfig = options.config ? await loadDigitizeConfig(options.config) : {};
      const out = options.out ?? config.out;
      if (!out) {
        context.output.error(
          'sohoa: error USAGE_ERROR: required option \'-o, --out <folder>\' not specified (or set "out" in the config file).',
        );
        context.exitCode = 2;
        return;
      }
      const signing = options.sign
        ? {
            p12: options.sign,
            agency: options.agency ?? options.organization ?? config.organization,
            passwordEnv: options.passwordEnv,
            reason: undefined,
          }
        : config.sign;
      if (signing && !signing.agency) {
        context.output.error(
          'sohoa: error USAGE_ERROR: --sign needs --agency <name> (the agency shown on the signature).',
        );
        context.exitCode = 2;
        return;
      }
      const settings: DigitizeOptions = {
        inputs,
        out,
        jobs: options.jobs ?? config.jobs,
        packageType: options.package ?? config.package,
        archiveCode: options.archiveCode ?? config.archiveCode,
        organization: options.organization ?? config.organization,
        dpi: options.dpi ?? config.dpi,
        language: options.lang ?? config.lang,
        languageDataPath: options.languageData ?? config.languageData,
        material: options.material ?? config.material,
        cleanup: options.cleanup === false ? false : config.cleanup,
        textLayer: options.textLayer,
        sign: signing ? await p12SigningHook({ ...signing, agency: signing.agency as string }) : undefined,
        createdAt: options.createdAt,
        force: options.force,
        dryRun: options.dryRun,
        catalog: {
          ...config.catalog,
          ...(options.creator ? { creator: options.creator } : {}),
          ...(options.scans ? { scansRoot: options.scans } : {}),
        },
        limits: config.limits,
        ocr: {
          pagesPerWorker: config.ocr?.pagesPerWorker,
          timeoutMs:
            config.ocr?.timeoutSeconds === undefined
              ? undefined
              : Math.round(config.ocr.timeoutSeconds * 1000),
          orderColumns: config.ocr?.orderColumns,
          correct: config.ocr?.correct,
          detectOrientation: config.ocr?.detectOrientation,
          ...ocrSettingsOf(options),
        },
      };
      const terminal =
        !options.json && context.output === processOutput && process.stdout.isTTY
          ? new TerminalProgress(process.stdout, context.language)
          : undefined;
      let failures = 0;
      for await (const event of digitize(settings)) {
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
