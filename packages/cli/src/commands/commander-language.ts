import type { MessageLanguage } from '@sohoa/base';
import { type Command, Help, type OutputConfiguration } from 'commander';
import type { CliOutput } from './cli-output.js';

/** The headings of commander's help, in Vietnamese. */
const TITLES_VI: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
};

/** The words commander puts in option and argument descriptions around ours, in Vietnamese. */
const HELP_WORDS_VI: readonly [RegExp, string][] = [
  [/\(choices: /u, '(chỉ nhận: '],
  [/(\(|, )default: /u, '$1mặc định: '],
  [/(\(|, )preset: /u, '$1giá trị khi không ghi: '],
  [/(\(|, )env: /u, '$1biến môi trường: '],
];

/**
 * The placeholders of sohoa's arguments and option values (`<folder>`, `<inputs...>`), in
 * Vietnamese: one hyphenated word each, so that the usage line still reads as one token per value.
 */
const PLACEHOLDERS_VI: Readonly<Record<string, string>> = {
  '<angle>': '<góc>',
  '<code>': '<mã>',
  '<config>': '<tệp-cấu-hình>',
  '<dir>': '<thư-mục>',
  '<file>': '<tệp>',
  '<files...>': '<các-tệp...>',
  '<folder>': '<thư-mục>',
  '<format>': '<định-dạng>',
  '<id>': '<mã-định-danh>',
  '<image>': '<ảnh>',
  '<images...>': '<các-ảnh...>',
  '<inputs...>': '<đầu-vào...>',
  '<kind>': '<loại>',
  '<language>': '<ngôn-ngữ>',
  '<locale>': '<ngôn-ngữ>',
  '<mode>': '<chế-độ>',
  '<ms>': '<mili-giây>',
  '<name>': '<tên>',
  '<number>': '<số>',
  '<out-folder>': '<thư-mục-kết-quả>',
  '<out.xlsx>': '<tệp-mẫu.xlsx>',
  '<p12>': '<tệp-p12>',
  '<package>': '<gói>',
  '<profile>': '<bộ-quy-tắc>',
  '<seconds>': '<giây>',
  '<storage>': '<nơi-lưu-trữ>',
  '<text>': '<nội-dung>',
  '<time>': '<thời-điểm>',
  '<type>': '<loại>',
  '<url>': '<địa-chỉ>',
  '<variable>': '<biến>',
  '<version>': '<phiên-bản>',
  '<WxH>': '<rộngxcao>',
  '[arguments...]': '[tham-số...]',
  '[command]': '[lệnh]',
  '[options]': '[tùy chọn]',
};

/** The placeholders of a usage line, an option's or argument's term, or an error, in Vietnamese. */
function placeholdersVi(text: string): string {
  return text.replace(
    /<[^<>\s]+>|\[[^[\]\s]+\]/gu,
    (placeholder) => PLACEHOLDERS_VI[placeholder] ?? placeholder,
  );
}

/**
 * An argument's name as the Arguments section and commander's errors give it (`inputs`), in
 * Vietnamese (`đầu-vào`).
 */
function argumentNameVi(name: string): string {
  for (const placeholder of [`<${name}>`, `<${name}...>`, `[${name}]`, `[${name}...]`]) {
    const vietnamese = PLACEHOLDERS_VI[placeholder];
    if (vietnamese !== undefined) return vietnamese.slice(1, -1).replace(/\.\.\.$/u, '');
  }
  return name;
}

function helpWordsVi(text: string): string {
  let result = text;
  for (const [pattern, vietnamese] of HELP_WORDS_VI) result = result.replace(pattern, vietnamese);
  return result;
}

/**
 * commander's own error lines (usage errors), as patterns with their Vietnamese wording. The
 * English wording is commander's; the patterns keep the quoted parts.
 */
const ERRORS_VI: readonly [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/u, "lỗi: không có tùy chọn '$1'"],
  [/^error: unknown command '(.+?)'/u, "lỗi: không có lệnh '$1'"],
  [/^error: option '(.+?)' argument missing/u, "lỗi: tùy chọn '$1' thiếu giá trị"],
  [/^error: required option '(.+?)' not specified/u, "lỗi: chưa cho tùy chọn bắt buộc '$1'"],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\./u,
    "lỗi: giá trị '$2' của tùy chọn '$1' không hợp lệ.",
  ],
  [
    /^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\./u,
    "lỗi: giá trị '$1' của tham số '$2' không hợp lệ.",
  ],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./u,
    'lỗi: thừa tham số: cần $2, nhận $3.',
  ],
  [/Allowed choices are (.+)\./u, 'Chỉ nhận: $1.'],
  [/\(Did you mean one of (.+)\?\)/u, '(Có phải ý bạn là một trong: $1?)'],
  [/\(Did you mean (.+)\?\)/u, '(Có phải ý bạn là $1?)'],
];

/**
 * commander's error line in the user's language: its own usage errors are translated to
 * Vietnamese (what was wrong, the quoted option or argument kept with its placeholder in
 * Vietnamese, as the help shows it), English is left as it is.
 *
 * @example
 * ```ts
 * commanderError("error: unknown option '--bogus'", 'vi'); // "lỗi: không có tùy chọn '--bogus'"
 * ```
 */
export function commanderError(line: string, language: MessageLanguage): string {
  if (language === 'en') return line;
  let text = line.replace(
    /^error: missing required argument '(.+?)'/u,
    (_, name: string) => `lỗi: thiếu tham số bắt buộc '${argumentNameVi(name)}'`,
  );
  for (const [pattern, vietnamese] of ERRORS_VI) text = text.replace(pattern, vietnamese);
  return placeholdersVi(text);
}

/**
 * Sets the language of a `sohoa` program's help and usage errors: help headings, the words
 * commander adds (choices, default, `[options]`), the placeholders of arguments and option values
 * (`<folder>` is `<thư-mục>`), the `--help` and `help` descriptions, and the hint after an error. Subcommands created later
 * with `.command()` inherit it (commander copies help and output settings to them).
 *
 * @example
 * ```ts
 * const program = new Command('sohoa');
 * speakLanguage(program, 'vi');
 * ```
 */
export function speakLanguage(program: Command, language: MessageLanguage): void {
  const vi = language === 'vi';
  const help = Help.prototype;
  program
    .configureHelp(
      vi
        ? {
            styleTitle: (title) => TITLES_VI[title] ?? title,
            optionDescription: (option) => helpWordsVi(help.optionDescription(option)),
            argumentDescription: (argument) => helpWordsVi(help.argumentDescription(argument)),
            optionTerm: (option) => placeholdersVi(help.optionTerm(option)),
            argumentTerm: (argument) => argumentNameVi(help.argumentTerm(argument)),
            subcommandTerm: (command) => placeholdersVi(help.subcommandTerm(command)),
            commandUsage(command) {
              return placeholdersVi(help.commandUsage.call(this, command));
            },
          }
        : {},
    )
    .helpOption('-h, --help', vi ? 'hiện trợ giúp của lệnh' : 'display help for command')
    .helpCommand('help [command]', vi ? 'hiện trợ giúp của một lệnh' : 'display help for command')
    .showHelpAfterError(
      vi
        ? '(xem "sohoa --help" hoặc "sohoa <lệnh> --help" để biết cách dùng)'
        : '(run "sohoa --help" or "sohoa <command> --help" for usage)',
    );
}

/**
 * Where and how commander writes for a `sohoa` program: help and usage errors as lines of
 * `output`, its usage errors in `language` (see {@link commanderError}), help wrapped to
 * `output.helpWidth` when it is given (else commander's own width: the terminal's, else 80).
 *
 * @example
 * ```ts
 * const program = new Command('sohoa').configureOutput(commanderOutput(processOutput, 'vi'));
 * ```
 */
export function commanderOutput(output: CliOutput, language: MessageLanguage): OutputConfiguration {
  const width = output.helpWidth;
  return {
    writeOut: (text) => output.info(text.trimEnd()),
    writeErr: (text) => output.error(text.trimEnd()),
    outputError: (text, write) => write(commanderError(text, language)),
    ...(width === undefined ? {} : { getOutHelpWidth: () => width, getErrHelpWidth: () => width }),
  };
}
