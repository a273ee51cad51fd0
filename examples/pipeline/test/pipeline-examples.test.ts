import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validatePackage } from '@sohoa/ip';
import { parseEadXml } from '@sohoa/metadata';
import { checkPdfA } from '@sohoa/pdfa';
import { type DigitizedDocumentRecord, JOURNAL_FILE } from '@sohoa/pipeline';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../fixtures/index.js';

const SAMPLE = join(REPO_ROOT, 'examples/sample-dossier');
const CV299 = 'qn_cv299_UBND-TTHC_20250115_p1.jpg';
const TTR01 = 'qn_ttr01_TTr-UBND_20250106_p1.jpg';
const QD47 = 'qn_qd47_QD-UBND_20250117_p1.jpg';

/** Runs an example script as documented (tsx, sources resolved), from the repository root. */
const run = (script: string, args: string[]) =>
  promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@sohoa/source',
      join(REPO_ROOT, 'examples/pipeline/src', script),
      ...args,
    ],
    { cwd: REPO_ROOT },
  );

/**
 * The header band (top `height` pixels) of a sample scan, still a 300 dpi colour JPEG: OCR reads
 * the issuer, number, date, type and summary at a fraction of a full page's cost.
 */
async function headerBand(scan: string, destination: string, height: number): Promise<void> {
  const { width = 0 } = await sharp(join(SAMPLE, scan)).metadata();
  await sharp(join(SAMPLE, scan))
    .extract({ left: 0, top: 0, width, height })
    .withMetadata({ density: 300 })
    .jpeg({ quality: 92 })
    .toFile(destination);
}

describe('digitize-one-dossier: one dossier through digitize(), then resumed', () => {
  let out: string;
  let first: { stdout: string };
  let record: DigitizedDocumentRecord;

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-pipeline-one-'));
    const dossier = join(folder, 'dossier');
    await mkdir(dossier);
    await headerBand(CV299, join(dossier, CV299), 1300);
    // The catalog gives the công văn's type, symbol and a wrong date (16 for 15/01/2025), and
    // leaves the issuer, the summary and the (handwritten) number to the header.
    await writeFile(
      join(dossier, 'dossier.json'),
      JSON.stringify({
        dossier: {
          fileCode: '000.00.00.H00.2025.03',
          title: 'Hồ sơ thử: Công văn 299/UBND-TTHC',
          maintenance: '01',
          mode: '01',
          language: ['01'],
          startDate: '15/01/2025',
          endDate: '15/01/2025',
          totalDoc: 1,
          numberOfPaper: 1,
          numberOfPage: 1,
          confidenceLevel: '02',
          paperFileCode: '000.00.00.H00.01.03',
        },
        documents: [{ numberOfPage: 1, typeName: '22', codeNotation: 'UBND-TTHC', issuedDate: '16/01/2025' }],
      }),
    );
    out = join(folder, 'out');
    first = await run('digitize-one-dossier.ts', [dossier, out]);
    const base = join(out, '000.00.00.H00.2025.03', '000.00.00.H00.2025.03.1');
    record = JSON.parse(await readFile(`${base}.json`, 'utf8')) as DigitizedDocumentRecord;
  });

  it('reports the page, the document, the validated AIP_hoso and the report from the events', async () => {
    expect(first.stdout).toContain('plan: 1 dossier(s), 1 document(s), 1 page(s)');
    expect(first.stdout).toMatch(
      /page qn_cv299_UBND-TTHC_20250115_p1\.jpg: OCR confidence \d+, 0 scan-profile violation/,
    );
    expect(first.stdout).toContain('document 1: wrote 000.00.00.H00.2025.03.1.pdf');
    expect(first.stdout).toContain(
      'dossier 000.00.00.H00.2025.03: package 000.00.00.H00.2025.03/000.00.00.H00.2025.03.aip.zip',
    );
    expect(first.stdout).toContain('summary: 1 done, 0 skipped, 0 failed');
    const zip = join(out, '000.00.00.H00.2025.03', '000.00.00.H00.2025.03.aip.zip');
    expect((await validatePackage(zip, { profile: 'csip' })).valid).toBe(true);
    expect(await readFile(join(out, 'report.html'), 'utf8')).toContain('000.00.00.H00.2025.03');
  });

  it('fills missing fields from the header, flags the wrong date, and never writes a misread number', () => {
    // The day after "ngày" is handwritten: OCR reads the full date or, failing that, its month and
    // year or year (AIP records allow them); any of these contradicts the catalog's 16/01/2025.
    expect(first.stdout).toMatch(
      /disagreement: issuedDate is "16\/01\/2025" in dossier\.json, read "(15\/)?(01\/)?2025"/,
    );
    expect(record.metadata.issuedDate).toBe('16/01/2025'); // the catalog's value is kept
    expect(record.filled.map((field) => field.field)).toContain('organName');
    expect(record.metadata.organName).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
    // Whatever OCR read after "Số:", it is never written into the record; the handwritten 299,
    // read as "892" at a word confidence of 0.60, is not even suggested (below 0.7).
    expect(record.metadata.codeNumber).toBeUndefined();
    expect(record.suggested.map((field) => field.field)).not.toContain('codeNumber');
  });

  it('resumes from the journal: a second run skips the finished document and dossier', async () => {
    const journalBefore = await readFile(join(out, JOURNAL_FILE), 'utf8');
    const second = await run('digitize-one-dossier.ts', [join(out, '..', 'dossier'), out]);
    expect(second.stdout).toContain(
      'document 1: 000.00.00.H00.2025.03.1.pdf already finished (journal), skipped',
    );
    expect(second.stdout).toContain('summary: 0 done, 1 skipped, 0 failed');
    expect(second.stdout).not.toContain('page qn_cv299');
    const added = (await readFile(join(out, JOURNAL_FILE), 'utf8')).slice(journalBefore.length);
    expect(
      added
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { type: string }).type),
    ).toEqual(['run']);
  });
});

