import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_COMMANDS } from '../src/commands/command-table.js';
import { runCli } from '../src/commands/run-cli.js';
import { recordHelps, writeHelpRecords } from '../src/record-helps.js';
import {
  type HelpRecords,
  helpRecordFile,
  helpRecordsIn,
  type RecordedRun,
  recordedRunFor,
} from '../src/recorded-help.js';

/**
 * `sohoa --help` (and `sohoa`, and the help of every command) prints what the build recorded from
 * the real program, without loading commander (issue 17: `sohoa --help` < 150 ms). What it prints
 * must be what commander prints for the same command line, in the same language, at the same width.
 */
describe('the helps recorded at build time', () => {
  let records: HelpRecords;
  /** The folder the records are written to, as the build writes them to dist/helps. */
  let folder: string;

  beforeAll(async () => {
    records = await recordHelps(runCli);
    folder = await mkdtemp(join(tmpdir(), 'sohoa-help-records-'));
    await writeHelpRecords(folder, records);
  });

  /** What `runCli` itself prints for `argv`, help wrapped to `helpWidth`. */
  async function live(
    argv: string[],
    helpWidth: number,
    env: Record<string, string> = {},
  ): Promise<RecordedRun> {
    const run: RecordedRun = { stdout: '', stderr: '', exitCode: 0 };
    const output = {
      info: (line: string) => {
        run.stdout += `${line}\n`;
      },
      error: (line: string) => {
        run.stderr += `${line}\n`;
      },
      helpWidth,
    };
    run.exitCode = await runCli(argv, output, env);
    return run;
  }

  /** The recorded run `sohoa <argv>` prints when its output is a terminal `columns` wide. */
  function replay(argv: string[], columns: number | undefined, env: Record<string, string> = {}) {
    return recordedRunFor(argv, env, helpRecordsIn(folder), () => columns);
  }

  it('holds the help of every command and subcommand, in Vietnamese and in English', () => {
    const commands = Object.keys(records.help.en);
    expect(Object.keys(records.help.vi)).toEqual(commands);
    for (const command of [
      '',
      ...Object.keys(CLI_COMMANDS),
      'catalog import',
      'catalog template',
      'pdfa check',
      'pdfa sign',
      'pdfa verify',
      'queue submit',
      'queue work',
      'queue status',
      'queue retry',
    ]) {
      expect(commands).toContain(command);
      const { vi, en } = { vi: records.help.vi[command], en: records.help.en[command] };
      expect(en?.narrow.stdout).toMatch(/^Usage: sohoa /u);
      expect(vi?.narrow.stdout).toMatch(/^Cách dùng: sohoa /u);
      expect(vi?.narrow.stdout.normalize('NFC')).toBe(vi?.narrow.stdout);
      expect(vi?.narrow.exitCode).toBe(0);
    }
    // commander's help command prints the same help (`sohoa help pdfa`), except for queue.
    expect(records.help.en['']?.byHelpCommand).toBe(true);
    expect(records.help.vi['pdfa check']?.byHelpCommand).toBe(true);
    expect(records.help.vi.queue?.byHelpCommand).toBe(false);
    expect(records.bare.vi.narrow).toMatchObject({ stdout: '', exitCode: 2 });
    expect(records.bare.en.narrow.stderr).toMatch(/^Usage: sohoa /u);
  });

  it('replays what commander prints for every help, in each language, at each width it holds', async () => {
    for (const language of ['vi', 'en'] as const) {
      for (const [command, help] of Object.entries(records.help[language])) {
        const words = command === '' ? [] : command.split(' ');
        const forms: { argv: string[]; env?: Record<string, string> }[] = [
          { argv: [...words, '--help', '--messages', language] },
          { argv: [`--messages=${language}`, ...words, '-h'] },
          { argv: ['--messages', language, ...words, '--help'] },
          { argv: [...words, '--help'], env: { SOHOA_LANG: language } },
        ];
        // commander's help command: `sohoa help`, `sohoa help pdfa`, `sohoa pdfa help check`.
        const byHelpCommand = [...words.slice(0, -1), 'help', ...words.slice(-1), '--messages', language];
        if (help.byHelpCommand) forms.push({ argv: byHelpCommand });
        else expect(replay(byHelpCommand, undefined), byHelpCommand.join(' ')).toBeUndefined();
        for (const { argv, env } of forms) {
          // A pipe or a file (no terminal): commander's 80 columns, as an 80-column terminal.
          expect(replay(argv, undefined, env), argv.join(' ')).toEqual(await live(argv, 80, env));
          expect(replay(argv, 80, env)).toEqual(await live(argv, 80, env));
          // A terminal wide enough for its longest line, or wider: nothing wrapped.
          expect(replay(argv, help.wideFrom, env)).toEqual(await live(argv, help.wideFrom, env));
          expect(replay(argv, help.wideFrom + 57, env)).toEqual(await live(argv, help.wideFrom + 57, env));
        }
        expect(help.narrow.stdout).not.toBe(help.wide.stdout); // every help has a line over 80
        // Every other width, wrapped as commander wraps it (a terminal 81 to wideFrom - 1 wide).
        const argv = [...words, '--help', '--messages', language];
        for (let width = 20; width <= 200; width++) {
          expect(replay(argv, width), `${argv.join(' ')} at ${width}`).toEqual(await live(argv, width));
        }
      }
    }
  });

  it('replays `sohoa` alone: its help on stderr, exit code 2, as commander', async () => {
    for (const { argv, env } of [
      { argv: [] },
      { argv: ['--messages', 'en'] },
      { argv: [], env: { SOHOA_LANG: 'en_US.UTF-8' } },
    ]) {
      const recorded = replay(argv, undefined, env);
      expect(recorded).toEqual(await live(argv, 80, env));
      expect(recorded?.exitCode).toBe(2);
      const wide = records.bare[env === undefined && argv.length === 0 ? 'vi' : 'en'].wideFrom;
      expect(replay(argv, wide, env)).toEqual(await live(argv, wide, env));
    }
    for (let width = 20; width <= 200; width++) {
      expect(replay([], width), `sohoa at ${width}`).toEqual(await live([], width));
    }
    expect(replay([], undefined)?.stderr).toMatch(/^Cách dùng: sohoa /u);
  });

  it('leaves every other command line to commander', () => {
    for (const argv of [
      ['--version'],
      ['digitize', 'scans', '--out', 'out'],
      ['digitize', 'scans', '--help'], // not only a command's words before --help
      ['--help', 'digitize'],
      ['--bogus', '--help'],
      ['nosuchcommand', '--help'],
      ['constructor', '--help'], // a name every object has is no recorded command
      ['DIGITIZE', '--help'], // no command (a case-insensitive file system would open digitize's)
      ['..', '--help'],
      ['help', 'pdfa', 'check'], // commander prints the help of pdfa
      ['help', 'nosuchcommand'],
      ['digitize', 'help'], // digitizes a folder named help
      ['pdfa', 'check', 'help'],
      ['--messages', 'fr', '--help'], // commander refuses the language
      ['--messages', 'en', '--messages', 'vi', '--help'],
      ['--messages'],
    ]) {
      expect(replay(argv, undefined), argv.join(' ')).toBeUndefined();
    }
    expect(
      recordedRunFor(['--help'], {}, helpRecordsIn(join(folder, 'none')), () => undefined),
    ).toBeUndefined(); // not built
    // A command that asks for no help never reads the records (every `sohoa digitize …` starts here).
    const unread = () => {
      throw new Error('the help records were read');
    };
    expect(
      recordedRunFor(['digitize', 'my-dossier', '--out', 'out'], {}, unread, () => undefined),
    ).toBeUndefined();
  });

  it('reads each help from its own file, and none when there is no file (run from the sources)', async () => {
    const read = helpRecordsIn(folder);
    expect(read(helpRecordFile('en', ['pdfa', 'check']))).toEqual(records.help.en['pdfa check']);
    expect(read(helpRecordFile('vi', []))).toEqual(records.help.vi['']);
    expect(read(helpRecordFile('vi', undefined))).toEqual(records.bare.vi);
    expect(helpRecordsIn(join(folder, 'none'))(helpRecordFile('vi', []))).toBeUndefined();
    // What `sohoa --help` reads is its own help, a few KB, not all of them.
    const { size } = await stat(join(folder, helpRecordFile('vi', [])));
    expect(size).toBeLessThan(10_000);
  });
});
