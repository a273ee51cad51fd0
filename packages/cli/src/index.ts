export type { CliOutput } from './commands/cli-output.js';
export {
  type OcrCommandOptions,
  ocrSettingsOf,
  withOcrOptions,
} from './commands/ocr-command-options.js';
export { EXIT_CODES, runCli } from './commands/run-cli.js';
export {
  type DigitizeConfig,
  digitizeConfigSchema,
  loadDigitizeConfig,
} from './digitize/config-file.js';
export {
  type DossierFolder,
  type DossierFolderDocument,
  PAGE_EXTENSIONS,
  readDossierFolder,
} from './digitize/dossier-folder.js';
export { type P12SigningOptions, p12SigningHook } from './digitize/p12-signing-hook.js';
export { reexecWithMallocArenas, SOHOA_MALLOC_ARENA_MAX } from './malloc-arenas.js';
export {
  applyWorkLimits,
  type CatalogPlan,
  checkDocument,
  checkOcrLanguage,
  createDocumentRunner,
  DEFAULT_WORK_LIMITS,
  type DescribedDocument,
  DIGITIZE_DETECT_ORIENTATION_DEFAULT,
  DIGITIZE_PAGES_PER_WORKER_DEFAULT,
  type DigitizeCounts,
  type DigitizedDocumentRecord,
  type DigitizedPageRecord,
  type DigitizeEvent,
  type DigitizeFailure,
  type DigitizeOcrOptions,
  type DigitizeOptions,
  type DigitizeSummary,
  type DocumentRunner,
  type DocumentRunnerOptions,
  type DocumentSettings,
  digitize,
  type FilledField,
  JOURNAL_FILE,
  type JournalEntry,
  type JournaledFile,
  type MetadataDisagreement,
  type PageRef,
  type PlanCatalogOptions,
  type PlannedDocument,
  type PlannedDossier,
  planCatalog,
  planFolder,
  planInputs,
  ScanPathResolver,
  type SigningContext,
  type SigningHook,
  splitDocuments,
  type UnplannedDossier,
  type WorkLimits,
} from './pipeline/index.js';
export {
  type BudgetedDocument,
  documentsWithThumbnails,
  LOW_WORD_CONFIDENCE,
  type LowConfidenceWord,
  REPORT_FILE,
  REPORT_THUMBNAIL_PAGES,
  type ReportDocument,
  type ReportFailure,
  type ReportPage,
  type ReportRecord,
  writeReport,
} from './report/index.js';
