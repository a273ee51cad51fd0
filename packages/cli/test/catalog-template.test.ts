import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './run-captured.js';

describe('sohoa catalog template', () => {
  it('writes a template that sohoa catalog import reads without errors, and keeps an existing file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-catalog-template-'));
    const out = join(folder, 'muc-luc-mau.xlsx');
    const written = await runCaptured(['catalog', 'template', out]);
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toContain('catalog template written');
    // The example row's scan, with the 3 pages the row gives, where its path points.
    const scan = await PDFDocument.create();
    for (let page = 0; page < 3; page++) scan.addPage();
    await mkdir(join(folder, 'H49.64.33.2001.160'));
    await writeFile(join(folder, 'H49.64.33.2001.160', '001.pdf'), await scan.save());
    const imported = await runCaptured(['catalog', 'import', out, '--json']);
    expect(imported.exitCode).toBe(0);
    const catalog = JSON.parse(imported.stdout);
    expect(catalog.issues).toEqual([]);
    expect(catalog.dossiers[0].record.fileCode).toBe('H49.64.33.2001.160');
    expect(catalog.dossiers[0].documents[0].record.docCode).toBe('H49.64.33.2001.160.0000001');
    const again = await runCaptured(['catalog', 'template', out]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('OUTPUT_WRITE_FAILED');
    expect((await runCaptured(['catalog', 'template', out, '--force'])).exitCode).toBe(0);
  });
});
