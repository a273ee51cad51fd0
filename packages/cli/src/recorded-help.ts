import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageLanguage } from '@sohoa/base';
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
  /**
   * The help with each text commander wraps marked ({@link wrapMark}) instead of wrapped: printed
   * at any other width by {@link wrapAt}, as commander's `boxWrap` and `formatItem` would.
   */
  wrappable: RecordedRun;
  /**
   * Whether commander's help command (`sohoa help pdfa`, `sohoa pdfa help check`) prints it too:
   * not for `sohoa help queue`, which shows the help of the command that hands `queue …` on.
   */
  byHelpCommand: boolean;
}

/** Every help of `sohoa` in both languages, recorded by `recordHelps` (record-helps.ts). */
export interface HelpRecords {
  /** `sohoa` with no command: its help on stderr, exit code 2 (a usage error). */
  bare: Record<MessageLanguage, RecordedHelp>;
  /** `sohoa [command…] --help`, by the command's words (`''` for `sohoa --help`, `'pdfa check'`). */
  help: Record<MessageLanguage, Record<string, RecordedHelp>>;
}

/**
 * The folder, beside the built `bin.js`, where the build writes the {@link HelpRecords}
 * (`tsup.config.ts`, `writeHelpRecords` of record-helps.ts): one small file per help and language, so that
 * `sohoa --help` reads only its own.
 */
export const HELP_RECORDS_FOLDER = 'helps';

/**
 * commander's width when the output is not a terminal: the width of {@link RecordedHelp.narrow}.
 *
 * @example
 * ```ts
 * const help = columns === undefined || columns === NARROW_WIDTH ? recorded.narrow : undefined;
 * ```
 */
export const NARROW_WIDTH = 80;

/**
 * The file, in the {@link HELP_RECORDS_FOLDER}, of one recorded help: `vi/help.json` for
 * `sohoa --help`, `en/help.pdfa.check.json` for `sohoa pdfa check --help`, `vi/bare.json` for
 * `sohoa` alone.
 *
 * @param command The command's words (`[]` for `sohoa --help`), `undefined` for `sohoa` alone.
 *
 * @example
 * ```ts
 * helpRecordFile('en', ['pdfa', 'check']); // 'en/help.pdfa.check.json'
 * ```
 */
export function helpRecordFile(language: MessageLanguage, command: readonly string[] | undefined): string {
  return `${language}/${command === undefined ? 'bare' : ['help', ...command].join('.')}.json`;
}

/**
 * Reads one help the build wrote to `folder` (`writeHelpRecords`), by its
 * {@link helpRecordFile}: `undefined` when there is no such file (no such command, or the command
 * line run from its sources, not built).
 *
 * @example
 * ```ts
 * const help = helpRecordsIn('dist/helps')('en/help.json');
 * ```
 */
