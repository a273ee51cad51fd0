import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './scripts/plain-summary-reporter.ts';

/**
 * One vitest run for the whole monorepo: a project per package, each resolving the other
 * `@sohoa/*` packages to their TypeScript source through the `@sohoa/source` export condition,
 * so the suite needs no build. OCR and PDF tests run real tesseract.js and sharp, hence the timeouts.
 */
export default defineConfig({
  resolve: { conditions: ['@sohoa/source'] },
  ssr: { resolve: { conditions: ['@sohoa/source'] } },
  test: {
    projects: ['packages/*'],
    reporters: ['default', new PlainSummaryReporter()],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
