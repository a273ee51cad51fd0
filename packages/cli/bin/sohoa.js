#!/usr/bin/env node
// The `sohoa` command. This small launcher is committed (not built) so that `npm ci` links
// `sohoa` into node_modules/.bin before anything is built: `npx sohoa` then runs this package,
// never asks the registry for one of that name. It runs the built command line (dist/bin.js). In a
// checkout of the sohoa repository not built yet, it runs the same command line from its sources
// (src/bin.ts) through tsx, the repository's TypeScript runner: slower to start, same behaviour.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
const sources = new URL('../src/bin.ts', import.meta.url);
const tsx = existsSync(built) || !existsSync(sources) ? undefined : resolved('tsx');
if (existsSync(built)) {
  await import(built.href);
} else if (tsx !== undefined) {
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const run = spawnSync(
    process.execPath,
    ['--import', tsx, '--conditions=@sohoa/source', fileURLToPath(sources), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (run.signal) process.kill(process.pid, run.signal);
  process.exitCode = run.status ?? 1;
} else {
  process.stderr.write(
    'sohoa: error CLI_NOT_BUILT: the sohoa command line is not built (dist/bin.js of @sohoa/cli is missing). Fix: run "npm run build" at the root of the sohoa repository, then run the command again.\n',
  );
  process.exitCode = 1;
}

/** The URL `name` resolves to from here, or `undefined` when it is not installed. */
function resolved(name) {
  try {
    return import.meta.resolve(name);
  } catch {
    return undefined;
  }
}
