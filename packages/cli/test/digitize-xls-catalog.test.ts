import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScannedPdf } from '../../../fixtures/digitize-fixtures.js';
import { runCaptured } from './run-captured.js';

/** The Thông tư 05 template saved by LibreOffice as Excel 97–2003 (see the fixture's README). */
const XLS = new URL('../../metadata/src/catalog/__fixtures__/xls/muc-luc-tt05.xls', import.meta.url).pathname;

describe('an Excel 97–2003 (.xls) catalog through the commands', () => {
  let root: string;
  let catalog: string;
  let scans: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sohoa-xls-'));
    catalog = join(root, 'muc-luc-tt05.xls');
    await copyFile(XLS, catalog);
    // The catalog gives 2, 3 and 4 pages; the second dossier's scan has 3, so it alone fails.
    scans = join(root, 'scans');
    for (const dossier of ['H49.64.33.2025.01', 'H49.64.33.2025.02'])
      await mkdir(join(scans, dossier), { recursive: true });
    await writeScannedPdf(join(scans, 'H49.64.33.2025.01', 'H49.64.33.2025.01.0000001.pdf'), [0, 1]);
    await writeScannedPdf(join(scans, 'H49.64.33.2025.01', 'H49.64.33.2025.01.0000002.pdf'), [1, 2, 2]);
    await writeScannedPdf(join(scans, 'H49.64.33.2025.02', 'H49.64.33.2025.02.0000001.pdf'), [2, 0, 1]);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('imports it with its scans elsewhere, and locates the page count the scan contradicts', async () => {
    const result = await runCaptured(['catalog', 'import', catalog, '--scans', scans, '--messages', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.lines[0]).toBe(
      `${catalog}: 1 of 2 dossier(s) ready, 1 need fixes; 2 of 3 document(s) ready, 1 need fixes; 1 error(s), 0 warning(s)`,
    );
    expect(result.stdout).toContain('Hồ sơ!V5');
  });

  it('digitizes the ready dossier in a dry run and fails the other alone, in English only', async () => {
    const args = ['digitize', catalog, '--scans', scans, '--dry-run', '--out', join(root, 'out')];
    const result = await runCaptured([...args, '--messages', 'en']);
    expect(result.stdout).toContain('dossier H49.64.33.2025.01 done');
    const failure = result.stderr.split('\n').find((line) => line.includes('METADATA_INVALID'));
    expect(failure).toContain('row 5');
    expect(failure).toContain(
      'V5: Số lượng trang (numberOfPage, number of pages) = 4: differs from the pages counted',
    );
    // The sheet's own name and the field's Vietnamese name aside, no Vietnamese sentence inside the English message.
    expect(failure?.replace('Hồ sơ', '').replace('Số lượng trang', '')).not.toMatch(
      /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
    );
  });
});
