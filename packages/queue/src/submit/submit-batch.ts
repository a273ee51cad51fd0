import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { applyWorkLimits, type PlanCatalogOptions, type PlannedDossier, planInputs } from '@sohoa/pipeline';
import { type FlowJob, FlowProducer } from 'bullmq';
import {
  closeWithin,
  connectRedis,
  DEFAULT_QUEUE_NAME,
  producerConnection,
  type QueueConnection,
  queueKeyPrefix,
  queueLost,
} from '../connection/queue-connection.js';
import { type BatchRecord, readBatch, writeBatch } from '../jobs/batch-store.js';
import type { BatchSettings, DocumentJobData, DossierJobData } from '../jobs/job-data.js';
import { jobId } from '../jobs/job-ids.js';
import { documentJobOptions, dossierJobOptions, type RetryPolicy } from '../jobs/job-options.js';
import { openStorage } from '../storage/open-storage.js';

/**
 * Options of {@link submitBatch}.
 *
 * @example
 * ```ts
 * const options: SubmitBatchOptions = { redis: 'redis://10.0.0.5:6379', inputs: ['/mnt/sohoa/scans/b1'], out: '/mnt/sohoa/out/b1' };
 * ```
 */
export interface SubmitBatchOptions
  extends QueueConnection,
    Omit<BatchSettings, 'batchId' | 'out' | 'createdAt'> {
  /**
   * Dossier folders, folders of dossier folders, or catalogs (`.xlsx`, `.csv`), as for
   * `sohoa digitize`, on the shared storage: every worker must see them at the same path.
   */
  inputs: readonly string[];
  /** The output storage: a shared folder (path or `file://` URL) every worker mounts at the same path. */
  out: string;
  /**
   * The batch's id. @default a hash of the inputs' absolute paths and the output, so submitting
   * the same batch again gives the same id (and adds nothing).
   */
  batchId?: string | undefined;
  /**
   * Creation time written into every PDF and package. @default the time of the batch's first
   * submission (kept in Redis), so a re-submission keeps it.
   */
  createdAt?: Date | undefined;
  /** Retries of each job. @default {@link RetryPolicy}'s defaults (3 attempts, 10 s exponential backoff) */
  retry?: RetryPolicy | undefined;
  /**
   * Options of the catalog importer for catalog inputs and `scansRoot`, the folder their file
   * paths start from (as `sohoa digitize`'s `catalog`; the archive code is `archiveCode`, the
   * package `packageType`).
   * @default none (each catalog's folder holds its scans)
   */
  catalog?: Omit<PlanCatalogOptions, 'archiveCode' | 'packageType'> | undefined;
}

/**
 * What {@link submitBatch} did.
 *
 * @example
 * ```ts
 * const submitted: SubmittedBatch = await submitBatch(options);
 * console.log(`${submitted.added} jobs added, ${submitted.existing} already queued`);
 * ```
 */
export interface SubmittedBatch {
  batchId: string;
  dossiers: number;
  documents: number;
  pages: number;
  /** Jobs added by this call (documents and dossiers). */
  added: number;
  /** Jobs that already existed (an earlier submission of the same batch). */
  existing: number;
  /** Dossiers that could not be planned, with their reason: no jobs for them. */
  unplanned: BatchRecord['unplanned'];
}

/**
 * Turns a batch into jobs: per dossier one BullMQ flow, a dossier job (build and validate the
 * package) whose children are one job per document (cleanup → OCR → PDF/A). Job ids are
 * deterministic ({@link jobId}), so submitting the same batch twice adds nothing twice. The
 * inputs are planned here (dossier.json, catalogs, page counts) exactly as `sohoa digitize`
 * plans them; a dossier that cannot be planned is reported and gets no jobs.
 *
 * @throws `SohoaError` `QUEUE_UNREACHABLE` when Redis does not answer.
 *
 * @example
 * ```ts
 * import { submitBatch } from '@sohoa/queue';
 *
 * const batch = await submitBatch({
 *   redis: 'redis://10.0.0.5:6379',
 *   inputs: ['/mnt/sohoa/scans/batch-01'],
 *   out: '/mnt/sohoa/out/batch-01',
 * });
 * console.log(batch.batchId, batch.documents, batch.added);
 * ```
 */
