/**
 * Records what tesseract.js reads on the five real scans (before column ordering and
 * post-correction) into test/fixtures/<page>.ocr.json, so the header, correction and export
 * tests run on real engine output in milliseconds (`npx tsx bench/record-fixtures.ts` in
 * packages/ocr). Re-run after changing the engine or its settings, and commit the result.
 */
import { writeFileSync } from 'node:fs';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import { createOcrPool } from '../src/index.js';

const dossier = new URL('../../../examples/sample-dossier/', import.meta.url);
const fixtures = new URL('../test/fixtures/', import.meta.url);
const scans = new URL('../../../fixtures/data/scans/', import.meta.url);
const pages: [URL, number | undefined][] = [
  [new URL('qn_qd47_QD-UBND_20250117_p1.jpg', dossier), undefined],
  [new URL('qn_cv299_UBND-TTHC_20250115_p1.jpg', dossier), undefined],
  [new URL('qn_ttr01_TTr-UBND_20250106_p1.jpg', dossier), undefined],
  [new URL('gov_cv464_TTg-CDS_20260430_p1.png', scans), 200],
  [new URL('qn_ct07_CT-UBND_20180320_p1.png', scans), 300],
];
const pool = await createOcrPool({ orderColumns: false, correct: false });
try {
  await Promise.all(
    pages.map(async ([url, dpi]) => {
      const image = await makeOcrCopy(await loadPageImage(url.pathname, dpi ? { dpi } : {}));
      const page = await pool.recognize(image);
      const name = url.pathname
        .split('/')
        .at(-1)
        ?.replace(/\.\w+$/u, '');
      writeFileSync(new URL(`${name}.ocr.json`, fixtures), `${JSON.stringify(page)}\n`);
      console.log(name, page.text.length);
    }),
  );
} finally {
  await pool.terminate();
}
