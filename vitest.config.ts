import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './scripts/plain-summary-reporter.js';

/** One vitest run for the whole monorepo, a project per package (see `vitest.project.ts`). */
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*', 'scripts/architecture'],
    reporters: ['default', new PlainSummaryReporter()],
  },
});
