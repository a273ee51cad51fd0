/**
 * Builds data/vi-lexicon.json, the word list and counts that post-correction uses
 * (`npx tsx scripts/build-lexicon.ts` in packages/ocr; needs Debian's tesseract-ocr for
 * combine_tessdata and dawg2wordlist, and the project's shared data for the corpus):
 * - words: the 7,181-word Vietnamese list inside the `vie` best_int model that sohoa already
 *   reads (@tesseract.js-data/vie, from tesseract-ocr/tessdata_best, Apache-2.0);
 * - unigram and bigram counts of Nghị định 45/2026/NĐ-CP (a Vietnamese legal document: not
 *   protected by copyright, Law on Intellectual Property Art. 15).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const model = join(
  dirname(require.resolve('@tesseract.js-data/vie/package.json')),
  '4.0.0_best_int/vie.traineddata.gz',
);
const corpus = new URL('../../../fixtures/data/texts/nd45_2026_ND-CP_20260126.txt', import.meta.url);
const out = new URL('../data/vi-lexicon.json', import.meta.url);

const folder = mkdtempSync(join(tmpdir(), 'sohoa-lexicon-'));
writeFileSync(join(folder, 'vie.traineddata'), gunzipSync(readFileSync(model)));
execFileSync('combine_tessdata', ['-u', join(folder, 'vie.traineddata'), join(folder, 'vie.')], {
  stdio: 'ignore',
});
execFileSync(
  'dawg2wordlist',
  [join(folder, 'vie.lstm-unicharset'), join(folder, 'vie.lstm-word-dawg'), join(folder, 'words.txt')],
  { stdio: 'ignore' },
);
const words = new Set(
  readFileSync(join(folder, 'words.txt'), 'utf8')
    .split('\n')
    .map((word) => word.normalize('NFC').toLowerCase())
    .filter((word) => /^\p{L}+$/u.test(word)),
);

const unigrams: Record<string, number> = {};
const bigrams: Record<string, number> = {};
const text = readFileSync(corpus, 'utf8').normalize('NFC').toLowerCase();
for (const sentence of text.split(/[.;:\n()]/u)) {
  let previous: string | undefined;
  for (const word of sentence.match(/\p{L}+/gu) ?? []) {
    unigrams[word] = (unigrams[word] ?? 0) + 1;
    if (previous) bigrams[`${previous} ${word}`] = (bigrams[`${previous} ${word}`] ?? 0) + 1;
    previous = word;
  }
}
const data = {
  sources: {
    words:
      'vie best_int model word list (tesseract-ocr/tessdata_best via @tesseract.js-data/vie), Apache-2.0',
    counts: 'Nghị định 45/2026/NĐ-CP, not protected by copyright (Law on Intellectual Property Art. 15)',
  },
  words: [...words].sort(),
  unigrams,
  bigrams,
};
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(
  `${data.words.length} words, ${Object.keys(unigrams).length} unigrams, ${Object.keys(bigrams).length} bigrams`,
);
