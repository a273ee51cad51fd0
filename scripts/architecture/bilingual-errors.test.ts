import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkspace } from './workspace.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The packages whose errors are all written in Vietnamese and English (issue 17, item 5). Add a
 * package here once its sites are converted; the list only grows.
 */
const BILINGUAL = ['@sohoa/base', '@sohoa/core', '@sohoa/pdfa', '@sohoa/ocr'];

/** Each `new SohoaError(…)` of a source text: its line and its argument text. */
export function errorSites(text: string): { line: number; argument: string }[] {
  const sites: { line: number; argument: string }[] = [];
  for (const match of text.matchAll(/new SohoaError(?:<[^>]*>)?\(/g)) {
    let depth = 1;
    let end = (match.index as number) + match[0].length;
    while (depth > 0 && end < text.length) {
      const character = text[end++];
      if (character === '(') depth++;
      else if (character === ')') depth--;
    }
    const start = (match.index as number) + match[0].length;
    sites.push({ line: text.slice(0, match.index).split('\n').length, argument: text.slice(start, end - 1) });
  }
  return sites;
}

/** Whether a site gives its message in both languages, or passes on another error's texts. */
const isBilingual = (argument: string) =>
  (/\bvi:/.test(argument) && /\ben:/.test(argument)) || /\.texts\b/.test(argument);

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
      "throw new SohoaError<PdfaErrorCode>({ code: 'X', message: `a (${b})`, fix: 'c' });",
      "throw new SohoaError({ code: 'X', message: { vi: 'Hỏng.', en: 'Broken.' } });",
    ].join('\n');
    const found = errorSites(text);
    expect(found.map(({ line }) => line)).toEqual([1, 2]);
    expect(found.map(({ argument }) => isBilingual(argument))).toEqual([false, true]);
  });
});
