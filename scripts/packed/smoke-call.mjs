// One call of one packed @sohoa package, run in a folder where only that package and its @sohoa
// dependencies were installed from their tarballs (see ../check-packed-packages.ts). It imports
// the package by name, as a consumer does, and fails (exit 1) unless the call gives the expected
// result. Usage: node smoke-call.mjs <package name> <a scanned page (JPEG)>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const [name, scan] = process.argv.slice(2);
const lines = [];
const output = { info: (line) => lines.push(line), error: (line) => lines.push(line) };

/** The width and height a JPEG's start-of-frame segment gives. */
function jpegSize(bytes) {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    const marker = bytes[offset + 1];
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    offset += 2 + length;
  }
  throw new Error('no JPEG start-of-frame segment');
}

const calls = {
  '@sohoa/base': async () => {
    const { SohoaError, toVietnamTime } = await import('@sohoa/base');
    const error = new SohoaError({ code: 'X', message: { vi: 'Hỏng.', en: 'Broken.' } });
    const time = toVietnamTime(new Date('2025-07-01T01:30:00Z'));
    expect(
      SohoaError.isInstance(error) &&
        error.describe('vi') === 'Hỏng.' &&
        time === '2025-07-01T08:30:00+07:00',
      `a Vietnamese message and a +07:00 time, got ${error.describe('vi')} and ${time}`,
    );
    return `SohoaError.describe('vi'): ${error.describe('vi')}; toVietnamTime: ${time}`;
  },
  '@sohoa/core': async () => {
    const { loadPageImage, makeOcrCopy } = await import('@sohoa/core');
    const page = await loadPageImage(scan);
    const gray = await makeOcrCopy(page);
    expect(page.dpi === 300 && gray.width > 0, `a 300 dpi page and its OCR copy, got ${page.dpi} dpi`);
    return `loadPageImage: ${page.width}×${page.height} at ${page.dpi} dpi; OCR copy ${gray.width}×${gray.height}`;
  },
  '@sohoa/metadata': async () => {
    const { importCatalog, parseVnDate } = await import('@sohoa/metadata');
    const { writeCatalogTemplate } = await import('@sohoa/metadata/node');
    const date = parseVnDate('17/01/2025');
    expect(date?.toISOString() === '2025-01-17T00:00:00.000Z', `17/01/2025, got ${date?.toISOString()}`);
    // A path given to the main entry loads the Node reader of './node' (resolved by package name).
    const template = join(mkdtempSync(join(tmpdir(), 'sohoa-template-')), 'muc-luc-mau.xlsx');
    await writeCatalogTemplate(template);
    const catalog = await importCatalog(template);
    expect(catalog.dossiers.length === 1, `the template's example dossier, got ${catalog.dossiers.length}`);
    return `parseVnDate('17/01/2025'): ${date.toISOString()}; importCatalog(template): ${catalog.dossiers.length} dossier`;
  },
  '@sohoa/ocr': async () => {
    const { loadPageImage, makeOcrCopy } = await import('@sohoa/core');
    const { createOcrEngine } = await import('@sohoa/ocr');
    const engine = await createOcrEngine();
    const text = await engine
      .recognize(await makeOcrCopy(await loadPageImage(scan)))
      .finally(() => engine.terminate());
    expect(text.text.includes('QUẢNG NGÃI'), `the page's heading, got ${text.text.slice(0, 80)}`);
    return `recognize: ${text.text.split('\n')[0]} … (confidence ${Math.round(text.confidence)})`;
  },
  '@sohoa/pdfa': async () => {
    // @sohoa/pdfa does not depend on @sohoa/core: the scan's JPEG goes in as it is.
    const { checkPdfA, writePdfA } = await import('@sohoa/pdfa');
    const bytes = readFileSync(scan);
    const pdf = await writePdfA([{ image: { bytes, format: 'jpeg', ...jpegSize(bytes), dpi: 300 } }], {
      title: 'Quyết định',
    });
    const report = await checkPdfA(pdf);
    expect(report.passed, `a PDF/A-2b that passes the checker, got ${JSON.stringify(report.failures)}`);
    return `writePdfA + checkPdfA: ${pdf.length} bytes, ${report.rulesChecked.length} rules passed`;
  },
  '@sohoa/ip': async () => {
    const { validatePackage } = await import('@sohoa/ip');
    const report = await validatePackage(mkdtempSync(join(tmpdir(), 'sohoa-not-a-package-')));
    expect(!report.valid && report.findings.length > 0, 'an empty folder reported invalid');
    return `validatePackage(empty folder): invalid, ${report.findings.length} findings`;
  },
  '@sohoa/pipeline': async () => {
    const { planFolder } = await import('@sohoa/pipeline');
    const planned = await planFolder(dirname(scan));
    const pages = planned.documents.map((document) => document.pages.length);
    expect(pages.join() === '1,1,1', `the sample dossier's 3 one-page documents, got ${pages}`);
    return `planFolder(sample dossier): ${planned.documents.length} documents of ${pages.join(', ')} page(s)`;
  },
  '@sohoa/cli': async () => {
    const { runCli } = await import('@sohoa/cli');
    const code = await runCli(['--version'], output);
    const bin = execFileSync(join('node_modules', '.bin', 'sohoa'), ['--version'], {
      encoding: 'utf8',
    }).trim();
    expect(
      code === 0 && lines[0] === bin && /^\d+\.\d+\.\d+/.test(bin),
      `a version, got ${lines} and ${bin}`,
    );
    // The help the build recorded (dist/helps/en/help.json) is what commander prints: for a pipe,
    // 80 columns.
    const help = execFileSync(join('node_modules', '.bin', 'sohoa'), ['--help', '--messages', 'en'], {
      encoding: 'utf8',
    });
    lines.length = 0;
    await runCli(['--help', '--messages', 'en'], { ...output, helpWidth: 80 });
    expect(
      existsSync(join('node_modules', '@sohoa', 'cli', 'dist', 'helps', 'en', 'help.json')) &&
        help === `${lines.join('\n')}\n`,
      `the recorded help, as runCli prints it, got ${help.slice(0, 200)}`,
    );
    return `runCli(['--version']) and node_modules/.bin/sohoa --version: ${bin}; sohoa --help as recorded`;
  },
  '@sohoa/queue': async () => {
    const { FileSystemStorage, jobId } = await import('@sohoa/queue');
    const storage = new FileSystemStorage(mkdtempSync(join(tmpdir(), 'sohoa-storage-')));
    const key = `${jobId('batch-01', 'H49.64.33.2001.160', 1)}/notes.txt`;
    await storage.write(key, new TextEncoder().encode('xin chào'));
    const text = new TextDecoder().decode(await storage.read(key));
    expect(text === 'xin chào' && key.startsWith('doc-'), `the object written, got ${key}: ${text}`);
    return `FileSystemStorage write/read of ${key}`;
  },
};

function expect(condition, what) {
  if (!condition) throw new Error(`${name}: expected ${what}`);
}

const call = calls[name];
if (!call) throw new Error(`no smoke call for ${name}`);
console.log(`${name}: ${await call()}`);
