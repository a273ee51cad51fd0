import type { Derivation, Dossier } from '@sohoa/metadata';

/**
 * A value a catalog import built or converted (`Derivation` of `@sohoa/metadata`: the field, the
 * value, how, and the cells it came from), for the dossier or for the document itself.
 *
 * @example
 * ```ts
 * const derived: PlannedDerivation = {
 *   record: 'dossier',
 *   field: 'startDate',
 *   value: '01/03/1995',
 *   how: 'date-parts',
 *   from: [{ sheet: 'Mục lục', row: 2, column: 'G', heading: 'Ngày bắt đầu', value: 1 }],
 * };
 * ```
 */
export type PlannedDerivation = Derivation & { record: 'dossier' | 'document' };

/**
 * One page to digitize: an image file, one page of a scanned PDF, or one page of a multi-page TIFF.
 *
 * @example
 * ```ts
 * const image: PageRef = { file: 'scans/p1.jpg' };
 * const fromPdf: PageRef = { file: 'scans/dossier.pdf', pdfPage: 3 };
 * const fromTiff: PageRef = { file: 'scans/dossier.tif', tiffPage: 3 };
 * ```
 */
export interface PageRef {
  /** Path of the image or PDF file. */
  file: string;
  /** 1-based page number inside a PDF; absent for an image file. @default none (an image) */
  pdfPage?: number | undefined;
  /** 1-based page number inside a multi-page TIFF; absent for other files. @default none */
  tiffPage?: number | undefined;
}

/**
 * A document of a {@link PlannedDossier}: its ordinal, the metadata known before OCR and its
 * pages.
 *
 * @example
 * ```ts
 * const document: PlannedDocument = {
 *   ordinal: 1,
 *   metadata: { typeName: '02', codeNotation: 'QĐ-UBND' },
 *   pages: [{ file: 'p1.jpg' }],
 *   source: 'examples/sample-dossier/dossier.json',
 * };
 * ```
 */
export interface PlannedDocument {
  /** Position in the dossier, from 1: the `<ordinal>` of `<fileCode>.<ordinal>.pdf`. */
  ordinal: number;
  /** Document fields of Thông tư 05/2025 given by the dossier or catalog (may be partial). */
  metadata: Record<string, unknown>;
  /** The pages, in order. */
  pages: PageRef[];
  /** Where the document was described (a file, or a catalog's sheet and row), for messages. */
  source: string;
  /**
   * The values a catalog import derived for the document and its dossier, with their source
   * cells; written into the document's JSON and shown by `report.html`. @default none (a dossier folder)
   */
  derivations?: PlannedDerivation[] | undefined;
}

/**
 * A dossier ready to digitize: its validated metadata and its documents, from a dossier folder
 * or a catalog row.
 *
 * @example
 * ```ts
 * import { planFolder } from '@sohoa/pipeline';
 *
 * const planned: PlannedDossier = await planFolder('examples/sample-dossier');
 * console.log(planned.dossier.fileCode, planned.documents.length); // 000.00.00.H00.2025.01 3
 * ```
 */
export interface PlannedDossier {
  /** The dossier's SIP record (`fileCode` and the other 17 fields). */
  dossier: Dossier;
  /** The documents, ordinals 1, 2, … */
  documents: PlannedDocument[];
  /** Where the dossier was described, for messages. */
  source: string;
}
