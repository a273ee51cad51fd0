import { type Bilingual, SohoaError } from '@sohoa/base';
import type { Dossier } from '@sohoa/metadata';
import type { PageRef, PlannedDerivation, PlannedDocument } from './planned-dossier.js';

/** A document as a dossier or catalog describes it: metadata, and its own pages when it names them. */
export interface DescribedDocument {
  /** Document fields of Thông tư 05/2025 (`numberOfPage` is its page count). */
  metadata: Record<string, unknown>;
  /** Its pages, when it names its own files. @default taken from the dossier's page sequence */
  pages?: PageRef[] | undefined;
  /** Where it was described (file, or sheet and row). */
  source: string;
  /** The values a catalog import derived for it and its dossier, kept for audit. @default none */
  derivations?: PlannedDerivation[] | undefined;
}

/**
 * Splits a dossier's page sequence into its documents. Documents that name their own pages keep
 * them; the others take, in order, as many pages of `sequence` as their `numberOfPage` says, and
 * the counts must use up the sequence exactly. Without a description of the documents the split
 * must be unambiguous from the dossier: `totalDoc` absent or 1 makes one document of every page,
 * `totalDoc` equal to the page count makes one document per page.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `DOCUMENT_SPLIT_INVALID` when the counts do not match the pages.
 *
 * @example
 * ```ts
 * const documents = splitDocuments(
 *   [{ file: 'd.pdf', pdfPage: 1 }, { file: 'd.pdf', pdfPage: 2 }, { file: 'd.pdf', pdfPage: 3 }],
 *   [{ metadata: { numberOfPage: 1 }, source: 'row 2' }, { metadata: { numberOfPage: 2 }, source: 'row 3' }],
 *   dossier,
 *   'catalog.xlsx',
 * );
 * documents[1].pages; // pages 2 and 3
 * ```
 */
export function splitDocuments(
  sequence: readonly PageRef[],
  described: readonly DescribedDocument[] | undefined,
  dossier: Dossier,
  source: string,
): PlannedDocument[] {
  if (!described || described.length === 0) {
    const total = dossier.totalDoc;
    if (total === undefined || total === 1) {
      return [{ ordinal: 1, metadata: {}, pages: [...sequence], source }];
    }
    if (total === sequence.length) {
      return sequence.map((page, index) => ({ ordinal: index + 1, metadata: {}, pages: [page], source }));
    }
    throw splitError(
      {
        vi: `${source}: hồ sơ có ${total} văn bản (totalDoc) và ${sequence.length} trang, nhưng không có danh sách "documents" cho biết trang nào thuộc văn bản nào.`,
        en: `${source}: the dossier has ${total} documents (totalDoc) and ${sequence.length} pages, and no "documents" list says which pages belong to which document.`,
      },
      source,
    );
  }
  let next = 0;
  const documents = described.map((document, index): PlannedDocument => {
    const planned = {
      ordinal: index + 1,
      metadata: document.metadata,
      source: document.source,
      ...(document.derivations?.length ? { derivations: document.derivations } : {}),
    };
    if (document.pages) return { ...planned, pages: document.pages };
    const count = document.metadata.numberOfPage;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      throw splitError(
        {
          vi: `${document.source}: văn bản ${index + 1} không nêu trang nào và không có số trang (numberOfPage).`,
          en: `${document.source}: document ${index + 1} names no pages and has no page count (numberOfPage).`,
        },
        source,
      );
    }
    const pages = sequence.slice(next, next + count);
    next += count;
    return { ...planned, pages };
  });
  const taken = described.some((document) => !document.pages);
  if (taken && next !== sequence.length) {
    throw splitError(
      {
        vi: `${source}: tổng số trang của các văn bản là ${next}, nhưng đã quét ${sequence.length} trang.`,
        en: `${source}: the documents' page counts add up to ${next} pages, but ${sequence.length} pages were scanned.`,
      },
      source,
    );
  }
  return documents;
}

function splitError(message: Bilingual, source: string): SohoaError {
  return new SohoaError({
    code: 'DOCUMENT_SPLIT_INVALID',
    message: { vi: message.vi, en: message.en },
    fix: {
      vi: 'Ghi cho mỗi văn bản số trang (numberOfPage) hoặc các tệp trang riêng ("pages"), để các văn bản cộng lại phủ đúng một lần mọi trang đã quét.',
      en: 'Give each document its page count (numberOfPage) or its own page files ("pages"), so that together they cover every scanned page once.',
    },
    details: { source },
  });
}
