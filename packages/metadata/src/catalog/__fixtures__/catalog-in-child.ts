import { SohoaError } from '@sohoa/base';
import { residentMiB } from '../../../../../fixtures/resident-memory.js';
import type { ImportedDossier } from '../catalog-import-types.js';
import { importCatalog } from '../import-catalog.js';
import { readSheets } from '../read-sheets.js';

/**
 * Reads (`read`, the default), imports (`import`) or imports dossier by dossier through `onDossier`
 * (`stream`) the catalog named on the command line, options
 * as JSON in the second argument, and prints what came of it with the time taken and the process's
 * CPU time and peak RSS, for the tests and the benchmark that bound memory.
 */
const [path = '', options = '{}', mode = 'read'] = process.argv.slice(2);
const started = performance.now();
let outcome: Record<string, unknown>;
try {
  if (mode === 'import' || mode === 'stream') {
    const counts = { dossiers: 0, validDossiers: 0, documents: 0 };
    const count = (dossier: ImportedDossier) => {
      counts.dossiers++;
      if (dossier.record) counts.validDossiers++;
      counts.documents += dossier.documents.length;
    };
    const catalog = await importCatalog(path, {
      ...JSON.parse(options),
      ...(mode === 'stream' ? { onDossier: count } : {}),
    });
    for (const dossier of catalog.dossiers) count(dossier);
    outcome = { ...counts, errors: catalog.issues.filter((issue) => issue.severity === 'error').length };
  } else {
    const sheets = await readSheets(path, JSON.parse(options));
    outcome = {
      sheets: sheets.map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows.length,
        notes: sheet.notes.length,
      })),
    };
  }
} catch (error) {
  if (!SohoaError.isInstance(error)) throw error;
  outcome = { code: error.code, message: error.message };
}
const usage = process.resourceUsage();
// The kernel's peak of this process (VmHWM): maxRSS would carry the resident size of the test's worker.
const peakRssMb = Math.round(residentMiB());
// CPU time beside the wall time: on a shared machine the wall time mostly measures the others' load.
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
console.log(
  JSON.stringify({ ...outcome, seconds: (performance.now() - started) / 1000, cpuSeconds, peakRssMb }),
);