export function helpRecordsIn(folder: string): (file: string) => RecordedHelp | undefined {
  return (file) => {
    try {
      return JSON.parse(readFileSync(join(folder, file), 'utf8')) as RecordedHelp;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
}

/**
 * The recorded run that `sohoa <argv>` would print, when `argv` asks for a help the build
 * recorded: wrapped to 80 columns for a pipe or a file, to a terminal's width as commander wraps
 * it. `undefined` otherwise (then commander runs). The help is asked for as commander takes it: `sohoa`,
 * `sohoa --help` (`-h`, `help`), `sohoa <command…> --help` (`-h`) and `sohoa [command] help
 * <command>` (`sohoa help digitize`, `sohoa pdfa help check`), in the language of
 * `--messages vi|en` (anywhere, once) or else of `SOHOA_LANG`.
 *
 * @param read Reads one recorded help by its {@link helpRecordFile} (`undefined` when there is
 *   none), as {@link helpRecordsIn}; called only when `argv` asks for a help, so other commands
 *   never read a file.
 * @param columns The width of the terminal stdout or stderr is, `undefined` when it is none.
 *
 * @example
 * ```ts
 * const run = recordedRunFor(['digitize', '--help'], process.env, helpRecordsIn('dist/helps'), (stream) =>
 *   process[stream].isTTY ? process[stream].columns : undefined,
 * );
 * if (run) process.stdout.write(run.stdout);
 * ```
 */
export function recordedRunFor(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  read: (file: string) => RecordedHelp | undefined,
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
  // commander's help command: `sohoa help`, and `help` before the last word (`sohoa help pdfa`,
  // `sohoa pdfa help check`), where a command can only be a group (`sohoa digitize help` digitizes
  // a folder named help).
  const help = words.length === 1 ? 0 : words.length - 2;
  // The command words whose help is asked for (`[]` for `sohoa --help`), `undefined` for `sohoa` alone.
  let asked: string[] | undefined;
  const byHelpCommand = words[help] === 'help' && words.every((word) => COMMAND_WORD.test(word));
  if (byHelpCommand) {
    asked = words.filter((_, index) => index !== help);
  } else if ((last === '--help' || last === '-h') && command.every((word) => COMMAND_WORD.test(word))) {
    asked = command;
  } else if (last !== undefined) {
    return undefined;
  }
  const recorded = read(helpRecordFile(messagesLanguage(argv, env), asked));
  if (recorded === undefined || (byHelpCommand && !recorded.byHelpCommand)) return undefined;
  const width = columns(asked === undefined ? 'stderr' : 'stdout');
  if (width === undefined || width === NARROW_WIDTH) return recorded.narrow;
  if (width >= recorded.wideFrom) return recorded.wide;
  const { stdout, stderr, exitCode } = recorded.wrappable;
  return { stdout: wrapAt(stdout, width), stderr: wrapAt(stderr, width), exitCode };
}

/**
 * A word that can name a command of `sohoa` (all are in lower case): any other (`DIGITIZE`,
 * `../x`) is left to commander, and never names a file, even on a case-insensitive file system.
 */
const COMMAND_WORD = /^[a-z][a-z0-9-]*$/u;

/**
 * A text of a help that commander wraps, marked for {@link wrapAt}: `indent` is how far right of
 * the help's left edge it starts (0 for the command's description, the width of the terms and
 * their spacing for the description of an option, argument or command).
 *
 * @example
 * ```ts
 * wrapAt(`  -o, --out  ${wrapMark('where the files go', 13)}`, 30);
 * ```
 */
export function wrapMark(text: string, indent: number): string {
  return `\uE000${indent}\uE001${text.replace(/\n/gu, '\uE002')}\uE000`;
}

/**
 * `help` with each {@link wrapMark} wrapped as commander 14 wraps a help `width` columns wide
 * (its `Help.boxWrap` and `Help.formatItem`): at white space, to `width` less the text's indent,
 * its next lines indented as far; not at all when that leaves fewer than 40 columns.
 *
 * @example
 * ```ts
 * wrapAt(`  -o, --out  ${wrapMark('where the files go', 13)}`, 60);
 * ```
 */
export function wrapAt(help: string, width: number): string {
  return help.replace(/\uE000(\d+)\uE001([^\uE000]*)\uE000/gu, (_, indent: string, marked: string) => {
    const text = marked.replace(/\uE002/gu, '\n');
    const left = Number(indent);
    // commander's minWidthToWrap; an option's unwrapped lines are indented as its term (2).
    if (width - left < MIN_WIDTH_TO_WRAP) return left === 0 ? text : text.replace(/\n/gu, '\n  ');
    return boxWrap(text, width - left).replace(/\n/gu, `\n${' '.repeat(left)}`);
  });
}

/** commander's `Help.minWidthToWrap`: narrower, a text is not wrapped. */
const MIN_WIDTH_TO_WRAP = 40;

/** commander 14's `Help.boxWrap` (help without colours): wraps `text` at white space to `width`. */
function boxWrap(text: string, width: number): string {
  const wrapped: string[] = [];
  for (const line of text.split(/\r\n|\n/u)) {
    const chunks = line.match(/\s*\S+/gu);
    if (chunks === null) {
      wrapped.push('');
      continue;
    }
    let current = chunks[0] as string;
    for (const chunk of chunks.slice(1)) {
      if (current.length + chunk.length <= width) {
        current += chunk;
      } else {
        wrapped.push(current);
        current = chunk.trimStart();
      }
    }
    wrapped.push(current);
  }
  return wrapped.join('\n');
}
