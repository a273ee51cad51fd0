/**
 * How the queue retries a failing job, and what a document's final failure does to its dossier.
 *
 * @example
 * ```ts
 * const retries: RetryPolicy = { attempts: 3, backoffMs: 10_000 };
 * ```
 */
export interface RetryPolicy {
  /** Executions of a job before it is failed for good (a poison document stops here). @default 3 */
  attempts?: number | undefined;
  /** The first retry's delay; each next one doubles it (exponential backoff). @default 10000 */
  backoffMs?: number | undefined;
}

/**
 * BullMQ options of a document job. `ignoreDependencyOnFailure` is deliberate: when a document
 * fails for good, its id moves to the dossier job's failed dependencies and the dossier job runs
 * once the other documents are done (it does not hang waiting, and the other documents are not
 * cancelled, as `failParentOnFailure` would do); the dossier job then reports the dossier
 * incomplete (`DOSSIER_INCOMPLETE`) instead of packaging it.
 */
export function documentJobOptions(id: string, retry: RetryPolicy = {}) {
  return {
    jobId: id,
    attempts: retry.attempts ?? 3,
    backoff: { type: 'exponential' as const, delay: retry.backoffMs ?? 10_000 },
    ignoreDependencyOnFailure: true,
    removeOnComplete: false,
    removeOnFail: false,
  };
}

/** BullMQ options of a dossier job (packaging is retried like a document; incompleteness is not). */
export function dossierJobOptions(id: string, retry: RetryPolicy = {}) {
  return {
    jobId: id,
    attempts: retry.attempts ?? 3,
    backoff: { type: 'exponential' as const, delay: retry.backoffMs ?? 10_000 },
    removeOnComplete: false,
    removeOnFail: false,
  };
}
