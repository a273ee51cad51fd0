#!/usr/bin/env node
import { commandRunBy } from './commands/command-table.js';
import { reexecWithMallocArenas } from './malloc-arenas.js';

// Fewer glibc malloc arenas keep a long run's memory down (see reexecWithMallocArenas): a command
// that decodes images or runs OCR runs in a child started with them. The command is imported only
// in the process that runs it, so the waiting parent stays small; commands that decode no image
// (and --version, --help) run at once, without a second Node process.
const childCode = commandRunBy(process.argv.slice(2))?.decodesImages
  ? await reexecWithMallocArenas()
  : undefined;
if (childCode === undefined) {
  const { runCli } = await import('./commands/run-cli.js');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  process.exitCode = childCode;
}
