import { describe, expect, it } from 'vitest';
import { headerBand } from '../../../fixtures/digitize-fixtures.js';
import { documentsWithThumbnails, REPORT_THUMBNAIL_PAGES } from '../src/index.js';
import type { DigitizedPageRecord } from '../src/pipeline/digitize-document.js';
import { pageThumbnail } from '../src/report/page-thumbnail.js';
import { renderReport } from '../src/report/render-report.js';
import type { ReportDocument, ReportState } from '../src/report/report-state.js';

const FILE_CODE = '000.00.00.H00.2025.33';

async function document(ordinal: number, pages: number, confidence: number): Promise<ReportDocument> {
  const page: DigitizedPageRecord = {
    source: `p${ordinal}.jpg`,
    width: 2400,
    height: 950,
    dpi: 300,
    confidence,
    text: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
    skewAngle: 0,
    deskewAngle: 0,
    blank: false,
    violations: [],
    warnings: [],
    warningsVi: [],
    lowConfidenceWords: [],
    thumbnail: await pageThumbnail(await headerBand(ordinal % 3)),
  };
  return {
    ordinal,
    pdf: `${FILE_CODE}/${FILE_CODE}.${ordinal}.pdf`,
    record: {
      fileCode: FILE_CODE,
      ordinal,
      pdf: `${FILE_CODE}.${ordinal}.pdf`,
      metadata: {},
      filled: [],
      suggested: [],
      disagreements: [],
      pages: Array.from({ length: pages }, (_, index) => ({
        ...page,
        source: `p${ordinal}-${index + 1}.jpg`,
      })),
    },
  };
}

describe('the thumbnail limit of report.html', () => {
  it('keeps every thumbnail of a run within the limit', async () => {
    const documents = [await document(1, 3, 95), await document(2, 2, 40)];
    const kept = documentsWithThumbnails(
      documents.map((entry, index) => ({ document: entry, score: 0, index })),
    );
    expect(kept.size).toBe(2);
  });

  it('keeps the thumbnails of documents with problems first, whole documents only, and says so', async () => {
    // A clean document of 400 pages, then one with low OCR confidence of 200 pages: 600 pages.
    const clean = await document(1, 400, 96);
    const poor = await document(2, 200, 35);
    const short = await document(3, 100, 97);
    const state: ReportState = {
      createdAt: '2025-01-20T08:00:00.000Z',
      dossiers: [{ key: FILE_CODE, status: 'done', findings: [], documents: [clean, poor, short] }],
    };
    const html = renderReport(state);
    const thumbnails = html.match(/<img src="data:image\/webp;base64,/g) ?? [];
    // The poor document (200) first, then the clean one (400) does not fit in 300, the short one (100) does.
    expect(thumbnails.length).toBe(300);
    expect(REPORT_THUMBNAIL_PAGES).toBe(500);
    expect(html).toContain('thumbnails are kept for 500 pages, documents with problems first');
    const section = (ordinal: number) =>
      html.slice(html.indexOf(`id="document-1-${ordinal}"`)).split('</section>')[0] ?? '';
    expect(section(2)).toContain('<img src="data:image/webp');
    expect(section(1)).not.toContain('<img src="data:image/webp');
    expect(section(1)).toContain('thumbnail left out');
    expect(section(3)).toContain('<img src="data:image/webp');
  });
});
