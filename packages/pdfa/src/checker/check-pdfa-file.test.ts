import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import type { PdfAPage } from '../writer/pdfa-options.js';
import { writePdfAFile } from '../writer/write-pdfa-file.js';
import { checkPdfA } from './check-pdfa.js';

const folder = join(tmpdir(), `sohoa-check-file-${process.pid}`);
const pdfPath = join(folder, 'dossier.pdf');
let pdf: Buffer;

/** A real scan page with its transcription as an invisible text layer, one line per text line. */
async function scanPage(index: number): Promise<PdfAPage> {
  const sample = SAMPLE_PAGES[index % SAMPLE_PAGES.length];
  if (!sample) throw new Error('no sample page');
  const bytes = await readFile(sample.image);
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  const lines = sample.groundTruth.split('\n').filter((line) => line.trim() !== '');
  return {
    image: { bytes, format: 'jpeg', width, height, dpi: 300 },
    text: {
      blocks: [
        {
          paragraphs: [
            {
              lines: lines.map((line, row) => {
                const words = line.split(/\s+/).filter(Boolean);
                const y = 300 + row * 60;
                return {
                  baseline: { x0: 200, y0: y, x1: 200 + words.length * 100, y1: y },
                  rowHeight: 45,
                  words: words.map((text, column) => ({
                    text,
                    box: { x0: 200 + column * 100, y0: y - 40, x1: 280 + column * 100, y1: y + 5 },
                  })),
                };
              }),
            },
          ],
        },
      ],
    },
  };
}

async function* scanPages(count: number): AsyncGenerator<PdfAPage> {
  for (let index = 0; index < count; index++) yield scanPage(index);
}

/** The report through the file reader and through bytes, which must be the same. */
async function bothWays(bytes: Uint8Array, name: string) {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const fromPath = await checkPdfA(path);
  expect(await checkPdfA(bytes)).toEqual(fromPath);
  return fromPath;
}

/** `bytes` with the first `from` at or after `after` replaced by `to`. */
function replaceAfter(bytes: Buffer, after: number, from: string, to: string): Buffer {
  const at = bytes.indexOf(from, after, 'latin1');
  if (at < 0) throw new Error(`"${from}" not found`);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(to, 'latin1'), bytes.subarray(at + from.length)]);
}

beforeAll(async () => {
  await mkdir(folder, { recursive: true });
  await writePdfAFile(pdfPath, scanPages(9), { title: 'Hồ sơ 9 trang', createdAt: new Date('2025-06-01') });
  pdf = await readFile(pdfPath);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('checkPdfA on a file (read through a file descriptor, stream data left on disk)', () => {
  it('gives a real 9-page scan PDF/A the same passing report as its bytes', async () => {
    expect(pdf.length).toBeGreaterThan(6 * 1024 ** 2);
    const report = await bothWays(pdf, 'same.pdf');
    expect(report.failures).toEqual([]);
    expect(report.claimed).toEqual({ part: 2, conformance: 'B' });
    expect(report.rulesChecked.length).toBeGreaterThan(100);
  });

  it('fails the same rules as the bytes when the file is damaged deep inside and after its end', async () => {
    const middle = Math.floor(pdf.length / 2);
    const image = '/Filter /DCTDecode\n/Length ';
    const lengthAt = pdf.indexOf(image, middle, 'latin1') + image.length;
    const declared = pdf.subarray(lengthAt, pdf.indexOf('\n', lengthAt)).toString('latin1');
    const wrong = `${declared.slice(0, -1)}${declared.endsWith('1') ? '2' : '1'}`;
    let broken = replaceAfter(pdf, lengthAt - 8, `/Length ${declared}`, `/Length ${wrong}`);
    broken = replaceAfter(broken, middle + 1024 ** 2, ' 0 obj\n', ' 0 obj ');
    broken = Buffer.concat([broken, Buffer.from('appended after the end\n', 'latin1')]);
    const report = await bothWays(broken, 'broken.pdf');
    const rules = new Set(report.failures.map((failure) => failure.rule));
    // data after %%EOF is 6.1.3-3 only: the last trailer (and its ID) is still found, as by veraPDF
    expect([...rules].sort()).toEqual(['6.1.3-3', '6.1.7.1-1', '6.1.9-1']);
    const stream = report.failures.find((failure) => failure.rule === '6.1.7.1-1');
    expect(stream?.message).toContain(`Length is ${wrong}`);
  });

  it('checks a PDF stored inside a larger file at its offset', async () => {
    const before = Buffer.from('a ZIP local header and name');
    const path = join(folder, 'container.bin');
    await writeFile(path, Buffer.concat([before, pdf, Buffer.from('a ZIP central directory')]));
    const report = await checkPdfA({ path, offset: before.length, length: pdf.length });
    expect(report).toEqual(await checkPdfA(pdfPath));
    const shifted = await checkPdfA({ path, offset: before.length - 1, length: pdf.length });
    expect(shifted.failures.map((failure) => failure.rule)).toContain('6.1.2-1');
  });

  it('reports a missing file as INPUT_NOT_FOUND', async () => {
    await expect(checkPdfA(join(folder, 'missing.pdf'))).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});
