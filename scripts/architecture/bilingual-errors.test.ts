import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorSites, isBilingual } from './error-sites.js';
import { readWorkspace } from './workspace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The packages whose errors are all written in Vietnamese and English (issue 17, item 5). Add a
 * package here once its sites are converted; the list only grows.
 */
const BILINGUAL = [
  '@sohoa/base',
  '@sohoa/core',
  '@sohoa/pdfa',
  '@sohoa/ocr',
  '@sohoa/ip',
  '@sohoa/metadata',
  '@sohoa/cli',
  '@sohoa/queue',
  '@sohoa/pipeline',
];

describe('error messages', () => {
  it('are given in Vietnamese and English at every site of the converted packages', () => {
    const packages = readWorkspace(root).filter(({ name }) => BILINGUAL.includes(name));
    expect(packages.map(({ name }) => name).sort()).toEqual([...BILINGUAL].sort());
    const files = packages.flatMap(({ runtimeFiles }) => runtimeFiles);
    let sites = 0;
    const english: string[] = [];
    for (const file of files) {
      for (const { line, argument } of errorSites(readFileSync(`${root}/${file}`, 'utf8'))) {
        sites++;
        if (!isBilingual(argument)) english.push(`${file}:${line}`);
      }
    }
    expect(sites).toBeGreaterThan(15);
    expect(english, 'sites with a message in one language only').toEqual([]);
  });

  it('finds the sites of a source text and tells one language from two', () => {
    const text = [
      `throw new SohoaError<PdfaErrorCode>({ code: 'X', message: \`a (\${b})\`, fix: 'c' });`,
      "throw new SohoaError({ code: 'X', message: { vi: 'Hỏng.', en: 'Broken.' } });",
    ].join('\n');
    const found = errorSites(text);
    expect(found.map(({ line }) => line)).toEqual([1, 2]);
    expect(found.map(({ argument }) => isBilingual(argument))).toEqual([false, true]);
  });
});
