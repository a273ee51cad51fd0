// `npm test`, after the lint: the type-check (`npm run typecheck`, three tsc programs, one after the
// other) and the vitest run side by side, both to the end, failing if either fails. tsc uses one core
// for about 50 s; run first, it left the other core idle for that long on a 2-core machine, while
// vitest keeps both busy. The type-check's output is held back and printed in one block when it
// ends, so that it does not cut through vitest's lines. Arguments go to vitest
// (`npm test -- packages/core` runs the type-check and the tests of packages/core).
import { spawn } from 'node:child_process';

const children = [];

/** Runs `command` (found on the PATH npm gives scripts); resolves with its exit code. */
function run(command, args, stdio) {
  const child = spawn(command, args, { stdio });
  children.push(child);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`npm test: ${command} did not start: ${error.message}\n`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

const started = Date.now();
const held = [];
const typecheck = run('npm', ['run', '--silent', 'typecheck'], ['ignore', 'pipe', 'pipe']);
for (const stream of children[0].stdio.slice(1)) stream.on('data', (chunk) => held.push(chunk));
const typecheckDone = typecheck.then((code) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const output = Buffer.concat(held).toString();
  process.stdout.write(
    code === 0
      ? `\ntype-check (npm run typecheck): passed in ${seconds} s\n`
      : `\ntype-check (npm run typecheck): FAILED (exit ${code}) in ${seconds} s\n${output}\n`,
  );
  return code;
});
const tests = run('vitest', ['run', ...process.argv.slice(2)], 'inherit');
const [typeCode, testCode] = await Promise.all([typecheckDone, tests]);
if (typeCode !== 0) process.stderr.write('npm test: the type-check failed (its errors are printed above).\n');
process.exitCode = typeCode !== 0 ? typeCode : testCode;
