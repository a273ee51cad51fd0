import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './scripts/plain-summary-reporter.js';
import { SlowFirstSequencer } from './scripts/slow-first-sequencer.js';
import { mockingProjects } from './vitest.project.js';

/**
 * One vitest run for the whole monorepo, a project per package (see `vitest.project.ts`).
 *
 * Test files run on as many workers as there are cores (vitest's default leaves one core free):
 * many files spend their time waiting on processes they start (the `sohoa` command, redis-server,
 * Chromium, native tesseract), so with one worker on a 2-core machine the CPU was busy 65 % of an
 * 830 s run; two workers keep it busy (98 %).
 */
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*', 'scripts/architecture', ...mockingProjects()],
    reporters: ['default', new PlainSummaryReporter()],
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SlowFirstSequencer },
  },
});
