import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestModule } from 'vitest/node';

const FILE = new URL('./test-durations.json', import.meta.url);

/**
 * Updates `scripts/test-durations.json`, the measured seconds of each test file that
 * `SlowFirstSequencer` orders the run by: the time vitest reports for the file (its tests and
 * hooks, as the default reporter prints it beside the file's name). The files that ran get
 * their new time, the others keep theirs, and files that no longer exist are dropped. Time a whole
 * run, on a machine as loaded as CI's: the order only needs the files' relative times.
 *
 * @example
 * ```sh
 * npx vitest run --reporter=default --reporter=./scripts/test-durations-reporter.ts
 * ```
 */
export default class TestDurationsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const durations: Record<string, number> = JSON.parse(readFileSync(FILE, 'utf8'));
    for (const testModule of testModules) {
      const { duration } = testModule.diagnostic();
      const path = relative(root, testModule.moduleId).replaceAll('\\', '/');
      durations[path] = Math.round(duration / 100) / 10;
    }
    const kept = Object.entries(durations)
      .filter(([path]) => existsSync(join(root, path)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    writeFileSync(FILE, `${JSON.stringify(Object.fromEntries(kept), null, 2)}\n`);
    process.stdout.write(`scripts/test-durations.json: ${testModules.length} test files timed\n`);
  }
}
