/// <reference lib="dom" />
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importCatalog, parseEadXml, toEadXml, validateRecords } from '@sohoa/metadata';
import { writeCatalogTemplate } from '@sohoa/metadata/node';
import { extractHeader, searchKey } from '@sohoa/ocr/text';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../fixtures/chromium.js';
import { type Bundle, bundleForBrowser, PAGE_ENTRY } from '../src/bundle.js';
import { SAMPLE_DOSSIER } from '../src/sample-dossier.js';

const CSV = new URL('../muc-luc-mau.csv', import.meta.url);

describe('the browser page of @sohoa/metadata (esbuild, platform browser, headless Chromium)', () => {
  let folder: string;
  let bundle: Bundle;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    bundle = await bundleForBrowser(PAGE_ENTRY);
    folder = await mkdtemp(join(tmpdir(), 'sohoa-browser-metadata-'));
    await writeFile(join(folder, 'page.js'), bundle.code);
    await writeFile(join(folder, 'index.html'), await readFile(new URL('../index.html', import.meta.url)));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('bundles with no Node built-in, no native module and no shim', () => {
    expect(
      bundle.inputs.filter((input) =>
        /^node:|sharp|yauzl|node_modules\/(fs|path|stream|crypto)\//.test(input),
      ),
    ).toEqual([]);
    expect(bundle.byPackage.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['packages/metadata', 'packages/base', 'zod', 'papaparse', 'fflate']),
    );
    expect(bundle.byPackage.map((entry) => entry.name)).not.toContain('packages/core');
  });

  it('shows a valid dossier as valid, then every problem of an edited one, in Vietnamese and English', async () => {
    await page.click('#check-dossier');
    await expect.poll(() => page.textContent('#dossier-status')).toBe('Hồ sơ hợp lệ.');
    expect(await page.locator('#dossier-issues li').count()).toBe(0);

    // A title with the U+000B Word's Shift+Enter pastes, an unknown retention code, a date that does not exist.
    const edited = {
      ...SAMPLE_DOSSIER,
      title: 'Hồ sơ về việc\u000Bthành lập trường',
      maintenance: '9',
      endDate: '31/02/2001',
    };
    await page.fill('#dossier', JSON.stringify(edited));
    for (const locale of ['vi', 'en'] as const) {
      await page.selectOption('#locale', locale);
      await page.click('#check-dossier');
      const expected = validateRecords('dossier', [edited], { locale }).issues.map((issue) => issue.message);
      expect(expected).toHaveLength(3);
      await expect.poll(() => page.locator('#dossier-issues li').allTextContents()).toEqual(expected);
      expect(await page.getAttribute('#dossier-status', 'data-valid')).toBe('false');
    }
    const english = await page.locator('#dossier-issues li').allTextContents();
    expect(english[0]).toContain(
      'Tiêu đề hồ sơ (title, dossier title) = "Hồ sơ về việc\\u000bthành lập trường": holds the character U+000B',
    );
  });

  it('reads a CSV catalog given as a file and lists its dossiers and problems by cell', async () => {
    await page.selectOption('#locale', 'vi');
    const bytes = await readFile(CSV);
    await page.setInputFiles('#catalog', { name: 'muc-luc-mau.csv', mimeType: 'text/csv', buffer: bytes });
    await expect.poll(() => page.getAttribute('#catalog-status', 'data-dossiers')).toBe('3');
    const catalog = await importCatalog({ bytes: new Uint8Array(bytes), fileName: 'muc-luc-mau.csv' });
    expect(await page.getAttribute('#catalog-status', 'data-valid')).toBe('1');
    expect(await page.locator('#catalog-issues li').allTextContents()).toEqual(
      catalog.issues.map((issue) => `${issue.sheet}!${issue.column ?? ''}${issue.row}: ${issue.messageVi}`),
    );
    expect(await page.locator('#catalog-issues li').allTextContents()).toEqual([
      expect.stringMatching(/^muc-luc-mau\.csv!B3: Tiêu đề hồ sơ \(title\) = \(trống\): trường bắt buộc/),
      expect.stringMatching(
        /^muc-luc-mau\.csv!F4: Thời gian bắt đầu \(startDate\) = "31\/02\/2019": không phải ngày hợp lệ/,
      ),
    ]);
    expect(await page.textContent('#catalog-status')).toBe('3 hồ sơ, 1 hợp lệ; 2 lỗi, 0 cảnh báo.');
  });

  it('reads an .xlsx catalog (fflate in the page): the catalog template with its example dossier', async () => {
    const path = join(folder, 'muc-luc-mau.xlsx');
    await writeCatalogTemplate(path, { rows: 50 });
    const bytes = await readFile(path);
    await page.setInputFiles('#catalog', {
      name: 'muc-luc-mau.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await expect
      .poll(() => page.textContent('#catalog-status'))
      .toBe('1 hồ sơ, 1 hợp lệ; 0 lỗi, 0 cảnh báo.');
    const catalog = await importCatalog(path);
    expect(catalog.dossiers.filter((dossier) => dossier.record)).toHaveLength(1);
    expect(await page.locator('#catalog-issues li').count()).toBe(catalog.issues.length);
  });

  it('reports a file that is no catalog with its coded error, in the language chosen', async () => {
    const expected = {
      vi: /^INPUT_UNREADABLE: "scan\.pdf" là tài liệu PDF, không phải bảng tính.*Cung cấp mục lục dưới dạng \.xlsx, \.xls hoặc \.csv\.$/u,
      en: /^INPUT_UNREADABLE: "scan\.pdf" is a PDF document, not a spreadsheet.*Give the catalog as \.xlsx, \.xls or \.csv\.$/u,
    };
    for (const locale of ['vi', 'en'] as const) {
      await page.selectOption('#locale', locale);
      await page.setInputFiles('#catalog', {
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.7\n% ${locale}\n`),
      });
      await expect.poll(() => page.textContent('#catalog-status')).toMatch(expected[locale]);
    }
  });

  it('writes and reads EAD XML in the page as in Node', async () => {
    const ead = await bundleForBrowser({
      contents: `import { parseEadXml, toEadXml } from '@sohoa/metadata';
        window.ead = (record) => { const xml = toEadXml('dossier', record); return { xml, back: parseEadXml('dossier', xml) }; };`,
    });
    await page.addScriptTag({ content: ead.code });
    const record = { ...SAMPLE_DOSSIER, title: 'Hồ sơ <Bãi Cháy> & "Hòn Gai"' };
    const inPage = await page.evaluate(
      (given) =>
        (window as unknown as { ead: (record: unknown) => { xml: string; back: unknown } }).ead(given),
      record,
    );
    expect(inPage.xml).toBe(toEadXml('dossier', record));
    expect(inPage.xml).toContain('<title>Hồ sơ &lt;Bãi Cháy&gt; &amp; &quot;Hòn Gai&quot;</title>');
    expect(inPage.back).toEqual(parseEadXml('dossier', toEadXml('dossier', record)));
  });

  it('runs @sohoa/ocr/text (header extraction, search keys) in the page as in Node', async () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 47/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng';
    const ocrText = await bundleForBrowser({
      contents: `import { extractHeader, searchKey } from '@sohoa/ocr/text';
        window.ocrText = (text) => ({ header: extractHeader(text), key: searchKey('CỘNG HOÀ  XÃ HỘI') });`,
    });
    expect(ocrText.inputs.filter((input) => /^node:|tesseract|sharp|packages\/core\//.test(input))).toEqual(
      [],
    );
    await page.addScriptTag({ content: ocrText.code });
    const inPage = await page.evaluate(
      (given) => (window as unknown as { ocrText: (text: string) => unknown }).ocrText(given),
      text,
    );
    expect(inPage).toEqual(
      JSON.parse(JSON.stringify({ header: extractHeader(text), key: searchKey('CỘNG HOÀ  XÃ HỘI') })),
    );
    expect(inPage).toMatchObject({ key: 'cộng hòa xã hội', header: { codeNumber: { value: '47' } } });
  });

  it('ran without a console error and without any request but its own files', () => {
    expect(problems).toEqual([]);
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
  });
});
