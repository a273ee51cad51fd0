import { toVietnamTime } from '@sohoa/base';
import { resolveLanguageData } from '@sohoa/ocr';
import { writeReport } from '../report/write-report.js';
import { checkDocument } from './check-document.js';
import type { DigitizeEvent, DigitizeSummary } from './digitize-events.js';
import { toFailure } from './digitize-failure.js';
import type { DigitizeOptions } from './digitize-options.js';
import { EventChannel } from './event-channel.js';
import { Journal } from './journal.js';
import { type DocumentSettings, type OpenPipeline, openPipeline } from './open-pipeline.js';
import { planInputs } from './plan-inputs.js';
import type { PlannedDossier } from './planned-dossier.js';
import { runDossier } from './run-dossier.js';
import { Semaphore } from './semaphore.js';
import { sweepTemporaries } from './sweep-temporaries.js';
import { applyWorkLimits } from './work-limits.js';

/**
 * Digitizes dossiers end to end, as an async iterator of progress events that returns (and
 * ends with, as a `summary` event) the run's summary.
 *
 * Inputs are dossier folders (`dossier.json` with an optional `documents` list, and the scans:
 * images or scanned PDFs), folders of dossier folders, and catalogs (`.xlsx`, `.xls`, `.csv`) whose rows
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
  const channel = new EventChannel<DigitizeEvent>();
  const emit = (event: DigitizeEvent) => channel.push(event);
  const pipeline = openPipeline({ ...options, emit });
  try {
    const summary = yield* run(options, pipeline, channel);
    summary.seconds = (performance.now() - started) / 1000;
    yield { type: 'summary', summary };
    return summary;
  } finally {
    await pipeline.close();
  }
}

async function* run(
  options: DigitizeOptions,
  pipeline: OpenPipeline,
  channel: EventChannel<DigitizeEvent>,
): AsyncGenerator<DigitizeEvent, DigitizeSummary> {
  const { jobs, language } = pipeline;
  const emit = (event: DigitizeEvent) => channel.push(event);
  const summary: DigitizeSummary = {
    out: options.out,
    dryRun: options.dryRun ?? false,
    dossiers: { total: 0, done: 0, skipped: 0, failed: 0 },
    documents: { total: 0, done: 0, skipped: 0, failed: 0 },
    pages: 0,
    failures: [],
    seconds: 0,
  };
  // A signing key that cannot be read fails the run before anything is planned or written.
  const sign = await pipeline.signing(options.sign);
  const plan = applyWorkLimits(
    await planInputs(options.inputs, {
      ...options.catalog,
      ...(options.archiveCode === undefined ? {} : { archiveCode: options.archiveCode }),
      packageType: options.packageType,
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
      createdAt: toVietnamTime(createdAt),
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

    const settings: DocumentSettings = {
      packageType: options.packageType,
      archiveCode: options.archiveCode,
      organization: options.organization,
      material: options.material,
      cleanup: options.cleanup,
      textLayer: options.textLayer,
      sign,
      createdAt,
    };
    const work = await pipeline.work(settings);
    const dossierSlots = new Semaphore(jobs);
    // Once every dossier's documents are finished, the OCR workers (several hundred MiB of
    // WebAssembly memory) are stopped before the last packages are built and validated: validating
    // a long document's PDF/A holds the whole file in memory (a 500-page document peaked at 2,091 MiB
    // with the workers still alive, 1,009 MiB while its pages were read).
    let dossiersReading = plan.planned.length;
    const releaseOcr = async (): Promise<void> => {
      dossiersReading--;
      if (dossiersReading === 0) await pipeline.stopOcr();
    };
    const runOne = (planned: PlannedDossier): Promise<void> =>
      dossierSlots.run(async () => {
        if (!journal) return checkDossier(planned, options, summary, emit);
        let released = false;
        const documentsDone = async () => {
          if (released) return;
          released = true;
          await releaseOcr();
        };
        await runDossier(planned, {
          ...work,
          out: options.out,
          force: options.force ?? false,
          journal,
          summary,
          provenance: () => pipeline.provenance(settings),
          documentsDone,
        }).finally(documentsDone);
      });
    const running = Promise.all(
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
      await running;
    } finally {
      await pipeline.close();
    }
    if (journal) {
      // Written after failures too: the report is where an archivist reads their reasons.
      try {
        summary.report = await writeReport(options.out);
      } catch (error) {
        const failure = toFailure(error, options.out);
        const messages = {
          vi: `Không ghi được report.html: ${failure.messages?.vi ?? failure.message}`,
          en: `report.html was not written: ${failure.message}`,
        };
        yield { type: 'warning', message: messages.en, messages };
      }
    }
  } finally {
    await journal?.close();
  }
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
      messages: {
        vi: `${failed} trên ${planned.documents.length} văn bản không qua kiểm tra.`,
        en: `${failed} of ${planned.documents.length} documents failed the checks.`,
      },
    });
    return;
  }
  summary.dossiers.done++;
  emit({ type: 'dossier-done', dossier: fileCode, package: undefined, skipped: false });
}
