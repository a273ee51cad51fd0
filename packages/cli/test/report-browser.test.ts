/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DigitizedDocumentRecord } from '@sohoa/pipeline';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../fixtures/chromium.js';
import { bandDossier, headerBand } from '../../../fixtures/digitize-fixtures.js';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { runCaptured } from './run-captured.js';

const A = '000.00.00.H00.2025.31';
const B = '000.00.00.H00.2025.32';
const INJECTED_SUBJECT = '<img src=x onerror=alert(1)> Về việc "thử" & <b>kiểm tra</b>';
const INJECTED_NOTATION = 'UBND-<i>VP</i>';

/**
 * The signature block of ttr01 (real 300 dpi pixels): its title and the signer's name are typed
 * over the red seal and the signature, and OCR reads neither, so text may be missing there.
 */
function signatureBlock(): Promise<Buffer> {
  return sharp((SAMPLE_PAGES[0] as { image: string }).image)
    .extract({ left: 0, top: 2600, width: 2400, height: 800 })
    .withMetadata({ density: 300 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * A real run: dossier A has the header band of cv299 (handwritten number, misread words), with a
 * notation the catalog gives wrong, and ttr01's signature block, where text may be missing;
 * dossier B has the header bands of ttr01, with a subject full of markup, and qd47, truncated so
 * that it fails. Four documents, three pages read by OCR.
 */
async function digitizeSample(root: string): Promise<{ out: string; exitCode: number }> {
  await bandDossier(join(root, 'a'), A, [1, 2]);
  await bandDossier(join(root, 'b'), B, [0, 2]);
  const a = JSON.parse(await readFile(join(root, 'a', 'dossier.json'), 'utf8'));
  a.documents[0].codeNotation = INJECTED_NOTATION;
  await writeFile(join(root, 'a', 'band-3.jpg'), await signatureBlock());
  // The catalog gives what the block does not show: it ends ttr01, a Tờ trình of 06/01/2025.
  a.documents[1] = {
    numberOfPage: 1,
    subject: 'Về việc miễn nhiệm chức danh Ủy viên Ủy ban nhân dân tỉnh Quảng Ngãi (trang ký)',
    typeName: '15',
    issuedDate: '06/01/2025',
    organName: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
  };
  await writeFile(join(root, 'a', 'dossier.json'), JSON.stringify(a));
  const b = JSON.parse(await readFile(join(root, 'b', 'dossier.json'), 'utf8'));
  b.documents[0].subject = INJECTED_SUBJECT;
  await writeFile(join(root, 'b', 'dossier.json'), JSON.stringify(b));
  // ttr01's header stored at 150 dpi: the same pixels, a scan-profile violation (RESOLUTION_TOO_LOW).
  const lowDpi = join(root, 'b', 'band-1.jpg');
  await writeFile(
    lowDpi,
    await sharp(await readFile(lowDpi))
      .withMetadata({ density: 150 })
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
  const scan = join(root, 'b', 'band-3.jpg');
  await writeFile(scan, (await readFile(scan)).subarray(0, 4000));
  const out = join(root, 'out');
  const run = await runCaptured(
    ['digitize', join(root, 'a'), join(root, 'b'), '--out', out, '--jobs', '2'].concat([
      '--created-at',
      '2026-11-27T03:00:00Z',
    ]),
  );
  return { out, exitCode: run.exitCode };
}

describe('report.html of a digitize run', () => {
  let root: string;
  let out: string;
  let exitCode: number;
  let browser: Browser;
  let page: Page;
  const consoleMessages: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium(); // first: a missing Chromium fails before the digitize run
    root = await mkdtemp(join(tmpdir(), 'sohoa-report-'));
    ({ out, exitCode } = await digitizeSample(root));
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('is written by the run, failure included, and again identically by sohoa report', async () => {
    expect(exitCode).toBe(1);
    const written = await readFile(join(out, 'report.html'));
    await rm(join(out, 'report.html'));
    const again = await runCaptured(['report', out]);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toBe(`report written to ${join(out, 'report.html')}`);
    expect((await readFile(join(out, 'report.html'))).equals(written)).toBe(true);

    const missing = await runCaptured(['report', join(root, 'a')]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('error INPUT_NOT_FOUND');
  });

  it('keeps 300 px thumbnails and the low-confidence words with boxes inside the page in the document JSON', async () => {
    const record: DigitizedDocumentRecord = JSON.parse(await readFile(join(out, A, `${A}.1.json`), 'utf8'));
    const [first] = record.pages;
    if (!first) throw new Error('no page');
    const thumbnail = Buffer.from(first.thumbnail.replace(/^data:image\/webp;base64,/, ''), 'base64');
    const info = await sharp(thumbnail).metadata();
    expect([info.format, info.width, info.height]).toEqual([
      'webp',
      300,
      Math.round((300 * first.height) / first.width),
    ]);
    expect(first.lowConfidenceWords.length).toBeGreaterThan(0);
    for (const word of first.lowConfidenceWords) {
      expect(word.confidence).toBeLessThan(70);
      const [x0, y0, x1, y1] = word.box;
      expect(0 <= x0 && x0 < x1 && x1 <= first.width && 0 <= y0 && y0 < y1 && y1 <= first.height).toBe(true);
    }
  });

  it('renders in Chromium with no console message, no request but its own file and no injected markup', async () => {
    await page.screenshot({ path: join(tmpdir(), 'sohoa-report.png'), fullPage: true });
    expect(consoleMessages).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([
      pathToFileURL(join(out, 'report.html')).href,
    ]);
    await expect(page.title()).resolves.toBe('Báo cáo số hóa — Digitization report');
    // The markup in the catalog's values shows as text, in the table and in the metadata.
    expect(await page.getByText(INJECTED_SUBJECT).count()).toBe(2);
    expect(await page.locator('tr.disagree td', { hasText: INJECTED_NOTATION }).count()).toBe(1);
    expect(await page.locator('b', { hasText: 'kiểm tra' }).count()).toBe(0);
  });

  it('says every violation, warning and failure in Vietnamese, with the English only in small print', async () => {
    const records: DigitizedDocumentRecord[] = await Promise.all([
      ...[1, 2].map(async (ordinal) =>
        JSON.parse(await readFile(join(out, A, `${A}.${ordinal}.json`), 'utf8')),
      ),
      JSON.parse(await readFile(join(out, B, `${B}.1.json`), 'utf8')),
    ]);
    const pages = records.flatMap((record) => record.pages);
    const violations = pages.flatMap((item) => item.violations);
    expect(violations.map((violation) => violation.code)).toEqual(['RESOLUTION_TOO_LOW']);
    const figure = page.locator('#document-2-1 figure.page');
    await figure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmpdir(), 'sohoa-report-violation.png') });
    expect(await figure.locator('ul.violations li').allInnerTexts()).toEqual([
      expect.stringMatching(
        /^RESOLUTION_TOO_LOW Bản quét có 150 dpi, thấp hơn 200 dpi theo quy định\. The scan is 150 dpi, below the 200 dpi required\.\nThông tư 05\/2025\/TT-BNV, Điều 8: tài liệu giấy/u,
      ),
    ]);
    expect(await figure.locator('ul.violations small[lang="en"]').allInnerTexts()).toEqual([
      'The scan is 150 dpi, below the 200 dpi required.',
    ]);
    expect(await page.locator('#document-2-2 .failure').textContent()).toMatch(
      /^IMAGE_CORRUPT: Không giải mã được ảnh ".*band-3\.jpg": .* Cách khắc phục: Tệp bị hỏng .* Cannot decode the image/su,
    );
    expect(await page.locator('#dossier-2 > .failure').textContent()).toMatch(
      /^DOSSIER_INCOMPLETE: 1 trên 2 văn bản bị lỗi; hồ sơ được đóng gói khi các văn bản đó số hóa xong\. 1 of 2/u,
    );
    // Without the English small print, no English sentence of the records or the failures is left.
    const vietnameseOnly = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      for (const english of Array.from(copy.querySelectorAll('[lang="en"]'))) english.remove();
      return copy.textContent ?? '';
    });
    const english = [
      ...violations.flatMap((violation) => [violation.message, violation.rule]),
      ...pages.flatMap((item) => item.warnings),
      'Cannot decode',
      'Fix:',
      'documents failed',
    ];
    for (const sentence of english) expect(vietnameseOnly).not.toContain(sentence);
    // The signature block, 67.7 mm high at 300 dpi, is warned about in Vietnamese.
    const warningsVi = pages.flatMap((item) => item.warningsVi);
    expect(warningsVi).toHaveLength(1);
    for (const warning of warningsVi) expect(vietnameseOnly).toContain(warning);
  });

  it('lists every dossier and document, worst first, and sorts by a column when its heading is clicked', async () => {
    const keys = () => page.locator('#document-table tbody td.key').allInnerTexts();
    expect(await page.locator('#dossiers article.dossier code').allInnerTexts()).toEqual([A, B]);
    const first = await keys();
    expect(first).toHaveLength(4);
    expect(first[0]).toBe(`${B} · 2`);
    expect(await page.locator('#document-table tbody tr').first().textContent()).toContain('IMAGE_CORRUPT');
    expect(await page.locator('#failure-table tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(
        new RegExp(`^${B.replaceAll('.', '\\.')}\\s+2\\s+IMAGE_CORRUPT\\s+Không giải mã được ảnh`),
      ),
    ]);

    const byDocument = page.locator('#document-table th', { hasText: 'Văn bản' }).getByRole('button');
    await byDocument.click();
    expect(await keys()).toEqual([`${A} · 1`, `${A} · 2`, `${B} · 1`, `${B} · 2`]);
    await byDocument.click();
    expect(await keys()).toEqual([`${B} · 2`, `${B} · 1`, `${A} · 2`, `${A} · 1`]);

    const confidence = page.locator('#document-table th', { hasText: 'Tin cậy OCR' });
    await confidence.getByRole('button').click();
    await expect(confidence.getAttribute('aria-sort')).resolves.toBe('ascending');
    const column = await confidence.evaluate((heading: HTMLTableCellElement) => heading.cellIndex);
    const values = await page
      .locator(`#document-table tbody td:nth-child(${column + 1})`)
      .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset.value)));
    expect(values[0]).toBe(-1);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(new Set(values).size).toBe(4);

    // On a 1280 px screen a summary reads as lines of words, not one word per line (it was squeezed
    // to about 60 px by the numeric columns beside it), and the table fits: no column (the
    // problems, last) is scrolled out of sight.
    await page.setViewportSize({ width: 1280, height: 900 });
    const widths = await page
      .locator('#document-table tbody td.subject')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    const overflow = await page
      .locator('#document-table')
      .evaluate((table) => (table.parentElement?.scrollWidth ?? 0) - (table.parentElement?.clientWidth ?? 0));
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(widths).toHaveLength(4);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(170);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it('has working links: anchors to sections that exist, and relative links to output files that exist', async () => {
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const anchors = hrefs.filter((href) => href.startsWith('#'));
    expect(anchors.length).toBeGreaterThan(5);
    for (const anchor of anchors) {
      expect(await page.locator(`[id="${anchor.slice(1)}"]`).count(), anchor).toBe(1);
    }
    const files = hrefs.filter((href) => !href.startsWith('#'));
    expect(files.sort()).toEqual([
      `${A}/${A}.1.pdf`,
      `${A}/${A}.2.pdf`,
      `${A}/${A}.aip.zip`,
      `${B}/${B}.1.pdf`,
    ]);
    for (const href of files) expect(existsSync(fileURLToPath(new URL(href, page.url())))).toBe(true);

    await page.locator('#document-table a', { hasText: `${B} · 2` }).click();
    expect(new URL(page.url()).hash).toBe('#document-2-2');
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe('document-2-2');
    expect(await target.textContent()).toContain('IMAGE_CORRUPT');
    const top = await target.evaluate((element) => element.getBoundingClientRect().top);
    expect(top >= 0 && top < 900).toBe(true);
  });

  it('shows every page thumbnail, with the low-confidence words boxed over it', async () => {
    const images = await page
      .locator('.sheet img')
      .evaluateAll((list) =>
        list.map((image) => [(image as HTMLImageElement).complete, (image as HTMLImageElement).naturalWidth]),
      );
    expect(images).toEqual([
      [true, 300],
      [true, 300],
      [true, 300],
    ]);
    const sheet = page.locator('.sheet').first();
    const image = await sheet.locator('img').boundingBox();
    const boxes = sheet.locator('rect');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) {
      const rectangle = await box.boundingBox();
      if (!image || !rectangle) throw new Error('not rendered');
      expect(rectangle.width).toBeGreaterThan(0);
      expect(rectangle.x >= image.x - 1 && rectangle.x + rectangle.width <= image.x + image.width + 1).toBe(
        true,
      );
      expect(rectangle.y >= image.y - 1 && rectangle.y + rectangle.height <= image.y + image.height + 1).toBe(
        true,
      );
    }
  });

  it('shows times in Vietnam time (+07:00) and the name of every code beside it', async () => {
    const header = await page.locator('header').textContent();
    // --created-at 2026-11-27T03:00:00Z is 10:00 in Vietnam.
    expect(header).toContain('27/11/2026 10:00:00 (UTC+07:00)');
    expect(await page.locator('body').textContent()).not.toMatch(
      /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/u,
    );
    const types = await page
      .locator('table.metadata tr', { has: page.locator('th', { hasText: 'Tên loại văn bản' }) })
      .locator('td')
      .first()
      .allInnerTexts();
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(type).toMatch(/^\d{2} — \p{Lu}\p{Ll}+/u);
  });

  it('keeps a 1000 px large view of each page with low-confidence words or text that may be missing in the document JSON', async () => {
    const records: DigitizedDocumentRecord[] = await Promise.all(
      [1, 2].map(async (ordinal) => JSON.parse(await readFile(join(out, A, `${A}.${ordinal}.json`), 'utf8'))),
    );
    for (const page of records.flatMap((record) => record.pages)) {
      expect(page.preview !== undefined).toBe(
        page.lowConfidenceWords.length > 0 || page.missingText !== undefined,
      );
      if (!page.preview) continue;
      const preview = Buffer.from(page.preview.replace(/^data:image\/webp;base64,/, ''), 'base64');
      const info = await sharp(preview).metadata();
      expect([info.format, info.width]).toEqual(['webp', Math.min(1000, page.width)]);
    }
  });

  it('opens a thumbnail large, with every low-confidence word boxed and labelled legibly', async () => {
    const sheet = page.locator('a.sheet').first();
    const view = (await sheet.getAttribute('href')) ?? '';
    await sheet.click();
    expect(new URL(page.url()).hash).toBe(view);
    const viewer = page.locator(`[id="${view.slice(1)}"]`);
    await expect(viewer.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'sohoa-report-large-view.png') });
    const image = viewer.locator('img');
    expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1000);
    const shown = await image.boundingBox();
    expect(shown?.width).toBeGreaterThanOrEqual(990);
    const boxes = await viewer.locator('rect').all();
    const labels = await viewer.locator('text').allTextContents();
    expect(boxes.length).toBeGreaterThan(0);
    expect(labels).toHaveLength(boxes.length);
    for (const box of boxes) {
      const rectangle = await box.boundingBox();
      // A word box at least 12 CSS px high: the word inside it is readable on screen.
      expect(rectangle?.height).toBeGreaterThanOrEqual(12);
    }
    for (const label of await viewer.locator('text').all()) {
      expect((await label.boundingBox())?.height).toBeGreaterThanOrEqual(12);
    }
    await viewer.locator('a.close').click();
    await expect(viewer.isVisible()).resolves.toBe(false);
  });
  it("keeps in the JSON where text may be missing: the title and name typed over ttr01's seal, which OCR does not read", async () => {
    const record: DigitizedDocumentRecord = JSON.parse(await readFile(join(out, A, `${A}.2.json`), 'utf8'));
    const [signature] = record.pages;
    if (!signature) throw new Error('no page');
    expect(signature.text).not.toMatch(/Tuấn|PHÓ/u);
    expect(signature.missingText?.length).toBeGreaterThan(0);
    for (const { box, message, messages } of signature.missingText ?? []) {
      expect(message).toMatch(/^text may be missing (here|on this page)/u);
      expect(messages.vi).toMatch(/^có thể thiếu chữ/u);
      expect(0 <= box.x0 && box.x0 < box.x1 && box.x1 <= signature.width).toBe(true);
      expect(0 <= box.y0 && box.y0 < box.y1 && box.y1 <= signature.height).toBe(true);
    }
    // The headers' pages have none.
    const header: DigitizedDocumentRecord = JSON.parse(await readFile(join(out, A, `${A}.1.json`), 'utf8'));
    expect(header.pages[0]?.missingText).toBeUndefined();
  });

  it('draws where text may be missing over the thumbnail and the large view, with a legend, in both languages', async () => {
    await page.goto(pathToFileURL(join(out, 'report.html')).href);
    const record: DigitizedDocumentRecord = JSON.parse(await readFile(join(out, A, `${A}.2.json`), 'utf8'));
    const missing = record.pages[0]?.missingText ?? [];
    const figure = page.locator('#document-1-2 figure.page');
    await figure.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmpdir(), 'sohoa-report-missing-text.png') });
    const image = await figure.locator('.sheet img').boundingBox();
    const boxes = figure.locator('.sheet rect.missing');
    expect(await boxes.count()).toBe(missing.length);
    const scale = 300 / (record.pages[0]?.width ?? 1);
    for (const [index, { box }] of missing.entries()) {
      const drawn = await boxes.nth(index).boundingBox();
      if (!image || !drawn) throw new Error('not rendered');
      expect(Math.abs(drawn.x - image.x - box.x0 * scale)).toBeLessThan(2);
      expect(Math.abs(drawn.y - image.y - box.y0 * scale)).toBeLessThan(2);
      expect(Math.abs(drawn.width - (box.x1 - box.x0) * scale)).toBeLessThan(2);
    }
    // Told apart from the low-confidence words' boxes by colour and dashes, as the legend shows.
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const css = getComputedStyle(element);
          return [css.stroke, css.strokeDasharray, css.borderTopStyle, css.borderTopColor].join(' ');
        });
    expect(await style('#document-1-2 .sheet rect.missing')).toMatch(/^rgb\(36, 80, 168\) 6px, 3px/u);
    expect(await style('#document-1-1 .sheet rect')).toMatch(/^rgb\(217, 45, 32\) none/u);
    const legend = figure.locator('figcaption .legend');
    expect(await legend.textContent()).toContain('Có thể thiếu chữ');
    expect(await legend.textContent()).toContain('text may be missing here');
    expect(await style('#document-1-2 .legend i.key.missing')).toMatch(/dashed rgb\(36, 80, 168\)$/u);
    expect(await page.locator('#document-1-1 figcaption .legend').textContent()).not.toContain(
      'Có thể thiếu chữ',
    );
    const note = await figure.locator('.missing-text').textContent();
    expect(note).toMatch(/Có thể thiếu chữ ở \d+ vùng/u);
    expect(note).toMatch(/text may be missing in \d+ region/u);

    // The documents table counts the regions and names the problem.
    const row = page.locator('#document-table tbody tr', { hasText: `${A} · 2` });
    const heading = page.locator('#document-table th', { hasText: 'Có thể thiếu chữ' });
    const column = await heading.evaluate((cell: HTMLTableCellElement) => cell.cellIndex);
    expect(await row.locator(`td:nth-child(${column + 1})`).textContent()).toBe(String(missing.length));
    expect(await row.locator('.problem-missing-text').textContent()).toContain('vùng có thể thiếu chữ');

    // The large view boxes and labels each region legibly.
    await figure.locator('a.sheet').click();
    const viewer = page.locator('[id="document-1-2-page-1"]');
    await expect(viewer.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(tmpdir(), 'sohoa-report-missing-text-large.png') });
    expect(await viewer.locator('rect.missing').count()).toBe(missing.length);
    const labels = viewer.locator('text.missing');
    expect(await labels.allTextContents()).toEqual(
      missing.map(() => 'Có thể thiếu chữ · text may be missing here'),
    );
    for (const label of await labels.all())
      expect((await label.boundingBox())?.height).toBeGreaterThanOrEqual(12);
    expect(await viewer.locator('.viewer-bar').textContent()).toContain('vùng có thể thiếu chữ');
    await viewer.locator('a.close').click();
  });
});

