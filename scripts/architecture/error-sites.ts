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
export const isBilingual = (argument: string): boolean =>
  (/\bvi:/.test(argument) && /\ben:/.test(argument)) || /\.texts\b/.test(argument);
