#!/usr/bin/env node
import { HELP_RECORDS_FILE, readHelpRecords, recordedRunFor } from './recorded-help.js';

// A reader that stops early (`sohoa --help | head -1`) closes the pipe: end quietly, as a Unix
// command does on SIGPIPE, instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

const argv = process.argv.slice(2);
// `sohoa --version` alone needs no command-line parser: printed at once, without loading commander.
const versionOnly = argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v');
// The helps the build recorded from the real program (see recordHelps) are printed as recorded,
// without loading commander or any command: `sohoa --help` starts as fast as Node itself.
const recorded = versionOnly
  ? undefined
  : recordedRunFor(
      argv,
      process.env,
      () => readHelpRecords(new URL(`./${HELP_RECORDS_FILE}`, import.meta.url)),
      (stream) => (process[stream].isTTY ? process[stream].columns : undefined),
    );
if (versionOnly) {
  const { VERSION } = await import('./version.js');
  process.stdout.write(`${VERSION}\n`);
} else if (recorded !== undefined) {
  process.stdout.write(recorded.stdout);
  process.stderr.write(recorded.stderr);
  process.exitCode = recorded.exitCode;
} else {
  // Fewer glibc malloc arenas keep a long run's memory down (see reexecWithMallocArenas): a
  // command that decodes images or runs OCR runs in a child started with them. The command is
  // imported only in the process that runs it, so the waiting parent stays small; commands that
  // decode no image (and the help of every command) run at once, without a second Node process.
  const { asksForHelp, commandRunBy } = await import('./commands/command-table.js');
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
}
