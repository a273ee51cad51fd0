import { type Bilingual, describeError, type MessageLanguage, SohoaError } from '@sohoa/base';
import type { TextLayerMode } from '@sohoa/ocr';
import type { DigitizeSettings } from '@sohoa/pipeline';
import { type Command, Option } from 'commander';
import { dpiOption } from './common-flags.js';
import { HELP_VALUES } from './help-values.js';
import { sayIn } from './in-language.js';
import { type OcrCommandOptions, ocrSettingsOf, withOcrOptions } from './ocr-command-options.js';

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
  ocrLang?: string | undefined;
  /** @deprecated `--lang` of 0.1: it is `--ocr-lang` now. */
  lang?: string | undefined;
  material?: 'document' | 'map-or-drawing' | 'photo' | undefined;
  cleanup: boolean;
  textLayer?: TextLayerMode | undefined;
  creator?: string | undefined;
  scans?: string | undefined;
}

/**
 * Checks `--ocr-lang` (and `--lang`, its old name) when the command is about to run, not while its
 * flags are parsed: the check is `@sohoa/pipeline`'s, which `--help` must not load. A language
 * sohoa ships no model for is a usage error worded as commander words a refused value.
 */
async function checkOcrLanguageOptions(command: Command, language: MessageLanguage): Promise<void> {
  const { checkOcrLanguage } = await import('@sohoa/pipeline');
  for (const option of command.options) {
    const name = option.attributeName();
    const value: unknown = command.getOptionValue(name);
    if ((name !== 'ocrLang' && name !== 'lang') || typeof value !== 'string') continue;
    try {
      checkOcrLanguage(value);
    } catch (error) {
      if (!SohoaError.isInstance(error)) throw error;
      command.error(
        `error: option '${option.flags}' argument '${value}' is invalid. ${describeError(error, language)}`,
        { code: 'commander.invalidArgument' },
      );
    }
  }
}

/**
 * Adds the settings flags (the OCR flags, `--config`, `--package`, `--archive-code`,
 * `--organization`, `--sign`/`--agency`/`--password-env`, `--dpi`, `--ocr-lang`, `--material`,
 * `--no-cleanup`, `--text-layer`, `--creator`, `--scans`) to a command, their help and usage errors
 * in `language`: `sohoa digitize` and `sohoa queue submit` take the same ones. `--lang`, the
 * `--ocr-lang` of 0.1, is kept hidden for one minor version ({@link settingsOf} notes it).
 *
 * @example
 * ```ts
 * const command = withSettingsOptions(program.command('digitize'), 'en').action(async (inputs, options) => {
 *   const resolved = await settingsOf(options);
 * });
 * ```
 */
