import type { MissingText } from '@sohoa/ocr';
import { describe, expect, it } from 'vitest';
import { headerBand } from '../../../fixtures/digitize-fixtures.js';
import type { DigitizedPageRecord } from '../src/pipeline/digitize-document.js';
import { pageThumbnail } from '../src/report/page-thumbnail.js';
import { renderReport } from '../src/report/render-report.js';

const FILE_CODE = '000.00.00.H00.2025.33';

describe('report.html: where text may be missing', () => {
  it('titles each box with its message in both languages and prints the page-level figures', async () => {
    const region: MissingText = {
      box: { x0: 100, y0: 400, x1: 900, y1: 470 },
      kind: 'region',
      message: 'text may be missing here: ink like text where no word was read',
      messages: {
        vi: 'có thể thiếu chữ ở đây: mực trông như chữ nhưng không đọc được từ nào',
        en: 'text may be missing here: ink like text where no word was read',
      },
    };
    const page: MissingText = {
      box: { x0: 80, y0: 120, x1: 2300, y1: 900 },
      kind: 'page',
      message: 'text may be missing on this page: its ink holds about 640 letters, 210 were read',
      messages: {
        vi: 'có thể thiếu chữ trên trang: mực trên trang ứng với khoảng 640 chữ cái, chỉ đọc được 210',
        en: 'text may be missing on this page: its ink holds about 640 letters, 210 were read',
      },
      letters: { ink: 640, read: 210 },
    };
    // A JSON written before the messages were bilingual: its box is still titled, in both languages.
    const older = { box: { x0: 1200, y0: 500, x1: 1900, y1: 560 }, message: 'text may be missing here' };
    const record: DigitizedPageRecord = {
      source: 'p1.jpg',
      width: 2400,
      height: 950,
      dpi: 300,
      confidence: 88,
      text: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      skewAngle: 0,
      deskewAngle: 0,
      blank: false,
      violations: [],
      warnings: [],
      warningsVi: [],
      lowConfidenceWords: [],
      thumbnail: await pageThumbnail(await headerBand(0)),
      missingText: [region, page, older as MissingText],
    };
    const html = renderReport({
      createdAt: '2025-01-20T08:00:00.000Z',
      dossiers: [
        {
          key: FILE_CODE,
          status: 'done',
          findings: [],
          documents: [
            {
              ordinal: 1,
              pdf: `${FILE_CODE}/${FILE_CODE}.1.pdf`,
              record: {
                fileCode: FILE_CODE,
                ordinal: 1,
                pdf: `${FILE_CODE}.1.pdf`,
                metadata: {},
                filled: [],
                suggested: [],
                disagreements: [],
                pages: [record],
              },
            },
          ],
        },
      ],
    });
    const titles = [...html.matchAll(/<rect class="missing"[^>]*><title>([^<]*)<\/title>/gu)].map(
      (match) => match[1],
    );
    expect(titles).toContain(
      'có thể thiếu chữ ở đây: mực trông như chữ nhưng không đọc được từ nào — text may be missing here: ink like text where no word was read',
    );
    expect(titles).toContain(
      'có thể thiếu chữ trên trang: mực trên trang ứng với khoảng 640 chữ cái, chỉ đọc được 210 — text may be missing on this page: its ink holds about 640 letters, 210 were read',
    );
    expect(titles).toContain('Có thể thiếu chữ — text may be missing here');
    // The page-level figures are printed under the page, in both languages.
    expect(html).toContain('mực trên trang ứng với khoảng 640 chữ cái, chỉ đọc được 210');
    expect(html).toContain(
      '<small lang="en">text may be missing on this page: its ink holds about 640 letters',
    );
  });
});
