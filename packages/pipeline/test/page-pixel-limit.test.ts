import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { declaredPng } from '../../../fixtures/declared-png.js';
import { SAMPLE_DOSSIER } from '../../../fixtures/index.js';
import type { DigitizeOptions } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';

const FILE_CODE = '000.00.00.H00.2025.41';

/** A dossier of one document whose pages are `files` (name → bytes); returns its folder. */
async function dossierOf(root: string, name: string, files: Record<string, Buffer>, pages: number) {
  const folder = join(root, name);
  await mkdir(folder, { recursive: true });
  const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
  const dossier = {
    ...sample.dossier,
    fileCode: FILE_CODE,
    totalDoc: 1,
    numberOfPage: pages,
    numberOfPaper: pages,
  };
  await writeFile(join(folder, 'dossier.json'), JSON.stringify({ dossier, pages: Object.keys(files) }));
  for (const [file, bytes] of Object.entries(files)) await writeFile(join(folder, file), bytes);
  return folder;
}

/**
 * The failures of a dry run and (unless `run` is false) of a run of `folder` with `settings`: code
 * and English message each.
 */
async function failuresOf(folder: string, settings: Partial<DigitizeOptions>, run = true) {
  const outcome = async (dryRun: boolean) => {
    const failures: string[] = [];
    const out = await mkdtemp(join(tmpdir(), 'sohoa-pixels-out-'));
    for await (const event of digitize({
      inputs: [folder],
      out,
      dryRun,
      packageType: 'none',
      jobs: 1,
      ...settings,
    })) {
      if (event.type === 'document-failed') failures.push(`${event.code}: ${event.message}`);
    }
    return failures;
  };
  return { dryRun: await outcome(true), run: run ? await outcome(false) : [] };
}

describe('the pixels of a page: the same limit in --dry-run as in a run', () => {
  it('refuses a 15000 × 15000 PNG from its header, dry run and run alike (default limit 150 million)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-pixels-'));
    const folder = await dossierOf(root, 'bomb', { 'huge.png': declaredPng(15_000, 15_000) }, 1);
    const { dryRun, run } = await failuresOf(folder, {});
    expect(dryRun).toEqual(run);
    expect(run).toHaveLength(1);
    expect(run[0]).toMatch(
      /^WORK_LIMIT_EXCEEDED: The page ".*huge\.png" has 225000000 pixels, more than the limit of 150000000 \(pixelsPerPage\); the page was not processed\. Fix: .*"pixelsPerPage"/,
    );
  });

  it('refuses a scanned PDF page that would render to 60000 × 60000 before rendering it, sized alike by the dry run', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-pixels-'));
    // A 200-inch page without images: rendered at the fallback 300 dpi.
    const document = await PDFDocument.create();
    document.addPage([14_400, 14_400]);
    const folder = await dossierOf(root, 'pdf', { 'scan.pdf': Buffer.from(await document.save()) }, 1);
    const { dryRun, run } = await failuresOf(folder, {});
    expect(dryRun).toEqual(run);
    expect(run).toEqual([
      expect.stringMatching(
        /^WORK_LIMIT_EXCEEDED: The page ".*scan\.pdf#1" has 3600000000 pixels, more than the limit of 150000000/,
      ),
    ]);
  });

  it('counts the OCR copy brought up to cleanup.ocrDpi, and a page of a multi-page TIFF, and honours a raised limit', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sohoa-pixels-'));
    // 400 × 300 at 150 dpi: 120,000 pixels, 480,000 once brought up to 300 dpi for OCR.
    const small = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#fff' } })
      .jpeg()
      .withDensity(150)
      .toBuffer();
    const upscaled = await dossierOf(root, 'upscaled', { 'p1.jpg': small }, 1);
    const settings = { limits: { pixelsPerPage: 200_000 }, cleanup: { ocrDpi: 300 } };
    const first = await failuresOf(upscaled, settings);
    expect(first.dryRun).toEqual(first.run);
    expect(first.run).toEqual([
      expect.stringMatching(
        /^WORK_LIMIT_EXCEEDED: The page ".*p1\.jpg" has 480000 pixels once brought up to 300 dpi for OCR, more than the limit of 200000/,
      ),
    ]);
    // A page of a multi-page TIFF (600 × 600 = 360,000 pixels) is named with its number.
    const page = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const twoPages = await sharp([page, page], { join: { animated: true } })
      .greyscale()
      .tiff({ compression: 'deflate' })
      .withDensity(300)
      .toBuffer();
    const tiffDossier = await dossierOf(root, 'tiff', { 'scan.tif': twoPages }, 2);
    const second = await failuresOf(tiffDossier, { limits: { pixelsPerPage: 200_000 } });
    expect(second.dryRun).toEqual(second.run);
    expect(second.run).toEqual([
      expect.stringMatching(
        /^WORK_LIMIT_EXCEEDED: The page ".*scan\.tif#1" has 360000 pixels, more than the limit of 200000/,
      ),
    ]);
    // Raised, the same pages pass the dry run.
    const raised = await failuresOf(upscaled, { ...settings, limits: { pixelsPerPage: 500_000 } }, false);
    expect(raised.dryRun).toEqual([]);
  });
});
