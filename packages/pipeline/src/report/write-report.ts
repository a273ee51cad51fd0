import { join } from 'node:path';
import { writeFileAtomic } from '@sohoa/core';
import { readReportState } from './read-report-state.js';
import { renderReport } from './render-report.js';

/** The report's file name in the output folder. */
export const REPORT_FILE = 'report.html';

/**
 * Writes (atomically) `report.html` into an output folder of `digitize`, from its journal and
 * the documents' JSON records alone, and returns its path: a self-contained page for an archivist
 * to review the run, per dossier and document, with thumbnails, low-confidence words boxed on
 * the pages, scan-profile violations, skew corrected, header-versus-catalog disagreements,
 * suggested readings, package validation and failures with their reasons, sortable by problem.
 * `digitize` calls it at the end of every run (failures included); `sohoa report <out>` calls it
 * again. The same outputs always give the same bytes.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` when the folder has no journal,
 *   `OUTPUT_WRITE_FAILED` when the report cannot be written.
 *
 * @example
 * ```ts
 * import { writeReport } from '@sohoa/pipeline';
 *
 * const path = await writeReport('out/batch'); // 'out/batch/report.html'
 * ```
 */
export async function writeReport(out: string): Promise<string> {
  const html = renderReport(await readReportState(out));
  const path = join(out, REPORT_FILE);
  await writeFileAtomic(path, html);
  return path;
}
