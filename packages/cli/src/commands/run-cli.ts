import { SohoaError } from '@sohoa/base';
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { type CliOutput, processOutput } from './cli-output.js';
import type { CommandContext } from './command-context.js';
import { CLI_COMMANDS, commandRunBy } from './command-table.js';
import { commanderOutput, speakLanguage } from './commander-language.js';
import { errorLine, unexpectedErrorLines } from './error-line.js';
import { inLanguage, sayIn } from './in-language.js';
import { messagesLanguage } from './messages-language.js';

/** Exit codes of the `sohoa` command. */
export const EXIT_CODES = {
  /** Everything worked. */
  ok: 0,
  /** The work failed: bad input, bad metadata, a failed stage. The message says what and how to fix it. */
  failed: 1,
  /** The command was called wrongly (unknown command or option, missing argument), or a file to check cannot be read. */
  usage: 2,
} as const;

/**
 * Runs the `sohoa` command line with the given arguments (without `node` and the script) and
 * returns the exit code: 0 done, 1 failed (the error's code and message are printed), 2 usage error
 * (and, for `sohoa pdfa check`, an unreadable file). Messages and help are in one language:
 * `--messages vi|en`, else the `SOHOA_LANG` environment variable, else Vietnamese.
 *
 * @param env Where `SOHOA_LANG` is read (default: the process's environment).
 *
 * @example
 * ```ts
 * import { runCli } from '@sohoa/cli';
 *
 * const exitCode = await runCli(['digitize', 'examples/sample-dossier', '--out', 'out/demo']);
 * ```
 */
export async function runCli(
  argv: readonly string[],
  output: CliOutput = processOutput,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  const language = messagesLanguage(argv, env);
  const say = sayIn(language);
  const program = new Command('sohoa')
    .description(
      say(
        'sohoa: số hóa tài liệu lưu trữ Việt Nam (làm sạch ảnh quét, nhận dạng chữ tiếng Việt, PDF/A hai lớp, siêu dữ liệu lưu trữ).',
        'sohoa: digitize Vietnamese archives (scan cleanup, Vietnamese OCR, two-layer PDF/A, archive metadata).',
      ),
    )
    .version(packageJson.version, '-v, --version', say('in số phiên bản', 'output the version number'))
    .addOption(
      new Option(
        '--messages <language>',
        say(
          'ngôn ngữ của thông báo và trợ giúp: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định theo biến môi trường SOHOA_LANG, nếu không có thì vi',
          'language of messages and help: vi (Vietnamese) or en (English); default: the SOHOA_LANG environment variable, else vi',
        ),
      ).choices(['vi', 'en']),
    )
    .exitOverride()
    .configureOutput(commanderOutput(output, language));
  speakLanguage(program, language);
  const context: CommandContext = { output, exitCode: EXIT_CODES.ok, language };
  const command = commandRunBy(argv);
  if (command !== undefined) {
    // Only the command that runs is imported, with the libraries it uses.
    (await command.load())(program, context);
  } else {
    for (const [command, entry] of Object.entries(CLI_COMMANDS))
      program.command(command).summary(inLanguage(language, entry.summary));
    program.addHelpText(
      'after',
      say(
        '\nXem "sohoa <lệnh> --help" để biết tham số và tùy chọn của từng lệnh.',
        '\nRun "sohoa <command> --help" for the arguments and options of a command.',
      ),
    );
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (SohoaError.isInstance(error)) {
      output.error(errorLine(error, language));
      return EXIT_CODES.failed;
    }
    for (const line of unexpectedErrorLines(error, language)) output.error(line);
    return EXIT_CODES.failed;
  }
}
