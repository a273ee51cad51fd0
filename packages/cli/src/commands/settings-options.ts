import type { MessageLanguage } from '@sohoa/base';
import { SohoaError } from '@sohoa/core';
import { TEXT_LAYER_MODES, type TextLayerMode } from '@sohoa/ocr';
import {
  checkOcrLanguage,
  type DigitizeSettings,
  loadDigitizeConfig,
  mergeSettings,
  settingsOfConfig,
} from '@sohoa/pipeline';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type OcrCommandOptions, ocrSettingsOf, withOcrOptions } from './ocr-command-options.js';
import { parsePositiveNumber } from './parse-options.js';

/**
 * The settings flags `sohoa digitize` and `sohoa queue submit` share (every setting that shapes
 * the outputs), as commander parses them.
 *
 * @example
 * ```ts
 * const options: SettingsCommandOptions = { cleanup: true, material: 'photo', sign: 'agency.p12', agency: 'UBND' };
 * ```
 */
export interface SettingsCommandOptions extends OcrCommandOptions {
  config?: string | undefined;
  package?: 'aip' | 'sip' | 'none' | undefined;
  archiveCode?: string | undefined;
  organization?: string | undefined;
  sign?: string | undefined;
  agency?: string | undefined;
  passwordEnv?: string | undefined;
  dpi?: number | undefined;
  lang?: string | undefined;
  material?: 'document' | 'map-or-drawing' | 'photo' | undefined;
  cleanup: boolean;
  textLayer?: TextLayerMode | undefined;
  creator?: string | undefined;
  scans?: string | undefined;
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
 * Adds the settings flags (the OCR flags, `--config`, `--package`, `--archive-code`,
 * `--organization`, `--sign`/`--agency`/`--password-env`, `--dpi`, `--lang`, `--material`,
 * `--no-cleanup`, `--text-layer`, `--creator`, `--scans`) to a command: `sohoa digitize` and `sohoa queue submit`
 * take the same ones.
 *
 * @example
 * ```ts
 * const command = withSettingsOptions(program.command('digitize'), 'en').action(async (inputs, options) => {
 *   const resolved = await settingsOf(options);
 * });
 * ```
 */
export function withSettingsOptions(command: Command, language: MessageLanguage): Command {
  return withOcrOptions(command)
    .option('--config <file>', 'read settings from a sohoa.config.json (command-line options win)')
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
      '--dpi <number>',
      'scan resolution to use instead of the one stored in the files',
      parsePositiveNumber(language),
    )
    .option('--lang <code>', 'OCR language: only vie (Vietnamese) ships (default: vie)', parseLanguage)
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
        "a document that is one whole scanner PDF with a text layer is rewritten (its images byte for byte, no cleanup): combine the scanner's layer with sohoa's reading, replace it, or keep it; the AIP's PREMIS records it (default: combine)",
      ).choices([...TEXT_LAYER_MODES]),
    )
    .option('--creator <code>', 'catalogs: the agency identifier or fond code that makes up fileCode')
    .option(
      '--scans <folder>',
      "catalogs: the folder the catalog's file paths start from (default: the catalog's folder)",
    );
}

/** The settings a command was given, or why its flags cannot be used together. */
export type ResolvedSettings =
  | { settings: DigitizeSettings; out?: string | undefined; usage?: undefined }
  | { usage: string };

/**
 * The {@link DigitizeSettings} of a run: those of the `--config` file, the flags over them (the
 * `ocr` and `catalog` settings one by one). `--sign` without an agency (`--agency`, else the
 * organization) is a usage error.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` / `CONFIG_INVALID` for the config file.
 *
 * @example
 * ```ts
 * const resolved = await settingsOf({ cleanup: true, config: 'sohoa.config.json', material: 'photo' });
 * if (resolved.usage === undefined) console.log(resolved.settings.material); // 'photo'
 * ```
 */
export async function settingsOf(options: SettingsCommandOptions): Promise<ResolvedSettings> {
  const config = options.config
    ? settingsOfConfig(await loadDigitizeConfig(options.config))
    : { out: undefined, settings: {} };
  const flags: DigitizeSettings = {
    packageType: options.package,
    archiveCode: options.archiveCode,
    organization: options.organization,
    dpi: options.dpi,
    language: options.lang,
    material: options.material,
    cleanup: options.cleanup === false ? false : undefined,
    textLayer: options.textLayer,
    ocr: ocrSettingsOf(options),
    catalog: { creator: options.creator, scansRoot: options.scans },
    sign: options.sign
      ? {
          p12: options.sign,
          agency: options.agency ?? options.organization ?? config.settings.organization ?? '',
          passwordEnv: options.passwordEnv,
        }
      : undefined,
  };
  const settings = mergeSettings(config.settings, flags);
  if (settings.sign && !settings.sign.agency) {
    return { usage: '--sign needs --agency <name> (the agency shown on the signature).' };
  }
  return { settings, out: config.out };
}
