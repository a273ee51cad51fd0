/**
 * Runs the `sohoa` command line of this process (`process.argv`) through commander: every command
 * line that `answerAtOnce` (answer-at-once.ts) does not answer. Imported by bin/sohoa.js and bin.ts.
 */
import { asksForHelp, commandRunBy } from './commands/command-table.js';

// A reader that stops early (`sohoa … | head -1`) closes the pipe: end quietly, as a Unix command
// does on SIGPIPE, instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}
const argv = process.argv.slice(2);
// Fewer glibc malloc arenas keep a long run's memory down (see reexecWithMallocArenas): a
// command that decodes images or runs OCR runs in a child started with them. The command is
// imported only in the process that runs it, so the waiting parent stays small; commands that
// decode no image (and the help of every command) run at once, without a second Node process.
const childCode =
  commandRunBy(argv)?.decodesImages && !asksForHelp(argv)
    ? await (await import('./malloc-arenas.js')).reexecWithMallocArenas()
    : undefined;
if (childCode === undefined) {
  const { runCli } = await import('./commands/run-cli.js');
  process.exitCode = await runCli(argv);
} else {
  process.exitCode = childCode;
}
