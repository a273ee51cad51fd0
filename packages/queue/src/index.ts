export {
  connectRedis,
  DEFAULT_QUEUE_NAME,
  type QueueConnection,
} from './connection/queue-connection.js';
export { QUEUE_ERROR_CODES, type QueueErrorCode } from './errors/queue-error-codes.js';
export type { BatchRecord } from './jobs/batch-store.js';
export type {
  BatchSettings,
  DocumentJobData,
  DocumentJobResult,
  DossierJobData,
  DossierJobResult,
  SohoaJobData,
} from './jobs/job-data.js';
export { jobId } from './jobs/job-ids.js';
export type { RetryPolicy } from './jobs/job-options.js';
export { type RetriedJobs, type RetryFailedOptions, retryFailed } from './retry/retry-failed.js';
export {
  type BatchStatus,
  type BatchStatusOptions,
  batchStatus,
  type DossierProgress,
  type JobFailure,
} from './status/batch-status.js';
export { FileSystemStorage } from './storage/file-system-storage.js';
export { openStorage } from './storage/open-storage.js';
export type { Storage } from './storage/storage.js';
export { type SubmitBatchOptions, type SubmittedBatch, submitBatch } from './submit/submit-batch.js';
export { VERSION } from './version.js';
export {
  type QueueWorker,
  type StartWorkerOptions,
  startWorker,
  type WorkerEvent,
} from './worker/start-worker.js';