describe('report.html of a catalog run: the derived values and their sources', () => {
  let root: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-report-catalog-'));
    // Split dates, retention in words, number and notation in one cell, no page count, a Windows path.
    await writeFile(
      join(root, 'muc-luc.csv'),
      [
        'Số hồ sơ;Tiêu đề hồ sơ;Ngày bắt đầu;Tháng bắt đầu;Năm bắt đầu;Ngày kết thúc;Tháng kết thúc;Năm kết thúc;Thời hạn bảo quản;Tên loại văn bản;Số và ký hiệu văn bản;Ngày văn bản;Cơ quan ban hành;Trích yếu;Số trang;Đường dẫn file',
        '01;Hồ sơ thử;6;1;2025;6;1;2025;Vĩnh viễn;Tờ trình;01/TTr-UBND;06/01/2025;Ủy ban nhân dân tỉnh Quảng Ngãi;Về việc miễn nhiệm;;D:\\SoHoa\\Hop01\\HoSo01.jpg',
      ].join('\n'),
    );
    await mkdir(join(root, 'scans', 'hop01'), { recursive: true });
    await writeFile(join(root, 'scans', 'hop01', 'hoso01.JPG'), await headerBand(0));
    const run = await runCaptured(
      ['digitize', join(root, 'muc-luc.csv'), '--out', join(root, 'out'), '--creator', 'H49'].concat([
        '--scans',
        join(root, 'scans'),
        '--created-at',
        '2026-11-27T03:00:00Z',
      ]),
    );
    expect(run.stderr).toBe('');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(join(root, 'out', 'report.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("lists every value the import built, how, and the cells it came from, as the document's JSON records them", async () => {
    await page.locator('details.derivations').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmpdir(), 'sohoa-report-derivations.png'), fullPage: true });
    const record: DigitizedDocumentRecord = JSON.parse(
      await readFile(join(root, 'out', 'H49.2025.01', 'H49.2025.01.1.json'), 'utf8'),
    );
    const rows = page.locator('table.derivations tbody tr');
    expect(await rows.count()).toBe(record.derivations?.length);
    expect(record.derivations).toContainEqual(
      expect.objectContaining({ record: 'document', field: 'numberOfPage', value: 1, how: 'scan-pages' }),
    );
    const pages = page.locator('tr[data-field="numberOfPage"][data-how="scan-pages"]');
    expect(await pages.textContent()).toMatch(
      /Đếm từ bản quét.*\n?.*muc-luc\.csv!P2 “Đường dẫn file” = D:\/SoHoa\/Hop01\/HoSo01\.jpg/s,
    );
    const code = page.locator('tr[data-field="fileCode"][data-how="parts"]');
    expect(await code.textContent()).toContain('H49.2025.01');
    expect(await code.locator('li').allInnerTexts()).toEqual([
      '(options) “creator” = H49',
      'muc-luc.csv!C2 “Ngày bắt đầu” = 6',
      'muc-luc.csv!D2 “Tháng bắt đầu” = 1',
      'muc-luc.csv!E2 “Năm bắt đầu” = 2025',
      'muc-luc.csv!A2 “Số hồ sơ” = 01',
    ]);
    const retention = page.locator('tr[data-field="maintenance"][data-how="free-text-code"]');
    expect(await retention.textContent()).toContain('Vĩnh viễn');
    expect(await page.locator('tr[data-field="startDate"][data-how="date-parts"]').textContent()).toContain(
      '06/01/2025',
    );
  });
});
