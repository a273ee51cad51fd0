import { describe, expect, it } from 'vitest';
import { checkDossierDocuments } from './check-dossier-documents.js';

const dossier = { startDate: '05/01/2001', endDate: '28/12/2001', totalDoc: 2, numberOfPage: 7 };

describe('checkDossierDocuments', () => {
  it('finds nothing when counts, pages and dates agree', () => {
    const documents = [
      { issuedDate: '05/01/2001', numberOfPage: 3 },
      { issuedDate: '28/12/2001', numberOfPage: 4 },
    ];
    expect(checkDossierDocuments(dossier, documents)).toEqual([]);
  });

  it('reports wrong totals as errors and dates outside the dossier as warnings', () => {
    const documents = [
      { issuedDate: '04/01/2001', numberOfPage: 3 },
      { issuedDate: '2001', numberOfPage: 1 },
      { issuedDate: '1999', numberOfPage: 1 },
    ];
    const issues = checkDossierDocuments(dossier, documents, 'en');
    expect(issues.map((issue) => [issue.field, issue.rule, issue.severity, issue.record])).toEqual([
      ['totalDoc', 'totalDoc', 'error', undefined],
      ['numberOfPage', 'numberOfPage', 'error', undefined],
      ['issuedDate', 'documentDate', 'warning', 0],
      ['issuedDate', 'documentDate', 'warning', 2],
    ]);
    expect(issues[0]?.message).toContain('= 2: differs from the number of documents in the dossier (3)');
  });
});
