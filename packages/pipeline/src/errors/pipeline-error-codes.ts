/**
 * The error codes of `@sohoa/pipeline` (the digitization pipeline: dossiers, documents, outputs, configuration), with what each means. It also passes on the codes
 * of the packages it runs (`BASE_ERROR_CODES` of `@sohoa/base` and the lists of the others).
 *
 * @example
 * ```ts
 * import { PIPELINE_ERROR_CODES } from '@sohoa/pipeline';
 *
 * console.log(PIPELINE_ERROR_CODES.WORK_LIMIT_EXCEEDED);
 * ```
 */
export const PIPELINE_ERROR_CODES = {
  DOSSIER_METADATA_MISSING: 'A dossier folder has no dossier.json describing it.',
  DOSSIER_EMPTY: 'A dossier folder holds no page images.',
  DOCUMENT_SPLIT_INVALID:
    "A dossier's pages cannot be split into its documents: the documents' page counts do not add up to the pages scanned.",
  PACKAGE_INVALID:
    'An information package was built but failed validation, so its dossier is not declared done.',
  PDFA_NONCONFORMING:
    "A document's PDF/A failed sohoa's own PDF/A-2b check after it was written, so it is not declared done.",
  OUTPUT_LOCKED: 'Another sohoa process is already writing into the same output folder.',
  WORK_LIMIT_EXCEEDED:
    'A dossier asks for more pages per document or documents, or a page for more pixels, than the work limits allow (see "limits" in sohoa.config.json).',
  PATH_OUTSIDE_FOLDER:
    'A file named in dossier.json leads outside its dossier folder (.., an absolute path or a symbolic link).',
  CONFIG_INVALID:
    'A configuration file (sohoa.config.json) is not valid JSON or has wrong or unknown settings.',
  DOSSIER_INCOMPLETE:
    "Some of a dossier's documents failed (after their retries), so the dossier was not packaged.",
} as const;

/**
 * A code of {@link PIPELINE_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { PipelineErrorCode } from '@sohoa/pipeline';
 *
 * const code: PipelineErrorCode = 'WORK_LIMIT_EXCEEDED';
 * ```
 */
export type PipelineErrorCode = keyof typeof PIPELINE_ERROR_CODES;
