#!/usr/bin/env node
// The `sohoa` command. This small launcher is committed (not built) so that `npm ci` links
// `sohoa` into node_modules/.bin before anything is built: `npx sohoa` then runs this package,
// never asks the registry for one of that name. It runs the built command line (dist/bin.js).
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    'sohoa: error CLI_NOT_BUILT: the sohoa command line is not built (dist/bin.js of @sohoa/cli is missing). Fix: run "npm run build" at the root of the sohoa repository, then run the command again.\n',
  );
  process.exitCode = 1;
}
