import { mkdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SohoaError } from '@sohoa/base';
import type { Finding, ProvenanceInput } from '@sohoa/ip';
import { dossierFileName } from '@sohoa/metadata';
import {
  type DigitizedDocumentRecord,
  type DocumentWork,
  digitizeDocument,
  documentOutputNames,
} from './digitize-document.js';
import type { DigitizeFailure, DigitizeSummary } from './digitize-events.js';
import { toFailure } from './digitize-failure.js';
import { inputFingerprint } from './input-fingerprint.js';
import type { Journal, JournaledFile } from './journal.js';
import { mapOrdered } from './map-ordered.js';
import { packageDossier } from './package-dossier.js';
import type { PlannedDocument, PlannedDossier } from './planned-dossier.js';
import { requireConformingPdfA } from './require-conforming-pdfa.js';
import { sha256File } from './sha256-file.js';

/** What the work on every dossier of a run shares. */
export interface DossierRun extends Omit<DocumentWork, 'dossier' | 'folder'> {
  /** The run's output folder. */
  out: string;
  /** Redo what the journal records as finished. */
  force: boolean;
  journal: Journal;
  summary: DigitizeSummary;
  /** The provenance written into AIPs, computed once per run. */
  provenance: () => Promise<ProvenanceInput>;
  /**
   * Called once the dossier's documents are finished (done, skipped or failed), before it is
   * packaged: no page of this dossier needs OCR any more. @default none
   */
  documentsDone?: (() => Promise<void>) | undefined;
}

/**
 * Digitizes one planned dossier, resuming from the journal: a document whose journal entry has
 * the same input fingerprint and whose outputs still have their recorded checksums is skipped;
 * the others are digitized, each failing alone. When every document is finished the dossier is
 * packaged and validated (unless the package type is `'none'`) and recorded as finished.
 *
 * @example
 * ```ts
 * await runDossier(planned, run); // events go to run.emit, counts to run.summary
 * ```
 */
export async function runDossier(planned: PlannedDossier, run: DossierRun): Promise<void> {
  const { journal, options, summary, emit } = run;
  const dossier = planned.dossier;
  const fileCode = dossier.fileCode;
  const at = () => new Date().toISOString();
  let folder: string;
  try {
    folder = join(run.out, dossierFileName(fileCode, { extension: '' }));
  } catch (error) {
    const failure = toFailure(error, fileCode);
    await journal.append({ type: 'failed', at: at(), ...failure });
    fail(failure);
    return;
  }
  emit({ type: 'dossier-start', dossier: fileCode, documents: planned.documents.length });
  const work: DocumentWork = { ...run, dossier, folder };
  await mkdir(folder, { recursive: true });
  const records: DigitizedDocumentRecord[] = [];
  const outputs: string[] = [];
  let failed = 0;
  // Documents go ahead in parallel (their pages share the run's page slots); results come in order.
  const finished = mapOrdered(planned.documents, options.jobs ?? 1, (document) =>
    finishDocument(document, work, run),
  );
  for await (const result of finished) {
    if (!result) {
      failed++;
      continue;
    }
    records.push(result.record);
    outputs.push(...result.files.map((file) => file.sha256));
  }
  await run.documentsDone?.();
  if (failed > 0) {
    summary.dossiers.failed++;
    emit({
      type: 'dossier-failed',
      dossier: fileCode,
      code: 'DOSSIER_INCOMPLETE',
      message: `${failed} of ${planned.documents.length} documents failed; the dossier is not packaged until they are digitized.`,
      messages: {
        vi: `${failed} trên ${planned.documents.length} văn bản bị lỗi; hồ sơ chưa được đóng gói cho đến khi các văn bản này được số hóa.`,
        en: `${failed} of ${planned.documents.length} documents failed; the dossier is not packaged until they are digitized.`,
      },
    });
    return;
  }
  const packageType = options.packageType ?? 'aip';
  const previous = run.force ? undefined : journal.finishedDossier(fileCode);
  if (previous && previous.documents.join() === outputs.join() && (await journal.verify(previous.files))) {
    summary.dossiers.skipped++;
    emit({ type: 'dossier-done', dossier: fileCode, package: previous.files[0]?.path, skipped: true });
    return;
  }
  try {
    let files: JournaledFile[] = [];
    let findings: Finding[] | undefined;
    if (packageType !== 'none') {
      const built = await packageDossier(dossier, records, {
        type: packageType,
        folder,
        createdAt: run.createdAt,
        archiveCode: options.archiveCode,
        organization: options.organization,
        provenance: packageType === 'aip' ? await run.provenance() : undefined,
      });
      files = await checksums(run.out, [join(folder, built.fileName)]);
      findings = built.warnings;
    }
    await journal.append({
      type: 'dossier',
      at: at(),
      dossier: fileCode,
      documents: outputs,
      files,
      findings,
    });
    summary.dossiers.done++;
    emit({ type: 'dossier-done', dossier: fileCode, package: files[0]?.path, skipped: false });
  } catch (error) {
    const failure = toFailure(error, fileCode);
    const findings = (error as { details?: { findings?: Finding[] } }).details?.findings;
    await journal.append({ type: 'failed', at: at(), ...failure, findings });
    fail(failure, findings);
  }

  function fail(failure: DigitizeFailure, findings?: Finding[]): void {
    summary.dossiers.failed++;
    summary.failures.push(failure);
    emit({ type: 'dossier-failed', ...failure, findings });
  }
}

