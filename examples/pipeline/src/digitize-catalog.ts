/**
 * Digitize a catalog (mục lục hồ sơ) batch: a `.csv` or `.xlsx` catalog whose document rows point
 * at the scans ("Đường dẫn file", relative to the scans folder, `scansRoot`) is read by `importCatalog` of
 * `@sohoa/metadata` inside `digitize()`, each dossier is digitized and packaged (here as SIP_hoso,
 * `packageType: 'sip'`; `'aip'` with an `archiveCode` for AIP_hoso), and the run's summary lists
 * every failure. `data/muc-luc.csv` is a two-document dossier pointing at the sample scans.
 *
 * Run from the repository root:
 * `npx tsx --conditions=@sohoa/source examples/pipeline/src/digitize-catalog.ts [catalog.csv] [out-folder] [sip|aip]`
 */
import { dirname, join } from 'node:path';
import { digitize } from '@sohoa/pipeline';

const [catalog = 'examples/pipeline/data/muc-luc.csv', out = 'out/examples/catalog', packageType = 'sip'] =
  process.argv.slice(2);
if (packageType !== 'sip' && packageType !== 'aip')
  throw new Error(`package type: sip or aip, got ${packageType}`);

const summary = await (async () => {
  const run = digitize({
    inputs: [catalog],
    out,
    packageType,
    // Used only for AIP_hoso: arcFileCode = <archiveCode>.<fileCode>.
    archiveCode: packageType === 'aip' ? 'TTLT1' : undefined,
    organization: 'Trung tâm Lưu trữ lịch sử tỉnh Quảng Ngãi',
    // Options of the catalog importer, e.g. `creator` when the catalog has no "Mã hồ sơ" column.
    // The scans folder the catalog's paths start from (no path may lead outside it): here
    // `examples/`, two folders above the catalog, which holds `sample-dossier/`.
    catalog: { historicalArchive: true, scansRoot: join(dirname(catalog), '..', '..') },
  });
  for (;;) {
    const next = await run.next();
    if (next.done) return next.value;
    const event = next.value;
    if (event.type === 'document-done') {
      const disagreements = event.disagreements.map(
        (d) => `${d.field}: catalog "${d.given}", read "${d.read}"`,
      );
      console.log(
        `${event.dossier} document ${event.ordinal}: ${event.file}; ${disagreements.join('; ') || 'no disagreement'}`,
      );
    }
    if (event.type === 'dossier-done') console.log(`${event.dossier}: package ${event.package}`);
    if (event.type === 'dossier-failed' || event.type === 'document-failed') {
      console.error(`${event.dossier}: ${event.code}: ${event.message}`);
    }
  }
})();

console.log(
  `dossiers: ${summary.dossiers.done} done, ${summary.dossiers.skipped} skipped, ${summary.dossiers.failed} failed; documents: ${summary.documents.done} done; failures: ${summary.failures.length}`,
);
process.exitCode = summary.failures.length > 0 ? 1 : 0;
