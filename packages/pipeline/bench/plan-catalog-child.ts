/**
 * Plans (`plan`: `planCatalog`, dossier by dossier) or only imports whole (`import`: `importCatalog`
 * with the scans counted, every record kept) the catalog named on the command line, its scans in
 * the folder named second, and prints the outcome with the wall and CPU time and the peak RSS, for
 * `plan-catalog.ts`.
 */
import { importCatalog } from '@sohoa/metadata/node';
import { planCatalog } from '../src/pipeline/plan-catalog.js';
import { scanPageCounter } from '../src/pipeline/scan-page-counter.js';
import { ScanPathResolver } from '../src/pipeline/scan-path-resolver.js';

const [catalog = '', scansRoot = '', mode = 'plan'] = process.argv.slice(2);
const started = performance.now();
let outcome: Record<string, unknown>;
if (mode === 'plan') {
  const plan = await planCatalog(catalog, { scansRoot });
  outcome = {
    planned: plan.planned.length,
    unplanned: plan.unplanned.length,
    documents: plan.planned.reduce((sum, dossier) => sum + dossier.documents.length, 0),
  };
} else {
  const { countPages } = scanPageCounter(new ScanPathResolver(scansRoot), catalog);
  const imported = await importCatalog(catalog, { countPages });
  outcome = { dossiers: imported.dossiers.length, issues: imported.issues.length };
}
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    ...outcome,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakRssMb: Math.round(usage.maxRSS / 1024),
  }),
);
