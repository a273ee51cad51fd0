#!/usr/bin/env node
import { reexecWithMallocArenas } from './malloc-arenas.js';

// Fewer glibc malloc arenas keep a long run's memory down (see reexecWithMallocArenas). The
// command is imported only in the process that runs it, so the waiting parent stays small.
const childCode = await reexecWithMallocArenas();
if (childCode === undefined) {
  const { runCli } = await import('./commands/run-cli.js');
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  process.exitCode = childCode;
}
