/**
 * Small real inputs for the `sohoa digitize` tests: the header band of each sample scan (real
 * 300 dpi JPEG pixels, about a quarter of the page, so OCR takes about a second), written as page
 * images or as a scanned PDF.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writePdfA } from '@sohoa/pdfa';
import sharp from 'sharp';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';

/** Height of the header band cut from each sample page, in pixels at 300 dpi (about 80 mm). */
const BAND_HEIGHT = 950;

/** The header band of sample page `index` (0 ttr01, 1 cv299, 2 qd47) as a 300 dpi JPEG. */
export async function headerBand(index: number): Promise<Buffer> {
  const page = SAMPLE_PAGES[index];
  if (!page) throw new RangeError(`no sample page ${index}`);
  return sharp(page.image)
    .extract({ left: 0, top: 0, width: 2400, height: BAND_HEIGHT })
    .withMetadata({ density: 300 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Writes `band-<n>.jpg` for each sample page index given into `folder` and returns the file names. */
export async function writeHeaderBands(folder: string, indexes: readonly number[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const names: string[] = [];
  for (const index of indexes) {
    const name = `band-${index + 1}.jpg`;
    await writeFile(join(folder, name), await headerBand(index));
    names.push(name);
  }
  return names;
}

/** A scanned PDF (image only, as scanner software makes them) of the header bands, one per page. */
export async function writeScannedPdf(path: string, indexes: readonly number[]): Promise<void> {
  const pages = [];
  for (const index of indexes) {
    pages.push({
      image: {
        bytes: await headerBand(index),
        format: 'jpeg' as const,
        width: 2400,
        height: BAND_HEIGHT,
        dpi: 300,
      },
    });
  }
  await writeFile(
    path,
    await writePdfA(pages, { title: 'scan', createdAt: new Date('2025-01-20T08:00:00+07:00') }),
  );
}

/** The printed summary (trích yếu) of each sample document, as a catalog would give it. */
const SUBJECTS = [
  'Về việc miễn nhiệm chức danh Ủy viên Ủy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2021 - 2026',
  'V/v công bố Danh mục TTHC và xây dựng quy trình nội bộ giải quyết TTHC',
  'Về việc kinh phí thực hiện hỗ trợ quà Tết cho hộ nghèo, cận nghèo trên địa bàn tỉnh nhân dịp Tết nguyên đán Ất Tỵ - năm 2025',
];

/**
 * A dossier folder of header bands: the sample dossier's metadata with `totalDoc` and page
 * counts set to the bands given, and a `documents` list giving each band's summary (the band
 * cuts some summaries off) and page count.
 */
export async function bandDossier(
  folder: string,
  fileCode: string,
  indexes: readonly number[],
): Promise<void> {
  const names = await writeHeaderBands(folder, indexes);
  await copyFile(join(SAMPLE_DOSSIER, 'dossier.json'), join(folder, 'sample.json'));
  const { readFile } = await import('node:fs/promises');
  const sample = JSON.parse(await readFile(join(folder, 'sample.json'), 'utf8'));
  const dossier = {
    ...sample.dossier,
    fileCode,
    totalDoc: names.length,
    numberOfPaper: names.length,
    numberOfPage: names.length,
  };
  const documents = indexes.map((index) => ({ numberOfPage: 1, subject: SUBJECTS[index] }));
  await writeFile(
    join(folder, 'dossier.json'),
    JSON.stringify({ dossier, pages: names, documents }, null, 2),
  );
}
