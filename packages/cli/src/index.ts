// Names that moved to @sohoa/pipeline (issue 18): still importable from @sohoa/cli for one minor
// version, then removed.
export {
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  applyWorkLimits,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type BudgetedDocument,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type CatalogPlan,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  checkDocument,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  checkOcrLanguage,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  createDocumentRunner,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  DEFAULT_WORK_LIMITS,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DescribedDocument,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  DIGITIZE_DETECT_ORIENTATION_DEFAULT,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  DIGITIZE_PAGES_PER_WORKER_DEFAULT,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeConfig,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeCounts,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizedDocumentRecord,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizedPageRecord,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeEvent,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeFailure,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeOcrOptions,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeOptions,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DigitizeSummary,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DocumentRunner,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DocumentRunnerOptions,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DocumentSettings,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DossierFolder,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type DossierFolderDocument,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  digitize,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  digitizeConfigSchema,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  documentsWithThumbnails,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type FilledField,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  JOURNAL_FILE,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type JournalEntry,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type JournaledFile,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  LOW_WORD_CONFIDENCE,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type LowConfidenceWord,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  loadDigitizeConfig,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type MetadataDisagreement,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type P12SigningOptions,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  PAGE_EXTENSIONS,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type PageRef,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type PlanCatalogOptions,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type PlannedDerivation,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type PlannedDocument,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type PlannedDossier,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  p12SigningHook,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  planCatalog,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  planFolder,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  planInputs,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  REPORT_FILE,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  REPORT_THUMBNAIL_PAGES,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type ReportDocument,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type ReportFailure,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type ReportPage,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type ReportRecord,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  readDossierFolder,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  ScanPathResolver,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type SigningContext,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type SigningHook,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  splitDocuments,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type UnplannedDossier,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  type WorkLimits,
  /** @deprecated Moved to `@sohoa/pipeline` (import it from there); re-exported by `@sohoa/cli` 0.2 only, removed in 0.3. */
  writeReport,
} from '@sohoa/pipeline';
export type { CliOutput } from './commands/cli-output.js';
export {
  type OcrCommandOptions,
  ocrSettingsOf,
  withOcrOptions,
} from './commands/ocr-command-options.js';
export { EXIT_CODES, runCli } from './commands/run-cli.js';
export { CLI_ERROR_CODES, type CliErrorCode } from './errors/cli-error-codes.js';
export { reexecWithMallocArenas, SOHOA_MALLOC_ARENA_MAX } from './malloc-arenas.js';
export { VERSION } from './version.js';
