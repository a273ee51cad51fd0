import { characterErrorRate } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import {
  correctPage,
  orderColumns,
  placeToneMarks,
  searchKey,
  toAlto,
  toHocr,
  toJson,
  toPdfPoints,
  toPlainText,
  unaccentedKey,
} from '../src/index.js';
import { recordedPage } from './fixtures/index.js';

const scans = SAMPLE_PAGES.map((sample) => ({
  truth: sample.groundTruth,
  page: recordedPage(sample.image.split('/').at(-1)?.replace('.jpg', '') ?? ''),
}));

describe('reading order and post-correction on real OCR output', () => {
  it('reads two-column headers left column first: CER on the three scans falls by more than half', () => {
    const before = scans.reduce((sum, { truth, page }) => sum + characterErrorRate(truth, page.text), 0);
    const after = scans.reduce(
      (sum, { truth, page }) => sum + characterErrorRate(truth, orderColumns(page).text),
      0,
    );
    // Measured: 0.262 → 0.107 (sum over qd47, cv299, ttr01).
    expect(after).toBeLessThan(before / 2);
  });

  it('lowers CER on every scan it changes, reports each change, and changes no real word', () => {
    let changed = 0;
    for (const { truth, page } of scans) {
      const ordered = orderColumns(page);
      const { page: corrected, corrections } = correctPage(ordered);
      if (corrections.length > 0) {
        expect(characterErrorRate(truth, corrected.text)).toBeLessThan(
          characterErrorRate(truth, ordered.text),
        );
      }
      for (const change of corrections) {
        expect(change.original).not.toBe(change.corrected);
        expect(unaccentedKey(change.original)).toBe(unaccentedKey(change.corrected));
        expect(change.reason).toContain('not a Vietnamese word');
        expect(corrected.text).toContain(change.corrected);
      }
      changed += corrections.length;
    }
    // kiền → kiến (twice, qd47), triên → triển (cv299).
    expect(changed).toBe(3);
  });
});

describe('old orthography', () => {
  it('post-correction changes no word of a correct 1965 text (hyphenated compounds, quí, Ty, hoà, mương, úng, dốt)', () => {
    const printed = [
      'VIỆT-NAM DÂN-CHỦ CỘNG-HÒA',
      'Các Ty Nông-nghiệp, Ty Thủy-lợi kiểm-tra hệ-thống mương máng, tu-sửa đập',
      'Các hợp-tác-xã cần quí trọng từng hạt giống; K.T. CHỦ-TỊCH, T.M. ỦY-BAN',
      'mưa to kéo dài làm ngập úng; diệt giặc dốt; Nông Văn Hoà; Lê Văn Thuỷ',
    ];
    const box = { x0: 0, y0: 0, x1: 100, y1: 40 };
    const lines = printed.map((text) => ({
      text,
      box,
      baseline: box,
      rowHeight: 40,
      confidence: 90,
      words: text.split(' ').map((word) => ({ text: word, box, confidence: 90 })),
    }));
    const page = { width: 100, height: 40, dpi: 300, text: printed.join('\n'), confidence: 90 };
    const { page: corrected, corrections } = correctPage({
      ...page,
      blocks: [{ box, paragraphs: [{ box, lines }] }],
    });
    expect(corrections).toEqual([]);
    expect(corrected.text).toBe(printed.join('\n'));
  });
});

describe('Vietnamese keys', () => {
  it('keeps printed tone placement but gives one search key and a không dấu key', () => {
    expect(placeToneMarks('CỘNG HOÀ, thuỷ lợi, khoẻ, quý, hoàn', 'first-vowel')).toBe(
      'CỘNG HÒA, thủy lợi, khỏe, quý, hoàn',
    );
    expect(placeToneMarks('hòa thủy', 'main-vowel')).toBe('hoà thuỷ');
    expect(searchKey('CỘNG HOÀ  XÃ')).toBe(searchKey('Cộng hòa xã'));
    expect(unaccentedKey('Ủy ban nhân dân tỉnh Quảng Ngãi, Đà Nẵng')).toBe(
      'uy ban nhan dan tinh quang ngai, da nang',
    );
  });

  it("finds old orthography under today's spelling: hyphenated compounds, hoà/hòa", () => {
    const printed =
      'VIỆT-NAM DÂN-CHỦ CỘNG-HÒA\nĐộc-lập - Tự-do - Hạnh-phúc\nỦy-ban hành-chính tỉnh Cao-bằng, hoà bình';
    const key = searchKey(printed);
    for (const query of ['Việt Nam', 'Việt Nam Dân chủ Cộng hòa', 'Độc lập', 'tỉnh Cao Bằng', 'hòa bình']) {
      expect(key).toContain(searchKey(query));
    }
    expect(unaccentedKey(printed)).toContain(unaccentedKey('Viet Nam Dan chu Cong hoa'));
    expect(searchKey('Việt-nam')).toBe(searchKey('Việt Nam'));
    expect(searchKey('hoà')).toBe(searchKey('hòa'));
    // A dash between words, numbers and symbols stay as printed.
    expect(searchKey('Độc-lập - Tự-do')).toBe('độc lập - tự do');
    expect(searchKey('Số: 215-UB/VP')).toBe('số: 215-ub/vp');
  });
});

describe('exports', () => {
  const page = correctPage(orderColumns(scans[0]?.page ?? recordedPage(''))).page;
  const words = page.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words)));

  it('writes ALTO v4 with lang vi, one String per word and the word text escaped', () => {
    const alto = toAlto(page, { images: ['p1.jpg'] });
    expect(alto).toContain('xmlns="http://www.loc.gov/standards/alto/ns-v4#"');
    expect(alto.match(/<String /g)?.length).toBe(words.length);
    expect(alto).toContain('LANG="vi"');
    expect(alto).toContain('CONTENT="TỜ"');
    expect(alto).not.toMatch(/CONTENT="[^"]*[<&][^"]*"/);
  });

  it('writes hOCR with lines, baselines and word confidences', () => {
    const hocr = toHocr(page, { images: ['p1.jpg'] });
    expect(hocr.match(/class="ocrx_word"/g)?.length).toBe(words.length);
    expect(hocr).toMatch(
      /class="ocr_line" id="line_1_1" title="bbox \d+ \d+ \d+ \d+; baseline -?[\d.]+ -?\d+; x_size \d+"/,
    );
    // The title is an XML attribute in double quotes: the quotes around the image name are escaped.
    expect(hocr).toContain(
      `title="image &quot;p1.jpg&quot;; bbox 0 0 ${page.width} ${page.height}; ppageno 0; scan_res 300 300"`,
    );
  });

  it('writes JSON with PDF-point boxes and text with form feeds between pages', () => {
    const json = JSON.parse(toJson([page, page])) as { pages: { blocks: { boxPt: { y1: number } }[] }[] };
    expect(json.pages).toHaveLength(2);
    expect(json.pages[0]?.blocks[0]?.boxPt.y1).toBeLessThanOrEqual(841.92);
    expect(toPdfPoints({ x0: 300, y0: 0, x1: 600, y1: 300 }, { height: 3508, dpi: 300 })).toEqual({
      x0: 72,
      y0: 769.92,
      x1: 144,
      y1: 841.92,
    });
    expect(toPlainText([page, page])).toBe(`${page.text}\n\f${page.text}\n`);
  });
});
