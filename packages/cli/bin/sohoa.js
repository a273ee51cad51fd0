#!/usr/bin/env node
// The `sohoa` command. This small launcher is committed (not built) so that `npm ci` links
// `sohoa` into node_modules/.bin before anything is built: `npx sohoa` then runs this package,
// never asks the registry for one of that name. It runs the built command line: `sohoa --version`
// and the helps the build recorded are printed at once by dist/answer-at-once.cjs (answerAtOnce);
// this file is CommonJS (bin/package.json) so that they start no ES module loader, as fast as
// `node -e 0`. Any other command line runs dist/command-line.js. In a checkout of the sohoa
// repository not built yet, it runs the same command line from its sources (src/bin.ts) through
// tsx, the repository's TypeScript runner: slower to start, same behaviour.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '../dist/answer-at-once.cjs');
const sources = join(__dirname, '../src/bin.ts');
const tsx = existsSync(built) || !existsSync(sources) ? undefined : resolved('tsx');
if (existsSync(built)) {
  if (!require(built).answerAtOnce(process.argv.slice(2), join(__dirname, '../dist/helps'))) {
    import('../dist/command-line.js');
  }
} else if (tsx !== undefined) {
  const { spawnSync } = require('node:child_process');
  const { pathToFileURL } = require('node:url');
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(tsx).href, '--conditions=@sohoa/source', sources, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (run.signal) process.kill(process.pid, run.signal);
  process.exitCode = run.status ?? 1;
} else {
  process.stderr.write(
    'sohoa: error CLI_NOT_BUILT: the sohoa command line is not built (dist/answer-at-once.cjs of @sohoa/cli is missing). Fix: run "npm run build" at the root of the sohoa repository, then run the command again.\n',
  );
  process.exitCode = 1;
}

/** The file `name` resolves to from here, or `undefined` when it is not installed. */
function resolved(name) {
  try {
    return require.resolve(name);
  } catch {
    return undefined;
  }
}
