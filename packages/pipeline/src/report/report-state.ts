import type { Bilingual } from '@sohoa/base';
import type { Finding } from '@sohoa/ip';
import type { DigitizedDocumentRecord, DigitizedPageRecord } from '../pipeline/digitize-document.js';

/**
 * A page as `report.html` reads it from a document's JSON: JSONs written before the report
 * existed have no thumbnail and no low-confidence words, and older ones no Vietnamese warnings
 * (nor, before `@sohoa/core` 0.2, Vietnamese violations).
 */
export type ReportPage = Omit<
  DigitizedPageRecord,
  'lowConfidenceWords' | 'thumbnail' | 'warningsVi' | 'violations'
> &
  Partial<Pick<DigitizedPageRecord, 'lowConfidenceWords' | 'thumbnail' | 'warningsVi'>> & {
    violations: Array<
      Omit<DigitizedPageRecord['violations'][number], 'messageVi' | 'ruleVi'> &
        Partial<Pick<DigitizedPageRecord['violations'][number], 'messageVi' | 'ruleVi'>>
    >;
  };

/** A document's JSON as `report.html` reads it (`suggested` is missing from older JSONs). */
export type ReportRecord = Omit<DigitizedDocumentRecord, 'pages' | 'suggested'> & {
  pages: ReportPage[];
  suggested?: DigitizedDocumentRecord['suggested'];
};

/** Why a document or dossier is not finished: the failure's code and message. */
export interface ReportFailure {
  code: string;
  /** What went wrong and how to fix it, in English (the journal's `message`). */
  message: string;
  /** The same in Vietnamese and English; absent for a bug (`INTERNAL_ERROR`) and in older journals. */
  messages?: Bilingual | undefined;
}

/** A document's latest state in the journal: finished with its record, or failed with its reason. */
export interface ReportDocument {
  ordinal: number;
  /** The PDF/A's path relative to the output folder, when finished. */
  pdf?: string | undefined;
  record?: ReportRecord | undefined;
  failure?: ReportFailure | undefined;
}

/**
 * A dossier's latest state: `done` (packaged and validated, or no package asked for), `failed`
 * (a document, the planning or the package failed), or `pending` (its documents are finished but
 * it was not packaged yet, as after an interrupted run).
 */
export interface ReportDossier {
  /** The dossier's code, or the input's path when planning failed before it had one. */
  key: string;
  status: 'done' | 'failed' | 'pending';
  /** The package's path relative to the output folder, when one was built. */
  package?: string | undefined;
  /** The package validation's findings: warnings of a valid package, errors of a failed one. */
  findings: Finding[];
  /** The dossier's own failure (planning, metadata, packaging), when it has one. */
  failure?: ReportFailure | undefined;
  documents: ReportDocument[];
}

/** What `report.html` shows: the output folder's state as its journal and JSON records give it. */
export interface ReportState {
  /** The creation time written into every output, ISO 8601 (the first run's). */
  createdAt?: string | undefined;
  /** The dossiers, by key. */
  dossiers: ReportDossier[];
}
