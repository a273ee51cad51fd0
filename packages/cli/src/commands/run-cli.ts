import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { type CliOutput, processOutput } from './cli-output.js';
import type { CommandContext } from './command-context.js';
import { CLI_COMMANDS, commandRunBy } from './command-table.js';

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
 * (and, for `sohoa pdfa check`, an unreadable file).
 *
 * @example
 * ```ts
 * import { runCli } from '@sohoa/cli';
 *
 * const exitCode = await runCli(['digitize', 'examples/sample-dossier', '--out', 'out/demo']);
 * ```
 */
export async function runCli(argv: readonly string[], output: CliOutput = processOutput): Promise<number> {
  const program = new Command('sohoa')
    .description(
      'sohoa: digitize Vietnamese archives (scan cleanup, Vietnamese OCR, two-layer PDF/A, archive metadata).',
    )
    .version(packageJson.version, '-v, --version')
    .showHelpAfterError('(run "sohoa --help" or "sohoa <command> --help" for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.info(text.trimEnd()),
      writeErr: (text) => output.error(text.trimEnd()),
    });
  const context: CommandContext = { output, exitCode: EXIT_CODES.ok };
  const command = commandRunBy(argv);
  if (command !== undefined) {
    // Only the command that runs is imported, with the libraries it uses.
    (await command.load())(program, context);
  } else {
    for (const [command, entry] of Object.entries(CLI_COMMANDS))
      program.command(command).summary(entry.summary);
    program.addHelpText(
      'after',
      '\nRun "sohoa <command> --help" for the arguments and options of a command.',
    );
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    const { SohoaError } = await import('@sohoa/core');
    if (SohoaError.isInstance(error)) {
      output.error(`sohoa: error ${error.code}: ${error.message}`);
      return EXIT_CODES.failed;
    }
    output.error(
      `sohoa: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    output.error('This is a bug in sohoa: please report it with the command you ran.');
    return EXIT_CODES.failed;
  }
}
