import { collapseWhitespace } from './normalize-text.js';

/**
 * Character error rate of a recognized text against its reference transcription: the Levenshtein
 * distance over Unicode code points, after NFC and whitespace collapsing, divided by the
 * reference's length. 0 is perfect; it can exceed 1 when the hypothesis is much longer.
 *
 * @example
 * ```ts
 * import { characterErrorRate } from '@sohoa/base';
 *
 * characterErrorRate('Quyết định', 'Quyet định'); // 0.1 (1 edit in 10 characters)
 * ```
 */
export function characterErrorRate(reference: string, hypothesis: string): number {
  const expected = Array.from(collapseWhitespace(reference));
  const actual = Array.from(collapseWhitespace(hypothesis));
  if (expected.length === 0) return actual.length === 0 ? 0 : 1;
  return levenshtein(expected, actual) / expected.length;
}

/**
 * Order-free word error: 1 − F1 of the multisets of words (after NFC). It says how findable the
 * words are whatever the reading order, which OCR of two-column headers and tables moves around.
 *
 * @example
 * ```ts
 * import { orderFreeWordError } from '@sohoa/base';
 *
 * orderFreeWordError('Độc lập Tự do', 'Tự do Độc lập'); // 0
 * ```
 */
export function orderFreeWordError(reference: string, hypothesis: string): number {
  const expected = words(reference);
  const actual = words(hypothesis);
  if (expected.length === 0 && actual.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of expected) counts.set(word, (counts.get(word) ?? 0) + 1);
  let matched = 0;
  for (const word of actual) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      matched++;
      counts.set(word, left - 1);
    }
  }
  const f1 = (2 * matched) / (expected.length + actual.length);
  return 1 - f1;
}

function words(text: string): string[] {
  const collapsed = collapseWhitespace(text);
  return collapsed === '' ? [] : collapsed.split(' ');
}

function levenshtein(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const charA = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (charA === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
