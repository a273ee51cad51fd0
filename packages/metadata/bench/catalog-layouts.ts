/**
 * Benchmark: how many catalog rows import without any manual edit, across the catalog layouts
 * of the tests (TT05 template, TT 02/2019, HD169, contractor split dates, system CSV export, messy
 * hand-kept catalog, dossier and document sheets joined by code). A row counts as imported when its record is valid, and, for a document row,
 * its dossier's too, with the layout's own options and page counts taken from its scans (as
 * `sohoa digitize --scans` counts them), as the records `sohoa digitize` makes of it: AIP ones when
 * the layout gives the archive code (dates by month or year alone are complete data then, TT 05/2025
 * §3.4a), SIP ones otherwise — `planCatalog`'s rule. The goal is every row whose data is complete: every row
 * but the layout's `defectRows`, which hold a real error on purpose.
 *
 * Run: `npm run bench -w @sohoa/metadata`. Writes `bench/results/metadata-catalog-layouts.json` at the repository root.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_LAYOUTS } from '../src/__fixtures__/catalog-layouts.js';
import { importCatalog } from '../src/index.js';

interface LayoutResult {
  layout: string;
  /** The records imported, as `sohoa digitize` imports them. */
  packageType: 'aip' | 'sip';
  rows: number;
  completeRows: number;
  importedWithoutEdit: number;
  completeRowsImported: number;
  completeRowsNotImported: number[];
  defectRowsImported: number[];
  derivations: number;
  milliseconds: number;
}

const layouts: LayoutResult[] = [];
for (const layout of CATALOG_LAYOUTS) {
  const scans = new Map(
    Object.entries(layout.scans).map(([path, pages]) => [path.replaceAll('\\', '/'), pages]),
  );
  // As sohoa digitize imports it (planCatalog): AIP records when the archive code is known (a run makes AIPs by default).
  const packageType = layout.options.archiveCode ? 'aip' : 'sip';
  const started = process.hrtime.bigint();
  const catalog = await importCatalog(
    { bytes: await layout.build(), fileName: layout.fileName },
    { ...layout.options, packageType, countPages: async (file) => scans.get(file) },
  );
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
  const rows = catalog.dossiers.flatMap((dossier) =>
    dossier.documents.length
      ? dossier.documents.map((document) => ({
          row: document.row,
          imported: Boolean(dossier.record && document.record),
        }))
      : [{ row: dossier.row, imported: Boolean(dossier.record) }],
  );
  const complete = rows.filter((row) => !layout.defectRows.includes(row.row));
  layouts.push({
    layout: layout.name,
    packageType,
    rows: rows.length,
    completeRows: complete.length,
    importedWithoutEdit: rows.filter((row) => row.imported).length,
    completeRowsImported: complete.filter((row) => row.imported).length,
    completeRowsNotImported: complete.filter((row) => !row.imported).map((row) => row.row),
    defectRowsImported: rows
      .filter((row) => row.imported && layout.defectRows.includes(row.row))
      .map((row) => row.row),
    derivations: catalog.dossiers.reduce(
      (sum, dossier) =>
        sum +
        dossier.derivations.length +
        dossier.documents.reduce((count, document) => count + document.derivations.length, 0),
      0,
    ),
    milliseconds: Math.round(milliseconds),
  });
}
const total = (key: 'rows' | 'completeRows' | 'importedWithoutEdit' | 'completeRowsImported') =>
  layouts.reduce((sum, layout) => sum + layout[key], 0);
const result = {
  benchmark: 'catalog rows imported without any manual edit, across the test layouts',
  rows: total('rows'),
  completeRows: total('completeRows'),
  importedWithoutEdit: total('importedWithoutEdit'),
  completeRowsImported: total('completeRowsImported'),
  layouts,
  node: process.version,
  loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
  date: new Date().toISOString(),
};
const output = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../bench/results/metadata-catalog-layouts.json',
);
await mkdir(dirname(output), { recursive: true });
await writeFile(output, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `${result.completeRowsImported}/${result.completeRows} complete rows imported without any edit (${result.importedWithoutEdit}/${result.rows} rows in all) → ${output}`,
);
