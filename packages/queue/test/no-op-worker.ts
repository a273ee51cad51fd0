/**
 * A BullMQ worker that ends the queue's jobs as `sohoa queue work` would, without digitizing:
 * document jobs complete with a result of the real shape (or fail with `IMAGE_CORRUPT` for the
 * dossiers asked to fail), dossier jobs complete, or fail with `DOSSIER_INCOMPLETE` when a
 * document failed. For status and retry at scale, where OCR would take days.
 */
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { DocumentJobResult, DossierJobResult, SohoaJobData } from '../src/jobs/job-data.js';

async function endJob(job: Job<SohoaJobData>, failing: ReadonlySet<string>) {
  const { dossier } = job.data;
  if (job.data.kind === 'dossier') {
    const failures = Object.values(await job.getIgnoredChildrenFailures());
    if (failures.length > 0)
      throw new UnrecoverableError(`DOSSIER_INCOMPLETE: ${failures.length} documents failed`);
    return { package: `${dossier.fileCode}/${dossier.fileCode}.aip.zip`, warnings: 0, seconds: 0.4 };
  }
  const { ordinal, pages } = job.data.document;
  if (ordinal === 1 && failing.has(dossier.fileCode))
    throw new UnrecoverableError(`IMAGE_CORRUPT: the first scan of ${dossier.fileCode} is truncated.`);
  const name = `${dossier.fileCode}/${dossier.fileCode}.${ordinal}`;
  return {
    pdf: `${name}.pdf`,
    json: `${name}.json`,
    sha256: { pdf: 'a'.repeat(64), json: 'b'.repeat(64) },
    pages: pages.length,
    seconds: 4,
    pipelineSeconds: 3.9,
    reused: false,
  };
}

/**
 * Ends `jobs` jobs of the `sohoa` queue, failing the first document of each dossier code in
 * `failing`; resolves once they have all ended and the worker is closed.
 */
export async function endJobsWithoutDigitizing(
  redis: string,
  jobs: number,
  failing: ReadonlySet<string> = new Set(),
): Promise<void> {
  let ended = 0;
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker<SohoaJobData, DocumentJobResult | DossierJobResult>(
      'sohoa',
      (job) => endJob(job, failing),
      { connection: { url: redis, maxRetriesPerRequest: null }, concurrency: 50 },
    );
    const end = () => {
      ended++;
      if (ended === jobs) worker.close().then(resolve, reject);
    };
    worker.on('completed', end);
    worker.on('failed', end);
    worker.on('error', reject);
  });
}
