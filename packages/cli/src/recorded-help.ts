import { readFileSync } from 'node:fs';
import type { MessageLanguage } from '@sohoa/base';
import type { CliOutput } from './commands/cli-output.js';
import { messagesLanguage } from './commands/messages-language.js';

/** What one run of `sohoa` wrote to stdout and to stderr, and its exit code. */
export interface RecordedRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * One help of `sohoa` as the build recorded it from the real program (commander), at the two
 * widths it is most often printed at.
 */
export interface RecordedHelp {
  /** Wrapped to 80 columns: commander's width for a pipe, a file or an 80-column terminal. */
  narrow: RecordedRun;
  /** Not wrapped at all: what commander prints to a terminal at least `wideFrom` columns wide. */
  wide: RecordedRun;
  /** The length of the longest line of `wide`: from this width on commander wraps nothing. */
  wideFrom: number;
}

/** Every help of `sohoa` in both languages, recorded by {@link recordHelps}. */
export interface HelpRecords {
  /** `sohoa` with no command: its help on stderr, exit code 2 (a usage error). */
  bare: Record<MessageLanguage, RecordedHelp>;
  /** `sohoa [command…] --help`, by the command's words (`''` for `sohoa --help`, `'pdfa check'`). */
  help: Record<MessageLanguage, Record<string, RecordedHelp>>;
}

/** What {@link recordHelps} runs: `runCli` of `@sohoa/cli`. */
export type RunCli = (
  argv: readonly string[],
  output: CliOutput,
  env: Readonly<Record<string, string | undefined>>,
) => Promise<number>;

/**
 * The file, beside the built `bin.js`, that holds the {@link HelpRecords} the build wrote
 * (`tsup.config.ts`).
 */
export const HELP_RECORDS_FILE = 'help-records.json';

/** commander's width when the output is not a terminal. */
const NARROW_WIDTH = 80;

/**
 * Runs every help of `sohoa` through `runCli` (the real program, commander and all) and records
 * what each prints, in both languages, wrapped to 80 columns and not wrapped: `sohoa` alone,
 * `sohoa --help`, and `sohoa <command> [subcommand] --help` for each command its helps list. The
 * build writes them to {@link HELP_RECORDS_FILE}, so that `sohoa --help` prints them without
 * loading commander or any command ({@link recordedRunFor}); they can never differ from what the
 * built program prints, and `test/recorded-help.test.ts` checks the replay against `runCli`.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { runCli } from '@sohoa/cli';
 *
 * await writeFile('dist/help-records.json', JSON.stringify(await recordHelps(runCli)));
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
      help[words.join(' ')] = await recordHelp(runCli, [...words, '--help', '--messages', language]);
    }
    return { bare: await recordHelp(runCli, ['--messages', language]), help };
  };
  const vi = await inLanguage('vi');
  const en = await inLanguage('en');
  return { bare: { vi: vi.bare, en: en.bare }, help: { vi: vi.help, en: en.help } };
}

async function recordHelp(runCli: RunCli, argv: string[]): Promise<RecordedHelp> {
  const wide = await recordRun(runCli, argv, Number.POSITIVE_INFINITY);
  const lines = `${wide.stdout}${wide.stderr}`.split('\n');
  return {
    narrow: await recordRun(runCli, argv, NARROW_WIDTH),
    wide,
    wideFrom: Math.max(...lines.map((line) => line.length)),
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
 * The recorded run that `sohoa <argv>` would print, when `argv` asks for a help the build
 * recorded and its output goes where the recording holds: a pipe, a file or an 80-column
 * terminal, or a terminal at least as wide as the help's longest line. `undefined` otherwise
 * (then commander prints the help). The help is asked for as commander takes it: `sohoa`,
 * `sohoa --help` (`-h`, `help`) and `sohoa <command…> --help` (`-h`), in the language of
 * `--messages vi|en` (anywhere, once) or else of `SOHOA_LANG`.
 *
 * @param records Reads what the build recorded (`undefined` when there is none: run from the
 *   sources); called only when `argv` asks for a help, so other commands never read the file.
 * @param columns The width of the terminal stdout or stderr is, `undefined` when it is none.
 *
 * @example
 * ```ts
 * const run = recordedRunFor(['digitize', '--help'], process.env, () => readHelpRecords(url), (stream) =>
 *   process[stream].isTTY ? process[stream].columns : undefined,
 * );
 * if (run) process.stdout.write(run.stdout);
 * ```
 */
export function recordedRunFor(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  records: () => HelpRecords | undefined,
  columns: (stream: 'stdout' | 'stderr') => number | undefined,
): RecordedRun | undefined {
  const words: string[] = [];
  let messages = false;
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] as string;
    if (word === '--messages' || word.startsWith('--messages=')) {
      const value = word === '--messages' ? argv[++index] : word.slice('--messages='.length);
      // An unknown language, or two --messages: commander says what is wrong.
      if (messages || (value !== 'vi' && value !== 'en')) return undefined;
      messages = true;
    } else {
      words.push(word);
    }
  }
  const last = words.at(-1);
  const command = words.slice(0, -1);
  // The command words whose help is asked for ('' for `sohoa --help`), `undefined` for `sohoa` alone.
  let asked: string | undefined;
  if (words.length === 1 && last === 'help') {
    asked = '';
  } else if ((last === '--help' || last === '-h') && command.every((word) => !word.startsWith('-'))) {
    asked = command.join(' ');
  } else if (last !== undefined) {
    return undefined;
  }
  const recorded = records();
  if (recorded === undefined) return undefined;
  const language = messagesLanguage(argv, env);
  const helps = recorded.help[language];
  const help =
    asked === undefined ? recorded.bare[language] : Object.hasOwn(helps, asked) ? helps[asked] : undefined;
  if (help === undefined) return undefined;
  const width = columns(asked === undefined ? 'stderr' : 'stdout');
  if (width === undefined || width === NARROW_WIDTH) return help.narrow;
  return width >= help.wideFrom ? help.wide : undefined;
}

/**
 * The {@link HelpRecords} in the file at `url`, or `undefined` when there is none (the command
 * line run from its sources, not built).
 *
 * @example
 * ```ts
 * const records = readHelpRecords(new URL(`./${HELP_RECORDS_FILE}`, import.meta.url));
 * ```
 */
export function readHelpRecords(url: URL): HelpRecords | undefined {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as HelpRecords;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
