import { availableParallelism } from 'node:os';
import {
  createOcrPool,
  createOrientationDetector,
  type OcrLanguage,
  type OcrOrientationDetector,
  type OcrPool,
  resolveLanguageData,
} from '@sohoa/ocr';
import packageJson from '../../package.json' with { type: 'json' };
import { writeReport } from '../report/write-report.js';
import { checkDocument } from './check-document.js';
import { checkOcrOptions } from './check-ocr-options.js';
import type { DigitizeEvent, DigitizeSummary } from './digitize-events.js';
import { toFailure } from './digitize-failure.js';
import type { DigitizeOptions } from './digitize-options.js';
import { EventChannel } from './event-channel.js';
import { Journal } from './journal.js';
import { checkOcrLanguage } from './ocr-language.js';
import { detectsOrientation, ocrPoolSettings } from './ocr-pool-settings.js';
import { ocrSoftware } from './ocr-software.js';
import { PdfPageReader } from './pdf-page-reader.js';
import { planInputs } from './plan-inputs.js';
import type { PlannedDossier } from './planned-dossier.js';
import { runDossier } from './run-dossier.js';
import { Semaphore } from './semaphore.js';
import { sweepTemporaries } from './sweep-temporaries.js';
import { TiffPageReader } from './tiff-page-reader.js';
import { applyWorkLimits } from './work-limits.js';

/**
 * Digitizes dossiers end to end, as an async iterator of progress events that returns (and
 * ends with, as a `summary` event) the run's summary.
 *
 * Inputs are dossier folders (`dossier.json` with an optional `documents` list, and the scans:
 * images or scanned PDFs), folders of dossier folders, and catalogs (`.xlsx`, `.csv`) whose rows
 * point at the scans; a dossier's pages are split into its documents by their page counts. Each
 * document goes through the scan-profile check, cleanup, Vietnamese OCR (the header fills and
 * cross-checks the metadata; disagreements are reported), a two-layer PDF/A-2b
 * `<fileCode>/<fileCode>.<ordinal>.pdf` with archival XMP and a JSON beside it, and the optional
 * signing hook. Each dossier then becomes an AIP_hoso (or SIP_hoso) ZIP, validated before the
 * dossier is declared done.
 *
 * Work is never lost: every output is written under a temporary name and renamed when complete;
 * the journal `sohoa-journal.jsonl` records (fsync'd) each finished document and dossier with
 * checksums, so a re-run (after a crash or a kill) skips what is finished and verified and does
 * the rest, with identical results; `force` redoes everything. A bad page fails its document
 * alone, with its reason; the run goes on and the summary lists every failure. Each run ends by
 * writing `report.html` (see `writeReport`), failures included, for an archivist to review.
 *
 * @example
 * ```ts
 * import { digitize } from '@sohoa/pipeline';
 *
 * const run = digitize({ inputs: ['examples/sample-dossier'], out: 'out/demo', jobs: 2 });
 * for await (const event of run) {
 *   if (event.type === 'document-done') console.log(event.file, event.disagreements);
 *   if (event.type === 'summary') process.exitCode = event.summary.failures.length > 0 ? 1 : 0;
 * }
 * ```
 */
