import type { Bilingual } from '@sohoa/base';
import type { ScanProfileViolation } from '@sohoa/core';
import type { Finding } from '@sohoa/ip';
import type { CatalogSummary } from '@sohoa/metadata';
import type { FilledField, MetadataDisagreement } from './reconcile-header.js';

/** A failure of a document or dossier, as {@link DigitizeSummary} and the events report it. */
export interface DigitizeFailure {
  /** The dossier's code (or the input's path when it has none). */
  dossier: string;
  /** The document's ordinal; absent when the whole dossier failed. */
  ordinal?: number | undefined;
  /** The `SohoaError` code. */
  code: string;
  /** What went wrong, where, and how to fix it (in English, as `error.message`). */
  message: string;
  /** The same in Vietnamese and English ("… Cách khắc phục: …" / "… Fix: …"), when the failure is a `SohoaError`. */
  messages?: Bilingual | undefined;
}

/** Counts of dossiers or documents in a run. */
export interface DigitizeCounts {
  /** How many there are. */
  total: number;
  /** Finished in this run. */
  done: number;
  /** Already finished by an earlier run (journal), outputs verified. */
  skipped: number;
  /** Failed in this run. */
  failed: number;
}

/** What a run of {@link digitize} did. */
export interface DigitizeSummary {
  out: string;
  dryRun: boolean;
  dossiers: DigitizeCounts;
  documents: DigitizeCounts;
  /** Pages read (OCR) in this run; in a dry run, pages checked. */
  pages: number;
  /** Every failure; the run succeeded when this is empty. */
  failures: DigitizeFailure[];
  /** Wall-clock seconds. */
  seconds: number;
  /** The path of the run's `report.html`; absent in a dry run or when it could not be written. */
  report?: string | undefined;
}

/**
 * One progress event of {@link digitize}. Events are plain JSON-serialisable objects with a
 * `type`; `sohoa digitize --json` prints one per line.
 */
export type DigitizeEvent =
  | {
      type: 'plan';
      dossiers: number;
      documents: number;
      pages: number;
      /**
       * The creation time of the outputs, ISO 8601 in Vietnam time to the second
       * (`2025-07-01T08:30:00+07:00`), as the outputs' metadata and the report give it.
       */
      createdAt: string;
      /** Temporary files of a killed run removed. */
      swept: number;
      /** Each catalog input with its import's summary (ready, need fixes, top reasons). */
      catalogs: Array<{ file: string; summary: CatalogSummary }>;
    }
  | { type: 'dossier-start'; dossier: string; documents: number }
  | {
      type: 'page-done';
      dossier: string;
      ordinal: number;
      page: number;
      pages: number;
      source: string;
      seconds: number;
      /** Mean OCR word confidence, 0–100. */
      confidence: number;
      violations: ScanProfileViolation[];
    }
  | {
      type: 'page-checked';
      dossier: string;
      ordinal: number;
      page: number;
      pages: number;
      source: string;
      violations: ScanProfileViolation[];
    }
  | { type: 'document-skipped'; dossier: string; ordinal: number; file: string; pages: number }
  | {
      type: 'document-done';
      dossier: string;
      ordinal: number;
      file: string;
      pages: number;
      seconds: number;
      confidence: number;
      filled: FilledField[];
      disagreements: MetadataDisagreement[];
    }
  | ({ type: 'document-failed'; ordinal: number } & DigitizeFailure)
  | { type: 'dossier-done'; dossier: string; package: string | undefined; skipped: boolean }
  | ({ type: 'dossier-failed'; findings?: Finding[] | undefined } & DigitizeFailure)
  | {
      type: 'warning';
      dossier?: string | undefined;
      ordinal?: number | undefined;
      /** The warning in English. */
      message: string;
      /** The same in Vietnamese and English. */
      messages: Bilingual;
    }
  | { type: 'summary'; summary: DigitizeSummary };