/**
 * Brings one document to finished: skipped when the journal records it with the same inputs and
 * its outputs verify, else digitized and journaled; a failure is recorded and gives `undefined`.
 */
async function finishDocument(
  document: PlannedDocument,
  work: DocumentWork,
  run: DossierRun,
): Promise<{ record: DigitizedDocumentRecord; files: JournaledFile[] } | undefined> {
  const { options, emit, folder } = work;
  const { journal, summary } = run;
  const fileCode = work.dossier.fileCode;
  const names = documentOutputNames(fileCode, document.ordinal);
  const input = await inputFingerprint(document, work.dossier, options, work.createdAt);
  const finished = run.force ? undefined : journal.finishedDocument(fileCode, document.ordinal);
  const pdfPath = join(folder, names.pdf);
  const outputs = [pdfPath, join(folder, names.json)];
  if (
    finished &&
    finished.input === input &&
    (await journal.verify(finished.files)) &&
    // A document journaled before outputs were checked is checked before it is trusted.
    (finished.pdfaChecked === true || (await conforms(pdfPath, outputs)))
  ) {
    const record = JSON.parse(await readFile(join(folder, names.json), 'utf8')) as DigitizedDocumentRecord;
    summary.documents.skipped++;
    emit({
      type: 'document-skipped',
      dossier: fileCode,
      ordinal: document.ordinal,
      file: names.pdf,
      pages: document.pages.length,
    });
    return { record, files: finished.files };
  }
  if (finished) {
    const outputsChanged = finished.input === input;
    const messages = {
      vi: `làm lại ${names.pdf}: ${outputsChanged ? 'kết quả đã bị thay đổi sau khi hoàn tất' : 'bản quét, siêu dữ liệu hoặc tùy chọn đã thay đổi'}.`,
      en: `${names.pdf} is redone: ${outputsChanged ? 'its outputs changed since they were finished' : 'its scans, metadata or options changed'}.`,
    };
    emit({ type: 'warning', dossier: fileCode, ordinal: document.ordinal, message: messages.en, messages });
  }
  const started = performance.now();
  try {
    const record = await digitizeDocument(document, work);
    const files = await checksums(run.out, outputs);
    await journal.append({
      type: 'document',
      at: new Date().toISOString(),
      dossier: fileCode,
      ordinal: document.ordinal,
      input,
      files,
      pdfaChecked: true,
    });
    summary.documents.done++;
    summary.pages += document.pages.length;
    emit({
      type: 'document-done',
      dossier: fileCode,
      ordinal: document.ordinal,
      file: names.pdf,
      pages: document.pages.length,
      seconds: (performance.now() - started) / 1000,
      confidence: record.pages.reduce((sum, page) => sum + page.confidence, 0) / record.pages.length,
      filled: record.filled,
      disagreements: record.disagreements,
    });
    return { record, files };
  } catch (error) {
    const failure = toFailure(error, fileCode, document.ordinal);
    summary.documents.failed++;
    summary.failures.push(failure);
    await journal.append({ type: 'failed', at: new Date().toISOString(), ...failure });
    emit({ type: 'document-failed', ...failure, ordinal: document.ordinal });
    return undefined;
  }
}

/** Whether a finished PDF/A still passes the check (a failing one is removed, to be redone). */
async function conforms(pdfPath: string, outputs: readonly string[]): Promise<boolean> {
  return requireConformingPdfA(pdfPath, outputs).then(
    () => true,
    (error: unknown) => {
      if (SohoaError.isInstance(error) && error.code === 'PDFA_NONCONFORMING') return false;
      throw error;
    },
  );
}

async function checksums(out: string, paths: readonly string[]): Promise<JournaledFile[]> {
  return Promise.all(
    paths.map(async (path) => ({
      path: relative(out, path),
      sha256: (await sha256File(path)) ?? '',
    })),
  );
}
