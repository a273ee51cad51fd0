import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { helpRecordsIn, type RecordedRun, recordedRunFor } from './recorded-help.js';
import { VERSION } from './version.js';

/**
 * Prints at once what `sohoa <argv>` prints without a command-line parser, and says whether it
 * did: `sohoa --version` (`-v`) alone, and the helps the build recorded ({@link recordedRunFor}),
 * with their exit code. Then nothing else is loaded: neither commander nor any command. The
 * `sohoa` launcher (bin/sohoa.js) calls it from its CommonJS build (dist/answer-at-once.cjs), so
 * that these start no ES module loader either; `bin.ts` calls it when run itself. It writes to the
 * file descriptors directly: `process.stdout` and `process.stderr` are streams that cost about as
 * much to create as the rest of the answer.
 *
 * @param helpRecords The folder the build wrote the helps to (`dist/helps`, see
 *   `writeHelpRecords`); none there when run from the sources.
 * @returns `false` when `argv` needs the command line itself (then nothing was printed).
 *
 * @example
 * ```ts
 * if (!answerAtOnce(process.argv.slice(2), 'dist/helps')) await import('./command-line.js');
 * ```
 */
export function answerAtOnce(argv: readonly string[], helpRecords: string): boolean {
  const run: RecordedRun | undefined =
    argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')
      ? { stdout: `${VERSION}\n`, stderr: '', exitCode: 0 }
      : // A terminal's width is asked of its stream, created only then.
        recordedRunFor(argv, process.env, helpRecordsIn(helpRecords), (stream) =>
          isatty(stream === 'stdout' ? 1 : 2) ? process[stream].columns : undefined,
        );
  if (run === undefined) return false;
  writeAll(1, run.stdout);
  writeAll(2, run.stderr);
  process.exitCode = run.exitCode;
  return true;
}

/**
 * Writes all of `text` to the file descriptor `fd`. A reader that stops early (`sohoa --help |
 * head -1`) closes the pipe: the rest is dropped quietly, as a Unix command does on SIGPIPE.
 */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written);
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code === 'EPIPE') return;
      // A non-blocking pipe that is full: wait for the reader.
      if (code !== 'EAGAIN') throw error;
    }
  }
}