export async function* digitize(options: DigitizeOptions): AsyncGenerator<DigitizeEvent, DigitizeSummary> {
  const started = performance.now();
  const language = checkOcrLanguage(options.language ?? 'vie');
  checkOcrOptions(options.ocr ?? {});
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const settings: DigitizeOptions = { ...options, jobs };
  const summary: DigitizeSummary = {
    out: options.out,
    dryRun: options.dryRun ?? false,
    dossiers: { total: 0, done: 0, skipped: 0, failed: 0 },
    documents: { total: 0, done: 0, skipped: 0, failed: 0 },
    pages: 0,
    failures: [],
    seconds: 0,
  };
  const plan = applyWorkLimits(
    await planInputs(options.inputs, {
      ...options.catalog,
      ...(options.archiveCode === undefined ? {} : { archiveCode: options.archiveCode }),
    }),
    options.limits,
  );
  summary.dossiers.total = plan.planned.length + plan.unplanned.length;
  summary.documents.total = plan.planned.reduce((sum, dossier) => sum + dossier.documents.length, 0);
  const pages = plan.planned.reduce(
    (sum, dossier) => sum + dossier.documents.reduce((count, document) => count + document.pages.length, 0),
    0,
  );
  // Missing language data fails the run before anything is written.
  if (!summary.dryRun) await resolveLanguageData(language, options.languageDataPath);
  const journal = summary.dryRun ? undefined : await Journal.open(options.out);
  // The journal holds the output folder's lock: it is closed (and the lock released) however the run ends.
  try {
    const swept = summary.dryRun ? 0 : await sweepTemporaries(options.out);
    const createdAt = options.createdAt ?? journal?.firstCreatedAt() ?? new Date();
    await journal?.append({ type: 'run', at: new Date().toISOString(), createdAt: createdAt.toISOString() });
    yield {
      type: 'plan',
      dossiers: summary.dossiers.total,
      documents: summary.documents.total,
      pages,
      createdAt: createdAt.toISOString(),
      swept,
      catalogs: plan.catalogs,
    };
    for (const unplanned of plan.unplanned) {
      const failure = toFailure(unplanned.error, unplanned.key);
      await journal?.append({ type: 'failed', at: new Date().toISOString(), ...failure });
      summary.dossiers.failed++;
      summary.failures.push(failure);
      yield { type: 'dossier-failed', ...failure };
    }

    const channel = new EventChannel<DigitizeEvent>();
    const emit = (event: DigitizeEvent) => channel.push(event);
    let pool: Promise<OcrPool> | undefined;
    let detector: Promise<OcrOrientationDetector> | undefined;
    const detectOrientation = detectsOrientation(options);
    const reader = new PdfPageReader({ dpi: options.dpi });
    const tiffReader = new TiffPageReader({ dpi: options.dpi });
    const dossierSlots = new Semaphore(jobs);
    // One page more than there are OCR workers: its cleanup (main thread, libvips) overlaps their OCR,
    // so both cores stay busy (20 real-scan pages/min vs 14 with exactly `jobs` pages in flight).
    const pageSlots = new Semaphore(jobs + 1);
    // Once every dossier's documents are finished, the OCR workers (several hundred MiB of
    // WebAssembly memory) are stopped before the last packages are built and validated: validating
    // a long document's PDF/A holds the whole file in memory (a 500-page document peaked at 2,091 MiB
    // with the workers still alive, 1,009 MiB while its pages were read).
    let dossiersReading = plan.planned.length;
    const releaseOcr = async (): Promise<void> => {
      dossiersReading--;
      if (dossiersReading > 0) return;
      const [started, startedDetector] = [pool, detector];
      await (await started?.catch(() => undefined))?.terminate();
      await (await startedDetector?.catch(() => undefined))?.terminate();
    };
    const runOne = (planned: PlannedDossier): Promise<void> =>
      dossierSlots.run(async () => {
        if (!journal) return checkDossier(planned, settings, summary, emit);
        let released = false;
        const documentsDone = async () => {
          if (released) return;
          released = true;
          await releaseOcr();
        };
        pool ??= createOcrPool({
          size: jobs,
          language,
          languageDataPath: options.languageDataPath,
          ...ocrPoolSettings(options.ocr),
        });
        const engine = pool;
        await runDossier(planned, {
          options: settings,
          createdAt,
          engine: () => engine,
          orientation: detectOrientation
            ? () => {
                detector ??= createOrientationDetector();
                return detector;
              }
            : undefined,
          reader,
          tiffReader,
          pageSlots,
          emit,
          journal,
          summary,
          provenance: () => provenance(language, options, createdAt),
          documentsDone,
        }).finally(documentsDone);
      });
    const work = Promise.all(
      plan.planned.map((planned) =>
        runOne(planned).catch((error: unknown) => {
          // Only a bug gets here: runDossier records every failure of its own.
          const failure = toFailure(error, planned.dossier.fileCode);
          summary.dossiers.failed++;
          summary.failures.push(failure);
          emit({ type: 'dossier-failed', ...failure });
        }),
      ),
    ).finally(() => channel.close());
    try {
      yield* channel;
      await work;
    } finally {
      await (await pool?.catch(() => undefined))?.terminate();
      await (await detector?.catch(() => undefined))?.terminate();
      await reader.close();
      await tiffReader.close();
    }
    if (journal) {
      // Written after failures too: the report is where an archivist reads their reasons.
      try {
        summary.report = await writeReport(options.out);
      } catch (error) {
        yield {
          type: 'warning',
          message: `report.html was not written: ${toFailure(error, options.out).message}`,
        };
      }
    }
  } finally {
    await journal?.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  yield { type: 'summary', summary };
  return summary;
}

async function checkDossier(
  planned: PlannedDossier,
  options: DigitizeOptions,
  summary: DigitizeSummary,
  emit: (event: DigitizeEvent) => void,
): Promise<void> {
  const fileCode = planned.dossier.fileCode;
  emit({ type: 'dossier-start', dossier: fileCode, documents: planned.documents.length });
  let failed = 0;
  for (const document of planned.documents) {
    try {
      summary.pages += await checkDocument(document, fileCode, options, emit);
      summary.documents.done++;
    } catch (error) {
      const failure = toFailure(error, fileCode, document.ordinal);
      failed++;
      summary.documents.failed++;
      summary.failures.push(failure);
      emit({ type: 'document-failed', ...failure, ordinal: document.ordinal });
    }
  }
  if (failed > 0) {
    summary.dossiers.failed++;
    emit({
      type: 'dossier-failed',
      dossier: fileCode,
      code: 'DOSSIER_INCOMPLETE',
      message: `${failed} of ${planned.documents.length} documents failed the checks.`,
    });
    return;
  }
  summary.dossiers.done++;
  emit({ type: 'dossier-done', dossier: fileCode, package: undefined, skipped: false });
}

/**
 * The provenance written into AIPs: the OCR engine and model (with its SHA-256), the PDF
 * conversion and, with a signing hook, the signing, at the run's creation time. Shared with `createDocumentRunner`.
 *
 * @example
 * ```ts
 * const premis = await provenance('vie', options, createdAt);
 * ```
 */
export async function provenance(language: OcrLanguage, options: DigitizeOptions, createdAt: Date) {
  const software = { name: 'sohoa', version: packageJson.version };
  return {
    ocr: { at: createdAt, ...(await ocrSoftware(language, options.languageDataPath)) },
    pdfConversion: { at: createdAt, software },
    ...(options.sign
      ? { signing: { at: createdAt, signer: options.sign.signer ?? 'the digitize signing hook' } }
      : {}),
  };
}
