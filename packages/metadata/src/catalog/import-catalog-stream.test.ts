import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CATALOG_LAYOUTS } from '../__fixtures__/catalog-layouts.js';
import type { ImportedDossier } from './catalog-import-types.js';
import { importCatalog } from './import-catalog.js';
import { type CatalogCounts, countCatalogDossier, summarizeCatalog } from './summarize-catalog.js';

describe('importCatalog with onDossier', () => {
  it.each(CATALOG_LAYOUTS.map((layout) => [layout.name, layout] as const))(
    'hands out the dossiers of the %s one by one, keeps none, and reports the same issues',
    async (_name, layout) => {
      const source = { bytes: await layout.build(), fileName: layout.fileName };
      const whole = await importCatalog(source, layout.options);
      const handed: ImportedDossier[] = [];
      let counts: CatalogCounts | undefined;
      const streamed = await importCatalog(source, {
        ...layout.options,
        onDossier: (dossier, { sheets }) => {
          handed.push(dossier);
          counts = countCatalogDossier(counts, dossier);
          // The sheets are known before the first dossier.
          expect(sheets).toEqual(whole.sheets);
        },
      });
      expect(whole.dossiers.length).toBeGreaterThan(1);
      expect(handed).toEqual(whole.dossiers);
      expect(streamed.dossiers).toEqual([]);
      expect(streamed.issues).toEqual(whole.issues);
      expect(streamed.sheets).toEqual(whole.sheets);
      expect(streamed.conversions).toEqual(whole.conversions);
      // Counted as they were handed out, the summary is the one of the whole import.
      expect(summarizeCatalog(streamed, counts)).toEqual(summarizeCatalog(whole));
    },
  );

  it('awaits each dossier before building the next, and says once that page counts are pending', async () => {
    const layout = CATALOG_LAYOUTS.find((each) => each.name.startsWith('HD169')) ?? CATALOG_LAYOUTS[0];
    if (!layout) throw new Error('no layout');
    const steps: string[] = [];
    const catalog = await importCatalog(
      { bytes: await layout.build(), fileName: layout.fileName },
      {
        ...layout.options,
        onDossier: async (dossier) => {
          steps.push(`start ${dossier.row}`);
          await sleep(5);
          steps.push(`end ${dossier.row}`);
        },
      },
    );
    const rows = steps.filter((step) => step.startsWith('start')).map((step) => step.slice(6));
    expect(rows.length).toBeGreaterThan(1);
    expect(steps).toEqual(rows.flatMap((row) => [`start ${row}`, `end ${row}`]));
    const pending = catalog.issues.filter((issue) => issue.rule === 'pagesFromScans');
    expect(pending).toHaveLength(1);
    expect(pending[0]?.count).toBeGreaterThan(1);
  });
});
