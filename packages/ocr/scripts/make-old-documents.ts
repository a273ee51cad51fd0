/**
 * Writes sohoa's old-document test set (`bench/old-documents/`) to a folder: for each page
 * `<name>.jpg` (the aged 300 dpi scan), `<name>.txt` (the exact typed text, two-column zones left
 * column first) and `<name>.rows.txt` (the same text row by row across the page).
 * `npx tsx scripts/make-old-documents.ts <folder> [seed]` in packages/ocr; the default seed (1972)
 * gives the pages the benchmark reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldDocumentSet } from '../bench/old-documents/old-document-set.js';

const [folder, seed] = process.argv.slice(2);
if (!folder) {
  console.error('usage: tsx scripts/make-old-documents.ts <folder> [seed]');
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
for (const page of await oldDocumentSet(seed ? { seed: Number(seed) } : {})) {
  writeFileSync(join(folder, `${page.name}.jpg`), page.jpeg);
  writeFileSync(join(folder, `${page.name}.txt`), `${page.readingOrder}\n`);
  writeFileSync(join(folder, `${page.name}.rows.txt`), `${page.rowOrder}\n`);
  console.log(`${page.name}.jpg  skew ${page.ageing.skew}°`);
}
