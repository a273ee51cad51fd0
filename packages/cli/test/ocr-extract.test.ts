import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerBand } from '../../../fixtures/digitize-fixtures.js';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { runCaptured as run } from './run-captured.js';

/**
 * The header band of the sample quyết định (real 300 dpi pixels, about a quarter of the page): its
 * agency, number, date and type line: all that the commands below are checked to read.
 */
let qd47: string;

beforeAll(async () => {
  qd47 = join(await mkdtemp(join(tmpdir(), 'sohoa-ocr-band-')), 'qd47.jpg');
  await writeFile(qd47, await headerBand(SAMPLE_PAGES.findIndex((page) => page.name === 'qd47')));
});

describe('sohoa ocr', () => {
  it('writes ALTO v4 in Vietnamese with the words of a real scan', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'sohoa-ocr-')), 'p.alto.xml');
    const result = await run(['ocr', qd47, '--format', 'alto', '--out', out, '--jobs', '1']);
    expect(result.exitCode).toBe(0);
    const alto = await readFile(out, 'utf8');
    expect(alto).toContain('xmlns="http://www.loc.gov/standards/alto/ns-v4#"');
    expect(alto).toMatch(/LANG="vi"/);
    expect(alto).toContain('CONTENT="QUYẾT"');
    expect(alto).toBe(alto.normalize('NFC'));
  });
});

describe('sohoa extract', () => {
  it('reads the header fields from a text, with the type code of Thông tư 05/2025', async () => {
    const text = join(SAMPLE_DOSSIER, 'ground-truth', 'qn_qd47_QD-UBND_20250117_p1.gt.txt');
    const result = await run(['extract', text, '--json']);
    expect(result.exitCode).toBe(0);
    const { header } = JSON.parse(result.stdout);
    expect(header.codeNotation.value).toBe('QĐ-UBND');
    expect(header.codeNumber.value).toBe('47');
    expect(header.typeName.code).toBe('02');
    expect(header.issuedDate.value).toBe('17/01/2025');
  });

  it('reads the printed fields of a scanned first page', async () => {
    const result = await run(['extract', qd47]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/codeNotation\s+QĐ-UBND/);
    expect(result.stdout).toMatch(/typeName\s+Quyết định|typeName\s+QUYẾT ĐỊNH/i);
  });
});
