import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { MessageLanguage } from '@sohoa/base';
import { Help } from 'commander';
import type { CliOutput } from './commands/cli-output.js';
import {
  type HelpRecords,
  helpRecordFile,
  NARROW_WIDTH,
  type RecordedHelp,
  type RecordedRun,
  wrapMark,
} from './recorded-help.js';

/** What {@link recordHelps} runs: `runCli` of `@sohoa/cli`. */
export type RunCli = (
  argv: readonly string[],
  output: CliOutput,
  env: Readonly<Record<string, string | undefined>>,
) => Promise<number>;

/**
 * Runs every help of `sohoa` through `runCli` (the real program, commander and all) and records
 * what each prints, in both languages, wrapped to 80 columns and not wrapped: `sohoa` alone,
 * `sohoa --help`, and `sohoa <command> [subcommand] --help` for each command its helps list. The
 * build writes them to {@link HELP_RECORDS_FOLDER}, so that `sohoa --help` prints them without
 * loading commander or any command ({@link recordedRunFor}); they can never differ from what the
 * built program prints, and `test/recorded-help.test.ts` checks the replay against `runCli`.
 *
 * @example
 * ```ts
 * import { runCli } from '@sohoa/cli';
 *
 * await writeHelpRecords('dist/helps', await recordHelps(runCli));
 * ```
 */
export async function recordHelps(runCli: RunCli): Promise<HelpRecords> {
  // The command words, found by following the "Commands:" of each English help down.
  const commands: string[][] = [[]];
  for (const words of commands) {
    const { stdout } = await recordRun(runCli, [...words, '--help', '--messages', 'en'], NARROW_WIDTH);
    const listed = stdout.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
    for (const [, name] of listed.matchAll(/^ {2}(\w[\w-]*)/gmu)) {
      if (name !== undefined && name !== 'help') commands.push([...words, name]);
    }
  }
  const inLanguage = async (language: MessageLanguage) => {
    const help: Record<string, RecordedHelp> = {};
    for (const words of commands) {
      help[words.join(' ')] = await recordHelp(
        runCli,
        [...words, '--help', '--messages', language],
        [...words.slice(0, -1), 'help', ...words.slice(-1), '--messages', language],
      );
    }
    return { bare: await recordHelp(runCli, ['--messages', language], undefined), help };
  };
  const vi = await inLanguage('vi');
  const en = await inLanguage('en');
  return { bare: { vi: vi.bare, en: en.bare }, help: { vi: vi.help, en: en.help } };
}

/** The width the {@link RecordedHelp.wrappable} helps are recorded at: wider than any terminal. */
const TEMPLATE_WIDTH = 100_000;

/** Records the help `argv` prints, and whether `helpCommand` (commander's help command) prints the same. */
async function recordHelp(
  runCli: RunCli,
  argv: string[],
  helpCommand: string[] | undefined,
): Promise<RecordedHelp> {
  const wide = await recordRun(runCli, argv, Number.POSITIVE_INFINITY);
  const narrow = await recordRun(runCli, argv, NARROW_WIDTH);
  const lines = `${wide.stdout}${wide.stderr}`.split('\n');
  // Each text commander wraps, marked with its width: recorded as wide as commander could wrap.
  const boxWrap = Help.prototype.boxWrap;
  Help.prototype.boxWrap = (text, width) => wrapMark(text, TEMPLATE_WIDTH - width);
  const wrappable = await recordRun(runCli, argv, TEMPLATE_WIDTH).finally(() => {
    Help.prototype.boxWrap = boxWrap;
  });
  return {
    narrow,
    wide,
    wideFrom: Math.max(...lines.map((line) => line.length)),
    wrappable,
    byHelpCommand:
      helpCommand !== undefined &&
      isDeepStrictEqual(
        [narrow, wide],
        [
          await recordRun(runCli, helpCommand, NARROW_WIDTH),
          await recordRun(runCli, helpCommand, Number.POSITIVE_INFINITY),
        ],
      ),
  };
}

/**
 * Runs `argv` through `runCli` with help wrapped to `helpWidth`, with no `SOHOA_LANG`, and records
 * what it writes as `processOutput` would write it.
 */
async function recordRun(runCli: RunCli, argv: string[], helpWidth: number): Promise<RecordedRun> {
  const run: RecordedRun = { stdout: '', stderr: '', exitCode: 0 };
  const output: CliOutput = {
    info: (line) => {
      run.stdout += `${line}\n`;
    },
    error: (line) => {
      run.stderr += `${line}\n`;
    },
    helpWidth,
  };
  run.exitCode = await runCli(argv, output, {});
  return run;
}

/**
 * Writes `records` to `folder`, one file per help ({@link helpRecordFile}), for {@link helpRecordsIn}.
 *
 * @example
 * ```ts
 * await writeHelpRecords('dist/helps', await recordHelps(runCli));
 * ```
 */
export async function writeHelpRecords(folder: string, records: HelpRecords): Promise<void> {
  for (const language of ['vi', 'en'] as const) {
    await mkdir(join(folder, language), { recursive: true });
    await writeFile(
      join(folder, helpRecordFile(language, undefined)),
      JSON.stringify(records.bare[language]),
    );
    for (const [command, help] of Object.entries(records.help[language])) {
      const words = command === '' ? [] : command.split(' ');
      await writeFile(join(folder, helpRecordFile(language, words)), JSON.stringify(help));
    }
  }
}