describe('digitize-catalog: the data/muc-luc.csv batch as SIP_hoso', () => {
  let out: string;
  let stdout: string;

  beforeAll(async () => {
    // The same layout as the repository, with header bands in place of the full scans.
    const root = await mkdtemp(join(tmpdir(), 'sohoa-pipeline-catalog-'));
    await mkdir(join(root, 'examples/sample-dossier'), { recursive: true });
    await mkdir(join(root, 'examples/pipeline/data'), { recursive: true });
    await headerBand(TTR01, join(root, 'examples/sample-dossier', TTR01), 1500);
    await headerBand(QD47, join(root, 'examples/sample-dossier', QD47), 1500);
    const catalog = join(root, 'examples/pipeline/data/muc-luc.csv');
    await copyFile(join(REPO_ROOT, 'examples/pipeline/data/muc-luc.csv'), catalog);
    out = join(root, 'out');
    ({ stdout } = await run('digitize-catalog.ts', [catalog, out, 'sip']));
  });

  it('digitizes both documents of the catalog and packages the dossier as a valid SIP_hoso', async () => {
    expect(stdout).toMatch(/000\.00\.00\.H00\.2025\.02 document 1: 000\.00\.00\.H00\.2025\.02\.1\.pdf/);
    expect(stdout).toMatch(/000\.00\.00\.H00\.2025\.02 document 2: 000\.00\.00\.H00\.2025\.02\.2\.pdf/);
    expect(stdout).toContain('dossiers: 1 done, 0 skipped, 0 failed; documents: 2 done; failures: 0');
    const folder = join(out, '000.00.00.H00.2025.02');
    const report = await validatePackage(join(folder, '000.00.00.H00.2025.02.sip.zip'), {
      profile: 'vn-tt05',
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const second = JSON.parse(
      await readFile(join(folder, '000.00.00.H00.2025.02.2.json'), 'utf8'),
    ) as DigitizedDocumentRecord;
    expect(second.metadata).toMatchObject({ typeName: '02', codeNumber: '47', codeNotation: 'QĐ-UBND' });
    expect((await checkPdfA(join(folder, '000.00.00.H00.2025.02.2.pdf'))).passed).toBe(true);
  });
});

describe('packages-alone: metadata, PDF/A and package libraries without OCR', () => {
  let out: string;
  let stdout: string;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'sohoa-pipeline-alone-'));
    ({ stdout } = await run('packages-alone.ts', [out]));
  });

  it('lists every problem of a hand-typed record and writes the dossier EAD.xml', async () => {
    expect(stdout).toContain('arcFileCode TTLT1.000.00.00.H00.2025.01');
    expect(stdout).toContain('validateRecords: 1 of 2 records invalid, 2 problem(s)');
    expect(stdout).toMatch(/record 1: .*typeName.*"Quyết định": is not a valid code/);
    expect(stdout).toMatch(/record 1: .*issuedDate.*"31\/02\/2025"/);
    const dossier = parseEadXml('aipDossier', await readFile(join(out, 'EAD.xml'), 'utf8'));
    expect(dossier).toMatchObject({ arcFileCode: 'TTLT1.000.00.00.H00.2025.01', maintenance: '01' });
  });

  it('writes a PDF/A-2b that passes the checker and an AIP_hoso that passes validation', async () => {
    expect(stdout).toContain('checkPdfA 000.00.00.H00.2025.01.3.pdf: passed');
    expect(stdout).toMatch(/validatePackage .*000\.00\.00\.H00\.2025\.01\.aip\.zip: valid/);
    expect(await readFile(join(out, 'validation.xml'), 'utf8')).toContain('failures="0"');
  });
});
