import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePdfA } from '@sohoa/pdfa';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured.js';

const run = runCaptured;

describe('sohoa pdfa check', () => {
  let folder: string;
  let conforming: string;
  let plain: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-pdfa-check-'));
    const jpeg = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#f4eedc' } })
      .jpeg()
      .toBuffer();
    conforming = join(folder, 'conforming.pdf');
    await writeFile(
      conforming,
      await writePdfA([{ image: { bytes: jpeg, format: 'jpeg', width: 300, height: 400, dpi: 100 } }], {
        title: 'Thử',
      }),
    );
    const document = await PDFDocument.create();
    document.addPage([200, 200]).drawText('not PDF/A');
    plain = join(folder, 'plain.pdf');
    await writeFile(plain, await document.save());
  });

  it('exits 0 for a file sohoa wrote', async () => {
    const result = await run(['pdfa', 'check', conforming]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/claims PDF\/A-2B; \d+ PDF\/A-2B rules checked: passed/);
  });

  it('exits 1 and names the broken rules for a plain PDF', async () => {
    const result = await run(['pdfa', 'check', plain]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('claims no PDF/A conformance');
    expect(result.stdout).toContain('6.1.3-1'); // no trailer ID
    expect(result.stdout).toContain('6.6.2.1-1'); // no XMP metadata
  });

  it("words the failures and advisories in the user's language alone", async () => {
    const vi = await run(['pdfa', 'check', plain], {});
    // pdf-lib writes Info /Producer without any XMP: an advisory, as well as failures.
    expect(vi.stdout).toMatch(
      /lưu ý info-xmp-sync \(ISO 19005-1 6\.7\.3 \(PDF\/A-1\); .*Không phải quy tắc PDF\/A-2B\) Info dictionary: Info \/Producer .* không có giá trị XMP bằng nó \(null\)\./u,
    );
    expect(vi.stdout).not.toMatch(/has no equal XMP value|Not a PDF\/A-2B rule|advisory/u);
    const en = await run(['pdfa', 'check', plain]);
    expect(en.stdout).toMatch(
      /advisory info-xmp-sync \(.*Not a PDF\/A-2B rule\) Info dictionary: Info \/Producer .* has no equal XMP value \(null\)\./u,
    );
    expect(en.stdout).not.toMatch(/lưu ý|không có giá trị XMP/u);
  });

  it('prints the report as JSON with --json', async () => {
    const result = await run(['pdfa', 'check', plain, '--json']);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.passed).toBe(false);
    expect(report.failures.map((failure: { rule: string }) => failure.rule)).toContain('6.1.3-1');
  });

  it('exits 2 when the file cannot be read as a PDF', async () => {
    const notPdf = join(folder, 'note.txt');
    await writeFile(notPdf, 'hello');
    const result = await run(['pdfa', 'check', notPdf]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('error INPUT_UNREADABLE');
    expect((await run(['pdfa', 'check', join(folder, 'missing.pdf')])).exitCode).toBe(2);
  });

  it('checks several files, prints each, and exits with the worst verdict', async () => {
    const both = await run(['pdfa', 'check', conforming, plain]);
    expect(both.exitCode).toBe(1);
    expect(both.stdout).toContain(`${conforming}: claims PDF/A-2B`);
    expect(both.stdout).toContain(`${plain}: claims no PDF/A conformance`);
    const json = await run(['pdfa', 'check', conforming, plain, '--json']);
    const reports = JSON.parse(json.stdout) as { file: string; passed: boolean }[];
    expect(reports.map((report) => [report.file, report.passed])).toEqual([
      [conforming, true],
      [plain, false],
    ]);
    const withMissing = await run(['pdfa', 'check', conforming, join(folder, 'missing.pdf')]);
    expect(withMissing.exitCode).toBe(2);
    expect(withMissing.stdout).toContain(`${conforming}: claims PDF/A-2B`);
  });
});
