export { checkDocument } from './check-document.js';
export { digitize } from './digitize.js';
export type { DigitizedDocumentRecord, DigitizedPageRecord } from './digitize-document.js';
export type {
  DigitizeCounts,
  DigitizeEvent,
  DigitizeFailure,
  DigitizeSummary,
} from './digitize-events.js';
export {
  DIGITIZE_DETECT_ORIENTATION_DEFAULT,
  DIGITIZE_PAGES_PER_WORKER_DEFAULT,
  type DigitizeOcrOptions,
  type DigitizeOptions,
  type SigningContext,
  type SigningHook,
} from './digitize-options.js';
export { type DigitizeSettings, mergeSettings, type SigningSettings } from './digitize-settings.js';
export {
  createDocumentRunner,
  type DocumentRunner,
  type DocumentRunnerOptions,
  type DocumentSettings,
} from './document-runner.js';
export { JOURNAL_FILE, type JournalEntry, type JournaledFile } from './journal.js';
export { checkOcrLanguage } from './ocr-language.js';
export {
  type CatalogPlan,
  type PlanCatalogOptions,
  planCatalog,
  type UnplannedDossier,
} from './plan-catalog.js';
export { planFolder } from './plan-folder.js';
export { planInputs } from './plan-inputs.js';
export type { PageRef, PlannedDerivation, PlannedDocument, PlannedDossier } from './planned-dossier.js';
export { type ProvenanceSource, provenance } from './provenance.js';
export type { FilledField, MetadataDisagreement } from './reconcile-header.js';
export { ScanPathResolver } from './scan-path-resolver.js';
export { type DescribedDocument, splitDocuments } from './split-documents.js';
export { applyWorkLimits, DEFAULT_WORK_LIMITS, type WorkLimits } from './work-limits.js';
