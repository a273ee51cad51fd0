import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate } from '@sohoa/core';
import type { DigitizedDocumentRecord, DigitizeEvent } from '@sohoa/pipeline';
import { digitize } from '@sohoa/pipeline';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { runCaptured } from './run-captured.js';

const FILE_CODE = '000.00.00.H00.2025.33';
const page = SAMPLE_PAGES[0] as (typeof SAMPLE_PAGES)[number];

async function events(run: AsyncIterable<DigitizeEvent>): Promise<DigitizeEvent[]> {
  const all: DigitizeEvent[] = [];
  for await (const event of run) all.push(event);
  return all;
}

async function pageRecord(out: string): Promise<DigitizedDocumentRecord['pages'][number]> {
  const record: DigitizedDocumentRecord = JSON.parse(
    await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.json`), 'utf8'),
  );
  return record.pages[0] as DigitizedDocumentRecord['pages'][number];
}

describe('digitize on a real scan fed upside down', () => {
  let dossier: string;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-orientation-'));
    dossier = join(folder, 'dossier');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dossier);
    // The sample tờ trình as a sheet put into the scanner the wrong way round.
    await sharp(await readFile(page.image))
      .rotate(180)
      .withMetadata({ density: 300 })
      .jpeg({ quality: 90 })
      .toFile(join(dossier, 'upside-down.jpg'));
    const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
    await writeFile(
      join(dossier, 'dossier.json'),
      JSON.stringify({
        dossier: { ...sample.dossier, fileCode: FILE_CODE, totalDoc: 1, numberOfPaper: 1, numberOfPage: 1 },
        pages: ['upside-down.jpg'],
      }),
    );
  });

  it('turns the page upright by default and reads it', async () => {
    const out = join(folder, 'out-default');
    const run = await events(digitize({ inputs: [dossier], out, jobs: 2, packageType: 'none' }));
    expect(run.filter((event) => event.type === 'document-failed')).toEqual([]);
    const record = await pageRecord(out);
    expect(record.quarterTurn).toBe(180);
    expect(record.text).toMatch(/TỜ TRÌNH/);
    expect(characterErrorRate(page.groundTruth, record.text)).toBeLessThan(0.1);
  });

  it('reads the page as scanned, upside down, with detectOrientation off', async () => {
    const out = join(folder, 'out-off');
    const run = await events(
      digitize({
        inputs: [dossier],
        out,
        jobs: 2,
        packageType: 'none',
        ocr: { detectOrientation: false, pagesPerWorker: 1, orderColumns: false, correct: false },
      }),
    );
    expect(run.filter((event) => event.type === 'document-failed')).toEqual([]);
    const record = await pageRecord(out);
    expect(record.quarterTurn).toBe(0);
    expect(characterErrorRate(page.groundTruth, record.text)).toBeGreaterThan(0.5);
  });
});

describe('OCR settings of digitize, the config file and the command line', () => {
  it('refuses a bad OCR setting before anything is written', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ocr-options-'));
    await expect(
      events(digitize({ inputs: [SAMPLE_DOSSIER], out: join(folder, 'out'), ocr: { pagesPerWorker: 0 } })),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID', details: { option: 'ocr.pagesPerWorker' } });
    await expect(
      events(digitize({ inputs: [SAMPLE_DOSSIER], out: join(folder, 'out'), ocr: { timeoutMs: 1.5 } })),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID', details: { option: 'ocr.timeoutMs' } });
    await expect(readFile(join(folder, 'out', 'sohoa-journal.jsonl'))).rejects.toThrow();
  });

  it('validates the ocr section of sohoa.config.json', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ocr-config-'));
    const config = join(folder, 'sohoa.config.json');
    await writeFile(
      config,
      JSON.stringify({ ocr: { pagesPerWorker: 0, timeoutSeconds: -1, orientation: true } }),
    );
    const result = await runCaptured(['digitize', folder, '--out', join(folder, 'out'), '--config', config]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('error CONFIG_INVALID');
    expect(result.stderr).toContain('ocr.pagesPerWorker');
    expect(result.stderr).toContain('ocr.timeoutSeconds');
    expect(result.stderr).toContain('orientation');
  });

  it('points catalog.archiveCode at the top-level archiveCode', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-archive-code-'));
    const config = join(folder, 'sohoa.config.json');
    await writeFile(config, JSON.stringify({ catalog: { archiveCode: 'TTLT1' } }));
    const result = await runCaptured(['digitize', folder, '--out', join(folder, 'out'), '--config', config]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('error CONFIG_INVALID');
    expect(result.stderr).toContain('catalog.archiveCode');
    expect(result.stderr).toContain('"archiveCode" at the top level');
  });

  it('refuses a bad --pages-per-worker or --ocr-timeout as a usage error', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ocr-flags-'));
    for (const flags of [
      ['--pages-per-worker', '0'],
      ['--ocr-timeout', 'soon'],
    ]) {
      const result = await runCaptured(['digitize', folder, '--out', join(folder, 'out'), ...flags]);
      expect(result.exitCode).toBe(2);
    }
  });
});