export function withSettingsOptions(command: Command, language: MessageLanguage): Command {
  const say = sayIn(language);
  return (
    withOcrOptions(command, language)
      .option(
        '--config <file>',
        say(
          'đọc thiết lập từ tệp sohoa.config.json (tùy chọn trên dòng lệnh được ưu tiên)',
          'read settings from a sohoa.config.json (command-line options win)',
        ),
      )
      .addOption(
        new Option(
          '--package <type>',
          say('loại gói lập cho mỗi hồ sơ (mặc định: aip)', 'package each dossier as (default: aip)'),
        ).choices(['aip', 'sip', 'none']),
      )
      .option(
        '--archive-code <code>',
        say(
          'mã lưu trữ đặt trước mã hồ sơ trong arcFileCode của gói AIP',
          "archive code put before the dossier code in the AIP's arcFileCode",
        ),
      )
      .option(
        '--organization <name>',
        say(
          'lưu trữ hoặc cơ quan lập gói (tác nhân trong METS/PREMIS)',
          'the archive or agency making the packages (METS/PREMIS agent)',
        ),
      )
      .option(
        '--sign <p12>',
        say(
          'ký số từng tệp PDF/A bằng khóa PKCS#12 của cơ quan (mật khẩu lấy theo --password-env)',
          "sign each PDF/A with the agency's PKCS#12 key (password from --password-env)",
        ),
      )
      .option(
        '--agency <name>',
        say(
          'tên cơ quan hiện trên chữ ký (dùng với --sign)',
          'the agency name shown on the signature (with --sign)',
        ),
      )
      .option(
        '--password-env <variable>',
        say(
          'biến môi trường chứa mật khẩu của tệp PKCS#12 (mặc định: SOHOA_P12_PASSWORD)',
          'the environment variable holding the PKCS#12 password (default: SOHOA_P12_PASSWORD)',
        ),
      )
      .addOption(dpiOption(language))
      .option(
        '--ocr-lang <code>',
        say(
          'ngôn ngữ nhận dạng chữ (OCR): chỉ có vie (tiếng Việt) (mặc định: vie)',
          'OCR language: only vie (Vietnamese) ships (default: vie)',
        ),
      )
      // The --lang of 0.1, kept for one minor version: it is --ocr-lang now (--messages is the
      // language of sohoa's messages).
      .addOption(new Option('--lang <code>').hideHelp())
      .addOption(
        new Option(
          '--material <kind>',
          say(
            'loại tài liệu đã quét, để kiểm tra thông số quét (mặc định: document)',
            'what was scanned, for the scan profile (default: document)',
          ),
        ).choices(['document', 'map-or-drawing', 'photo']),
      )
      .option(
        '--no-cleanup',
        say(
          'giữ nguyên ảnh quét (không chỉnh nghiêng, không cắt viền) và nhận dạng trên một bản xám',
          'keep the scans as they are (no deskew or border crop) and OCR a plain grayscale copy',
        ),
      )
      .addOption(
        new Option(
          '--text-layer <mode>',
          say(
            'văn bản là một tệp PDF của máy quét đã có lớp chữ thì được ghi lại (ảnh giữ nguyên từng byte, không làm sạch): kết hợp lớp chữ của máy quét với kết quả nhận dạng của sohoa (combine), thay bằng kết quả của sohoa (replace) hoặc giữ nguyên (keep); PREMIS của gói AIP ghi lại lựa chọn này (mặc định: combine)',
            "a document that is one whole scanner PDF with a text layer is rewritten (its images byte for byte, no cleanup): combine the scanner's layer with sohoa's reading, replace it, or keep it; the AIP's PREMIS records it (default: combine)",
          ),
        ).choices([...HELP_VALUES.textLayerModes]),
      )
      .option(
        '--creator <code>',
        say(
          'mục lục: mã định danh cơ quan hoặc mã phông dùng để lập mã hồ sơ (fileCode)',
          'catalogs: the agency identifier or fond code that makes up fileCode',
        ),
      )
      .option(
        '--scans <folder>',
        say(
          'mục lục: thư mục gốc của các đường dẫn tệp trong mục lục (mặc định: thư mục chứa mục lục)',
          "catalogs: the folder the catalog's file paths start from (default: the catalog's folder)",
        ),
      )
      .hook('preAction', (_command, action) => checkOcrLanguageOptions(action, language))
  );
}

/**
 * The settings a command was given, with the notes to print first (a deprecated flag), or why its
 * flags cannot be used together.
 */
export type ResolvedSettings =
  | { settings: DigitizeSettings; out?: string | undefined; notes: Bilingual[]; usage?: undefined }
  | { usage: Bilingual };

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
  const { loadDigitizeConfig, mergeSettings, settingsOfConfig } = await import('@sohoa/pipeline');
  const config = options.config
    ? settingsOfConfig(await loadDigitizeConfig(options.config))
    : { out: undefined, settings: {} };
  const flags: DigitizeSettings = {
    packageType: options.package,
    archiveCode: options.archiveCode,
    organization: options.organization,
    dpi: options.dpi,
    language: options.ocrLang ?? options.lang,
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
    return {
      usage: {
        vi: '--sign cần --agency <tên> (tên cơ quan hiện trên chữ ký).',
        en: '--sign needs --agency <name> (the agency shown on the signature).',
      },
    };
  }
  const notes: Bilingual[] =
    options.lang === undefined
      ? []
      : [
          {
            vi: 'sohoa: --lang đã cũ, hãy dùng --ocr-lang (ngôn ngữ của thông báo là --messages).',
            en: 'sohoa: --lang is deprecated: use --ocr-lang (the language of messages is --messages).',
          },
        ];
  return { settings, out: config.out, notes };
}
