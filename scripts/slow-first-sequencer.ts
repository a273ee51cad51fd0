import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Measured seconds of each test file (repository-relative path), written by
 * `scripts/test-durations-reporter.ts` during a run of the whole suite.
 */
const DURATIONS: Record<string, number> = JSON.parse(
  readFileSync(new URL('./test-durations.json', import.meta.url), 'utf8'),
);

/**
 * Starts the slowest test files first, from the durations measured in `scripts/test-durations.json`,
 * so that the run does not end with one worker on a long file while the others wait.
 *
 * vitest's own order needs its results cache, which a fresh clone (CI) has not: without it, it
 * runs the projects in alphabetical order and, in each, the largest files first, so a long file of
 * a late project could start when everything else was done. Here the files are ordered by their
 * measured time, longest first (files not measured yet first of all: they may be long), except
 * that the files of a project whose files share one worker (`isolate: false`) stay together,
 * longest first, placed by their longest file: vitest only reuses a worker for the next file in
 * its queue.
 *
 * @example
 * ```ts
 * // vitest.config.ts
 * export default defineConfig({ test: { sequence: { sequencer: SlowFirstSequencer } } });
 * ```
 */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = (file: TestSpecification) =>
      DURATIONS[relative(root, file.moduleId).replaceAll('\\', '/')] ?? Number.POSITIVE_INFINITY;
    const longestFirst = (a: TestSpecification, b: TestSpecification) => seconds(b) - seconds(a);
    const units: TestSpecification[][] = [];
    const shared = new Map<string, TestSpecification[]>();
    for (const file of files) {
      if (file.project.config.isolate) {
        units.push([file]);
        continue;
      }
      const unit = shared.get(file.project.name);
      if (unit) unit.push(file);
      else {
        const created = [file];
        shared.set(file.project.name, created);
        units.push(created);
      }
    }
    for (const unit of units) unit.sort(longestFirst);
    // Stable: files of equal time (or none measured) keep vitest's discovery order.
    units.sort((a, b) => longestFirst(a[0] as TestSpecification, b[0] as TestSpecification));
    return units.flat();
  }
}
