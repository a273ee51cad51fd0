import { parseVnDateSpan } from '../dates/vn-date.js';
import type { MessageLocale } from './issue-messages.js';
import { describeIssue, type MetadataIssue } from './metadata-issue.js';

/** The dossier fields compared with its documents. */
export interface DossierTotals {
  startDate: string;
  endDate: string;
  totalDoc: number;
  numberOfPage: number;
}

/** The document fields compared with the dossier. */
export interface DocumentTotals {
  issuedDate: string;
  numberOfPage: number;
}

/**
 * Checks a validated dossier against its validated documents (standards reference §3.4):
 * `totalDoc` equals the number of documents and `numberOfPage` the sum of their pages (errors,
 * on the dossier), and each document date lies within the dossier's dates (a warning, on the
 * document: old dossiers sometimes hold earlier attachments). Issues on documents carry the
 * document's position in `record`.
 *
 * @example
 * ```ts
 * import { checkDossierDocuments } from '@sohoa/metadata';
 *
 * const issues = checkDossierDocuments(dossier, documents, 'en');
 * const errors = issues.filter((issue) => issue.severity === 'error');
 * ```
 */
export function checkDossierDocuments(
  dossier: DossierTotals,
  documents: readonly DocumentTotals[],
  locale: MessageLocale = 'vi',
): MetadataIssue[] {
  const issues: MetadataIssue[] = [];
  if (dossier.totalDoc !== documents.length) {
    issues.push(
      describeIssue(
        {
          path: ['totalDoc'],
          rule: 'totalDoc',
          value: dossier.totalDoc,
          params: { actual: documents.length },
        },
        locale,
      ),
    );
  }
  const pages = documents.reduce((sum, document) => sum + document.numberOfPage, 0);
  if (dossier.numberOfPage !== pages) {
    issues.push(
      describeIssue(
        {
          path: ['numberOfPage'],
          rule: 'numberOfPage',
          value: dossier.numberOfPage,
          params: { actual: pages },
        },
        locale,
      ),
    );
  }
  const start = parseVnDateSpan(dossier.startDate);
  const end = parseVnDateSpan(dossier.endDate);
  if (!start || !end) return issues;
  documents.forEach((document, index) => {
    const date = parseVnDateSpan(document.issuedDate);
    if (date && (date.last < start.first || date.first > end.last)) {
      const issue = describeIssue(
        {
          path: ['issuedDate'],
          rule: 'documentDate',
          value: document.issuedDate,
          params: { startDate: dossier.startDate, endDate: dossier.endDate },
          severity: 'warning',
        },
        locale,
      );
      issues.push({ ...issue, record: index });
    }
  });
  return issues;
}