export async function submitBatch(options: SubmitBatchOptions): Promise<SubmittedBatch> {
  const inputs = options.inputs.map((input) => resolve(input));
  const out = openStorage(options.out).url;
  const batchId = options.batchId ?? defaultBatchId(inputs, out);
  if (!/^[\w.-]{1,100}$/.test(batchId)) {
    throw new SohoaError({
      code: 'QUEUE_BATCH_ID_INVALID',
      message: {
        vi: `Không dùng được mã lô "${batchId}".`,
        en: `The batch id "${batchId}" is not usable.`,
      },
      fix: {
        vi: 'Dùng tối đa 100 ký tự gồm chữ cái, chữ số, ".", "_" hoặc "-".',
        en: 'Use up to 100 letters, digits, ".", "_" or "-".',
      },
    });
  }
  const connection = { ...options, queueName: options.queueName ?? DEFAULT_QUEUE_NAME };
  const redis = await connectRedis(options.redis, options.timeoutMs);
  try {
    const earlier = await readBatch(redis, connection, batchId);
    const settings: BatchSettings = {
      batchId,
      out,
      createdAt:
        (options.createdAt?.toISOString() ?? earlier?.settings.createdAt) || new Date().toISOString(),
      packageType: options.packageType,
      archiveCode: options.archiveCode,
      organization: options.organization,
      dpi: options.dpi,
      language: options.language,
      material: options.material,
      cleanup: options.cleanup,
      textLayer: options.textLayer,
      sign: options.sign,
      ocr: options.ocr,
      limits: options.limits,
    };
    const plan = applyWorkLimits(
      await planInputs(inputs, {
        ...options.catalog,
        ...(options.archiveCode === undefined ? {} : { archiveCode: options.archiveCode }),
        packageType: options.packageType,
      }),
      options.limits,
    );
    const record: BatchRecord = {
      settings,
      inputs,
      submittedAt: earlier?.submittedAt ?? new Date().toISOString(),
      dossiers: plan.planned.map((planned) => ({
        fileCode: planned.dossier.fileCode,
        documents: planned.documents.length,
        pages: pageCount(planned),
      })),
      unplanned: plan.unplanned.map((unplanned) => ({
        key: unplanned.key,
        code: unplanned.error.code,
        message: unplanned.error.message,
        texts: { vi: unplanned.error.describe('vi'), en: unplanned.error.describe('en') },
      })),
    };
    let submitted = 0;
    const lost = (error: unknown) =>
      queueLost(
        options.redis,
        error,
        {
          vi: `đã gửi ${submitted} trên ${plan.planned.length} hồ sơ`,
          en: `${submitted} of ${plan.planned.length} dossiers were submitted`,
        },
        { vi: 'chạy lại đúng lệnh "sohoa queue submit" đó', en: 'run the same "sohoa queue submit" again' },
        options.timeoutMs,
      );
    await writeBatch(redis, connection, record).catch((error: unknown) => {
      throw lost(error);
    });
    const flows = new FlowProducer({
      connection: producerConnection(options.redis, options.timeoutMs),
      prefix: options.prefix,
    });
    // Connection errors reject the calls below; without a listener they would also be printed.
    flows.on('error', () => undefined);
    let added = 0;
    let existing = 0;
    try {
      for (const planned of plan.planned) {
        const flow = dossierFlow(planned, settings, connection.queueName, options.retry);
        const ids = [flow.opts?.jobId, ...(flow.children ?? []).map((child) => child.opts?.jobId)];
        const present = await redis.exists(...ids.map((id) => `${queueKeyPrefix(connection)}:${id}`));
        await flows.add(flow);
        existing += present;
        added += ids.length - present;
        submitted++;
      }
    } catch (error) {
      throw lost(error);
    } finally {
      await closeWithin(flows);
    }
    return {
      batchId,
      dossiers: record.dossiers.length,
      documents: record.dossiers.reduce((sum, dossier) => sum + dossier.documents, 0),
      pages: record.dossiers.reduce((sum, dossier) => sum + dossier.pages, 0),
      added,
      existing,
      unplanned: record.unplanned,
    };
  } finally {
    redis.disconnect();
  }
}

/** The flow of one dossier: its package job, parent of one job per document. */
export function dossierFlow(
  planned: PlannedDossier,
  settings: BatchSettings,
  queueName: string,
  retry?: RetryPolicy,
): FlowJob {
  const fileCode = planned.dossier.fileCode;
  const parent: DossierJobData = {
    kind: 'dossier',
    settings,
    dossier: planned.dossier,
    ordinals: planned.documents.map((document) => document.ordinal),
    pages: pageCount(planned),
  };
  return {
    name: `dossier ${fileCode}`,
    queueName,
    data: parent,
    opts: dossierJobOptions(jobId(settings.batchId, fileCode), retry),
    children: planned.documents.map((document) => {
      const data: DocumentJobData = {
        kind: 'document',
        settings,
        dossier: planned.dossier,
        document: {
          ...document,
          pages: document.pages.map((page) => ({ ...page, file: resolve(page.file) })),
        },
      };
      return {
        name: `document ${fileCode}.${document.ordinal}`,
        queueName,
        data,
        opts: documentJobOptions(jobId(settings.batchId, fileCode, document.ordinal), retry),
      };
    }),
  };
}

function pageCount(planned: PlannedDossier): number {
  return planned.documents.reduce((sum, document) => sum + document.pages.length, 0);
}

function defaultBatchId(inputs: readonly string[], out: string): string {
  return `batch-${createHash('sha256')
    .update(JSON.stringify([inputs, out]))
    .digest('hex')
    .slice(0, 16)}`;
}
