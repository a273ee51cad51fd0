import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';
import { type HostileResult, hostileTable } from '../bench/hostile/hostile-table.js';

/**
 * The "cases tried per command" table of the hostile-input guide is the benchmark's
 * (`npm run bench:hostile -w @sohoa/cli`), in both languages: an edit by hand, or a benchmark
 * result committed without its docs, fails here.
 */
describe('docs/08-hostile-input: the table of cases tried', () => {
  it('is the one bench/results/hostile-cases.json gives, in English and Vietnamese', async () => {
    const measured = JSON.parse(await readFile(`${REPO_ROOT}bench/results/hostile-cases.json`, 'utf8')) as {
      loadAverage: number[];
      results: HostileResult[];
    };
    expect(measured.results.length).toBeGreaterThan(0);
    for (const language of ['en', 'vi'] as const) {
      const docs = await readFile(`${REPO_ROOT}docs/08-hostile-input.${language}.md`, 'utf8');
      const table = hostileTable(measured.results, measured.loadAverage, language);
      expect(docs).toContain(`<!-- hostile-cases:start -->\n${table}\n<!-- hostile-cases:end -->`);
    }
  });
});
