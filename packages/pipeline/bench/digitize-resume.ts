/**
 * Resume overhead: a batch of 100 one-page documents (10 dossiers of 10, each page a small crop of
 * a real scan's header so OCR is cheap) is digitized once, then the same command runs again over
 * the finished output folder. The second run must only plan, verify the journal's checksums and
 * skip: its wall time is the overhead of resuming a finished batch.
 *
 * Run: `npm run bench -w @sohoa/pipeline` or `tsx --conditions=@sohoa/source bench/digitize-resume.ts`.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeBenchResult } from '../../../bench/write-result.js';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { digitize } from '../src/pipeline/digitize.js';
import type { DigitizeSummary } from '../src/pipeline/digitize-events.js';

const DOSSIERS = 10;
const DOCUMENTS = 10;
const folder = await mkdtemp(join(tmpdir(), 'sohoa-bench-resume-'));
const batch = join(folder, 'batch');
const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
for (let dossier = 0; dossier < DOSSIERS; dossier++) {
  const dossierFolder = join(batch, `ho-so-${String(dossier + 1).padStart(2, '0')}`);
  await mkdir(dossierFolder, { recursive: true });
  for (let document = 0; document < DOCUMENTS; document++) {
    const index = dossier * DOCUMENTS + document;
    const page = SAMPLE_PAGES[index % SAMPLE_PAGES.length];
    if (!page) throw new Error('no sample page');
    // The agency's name and the national motto: 1100 × 360 px at 300 dpi, offset per document.
    await sharp(page.image)
      .extract({ left: 40 + (index % 11) * 4, top: 60 + (index % 13) * 3, width: 1100, height: 360 })
      .withMetadata({ density: 300 })
      .jpeg({ quality: 90 })
      .toFile(join(dossierFolder, `page-${String(document + 1).padStart(2, '0')}.jpg`));
  }
  const fileCode = `000.00.00.H00.2025.${String(40 + dossier).padStart(2, '0')}`;
  const metadata = {
    ...sample.dossier,
    fileCode,
    totalDoc: DOCUMENTS,
    numberOfPaper: DOCUMENTS,
    numberOfPage: DOCUMENTS,
  };
  // The crops hold no type, date or summary to read: the dossier gives them, as a catalog would.
  const documents = Array.from({ length: DOCUMENTS }, (_, document) => ({
    numberOfPage: 1,
    typeName: '22',
    issuedDate: `${String(document + 1).padStart(2, '0')}/01/2025`,
    subject: `Văn bản số ${document + 1} của hồ sơ ${dossier + 1}`,
  }));
  await writeFile(join(dossierFolder, 'dossier.json'), JSON.stringify({ dossier: metadata, documents }));
}

async function run(): Promise<{ summary: DigitizeSummary; wallSeconds: number }> {
  const started = performance.now();
  let summary: DigitizeSummary | undefined;
  for await (const event of digitize({ inputs: [batch], out: join(folder, 'out'), jobs: 2 })) {
    if (event.type === 'summary') summary = event.summary;
  }
  if (!summary) throw new Error('no summary');
  return { summary, wallSeconds: (performance.now() - started) / 1000 };
}

const first = await run();
if (first.summary.failures.length > 0) {
  throw new Error(`the first run failed: ${JSON.stringify(first.summary.failures.slice(0, 3))}`);
}
const again = await run();
await rm(folder, { recursive: true, force: true });
const figures = {
  dossiers: DOSSIERS,
  documents: DOSSIERS * DOCUMENTS,
  pageSize: '1100 × 360 px header crops of the sample scans, 300 dpi JPEG',
  firstRun: {
    wallSeconds: round(first.wallSeconds, 1),
    documentsDone: first.summary.documents.done,
  },
  rerun: {
    wallSeconds: round(again.wallSeconds, 2),
    documentsSkipped: again.summary.documents.skipped,
    dossiersSkipped: again.summary.dossiers.skipped,
    documentsRedone: again.summary.documents.done,
    millisecondsPerDocument: round((again.wallSeconds * 1000) / (DOSSIERS * DOCUMENTS), 1),
  },
};
console.log(figures);
writeBenchResult('digitize-resume', figures);

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
