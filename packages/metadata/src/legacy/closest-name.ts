/** Levenshtein distance between two strings, by code point, stopping early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  const left = [...a];
  const right = [...b];
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[right.length] ?? limit + 1;
}

/** Typing mistakes forgiven: one in a name of up to 6 letters, two in a longer one. */
const allowedMistakes = (name: string): number => (name.length <= 6 ? 1 : 2);

/** How {@link matchName} matches. */
export interface NameMatchOptions {
  /**
   * The text may go on after the name (`Biên bản họp` is a `Biên bản`): the longest name it starts
   * with as whole words is taken, and typing mistakes are also looked for in its first words.
   * Default: `false` (the whole text is compared).
   */
  extraWords?: boolean;
}

/**
 * The name closest to `folded` (a text already folded: see `foldVietnamese`): the name itself,
 * else (with `extraWords`) the longest name the text starts with as whole words, else the only
 * name within one or two typing mistakes (`allowedMistakes`). `ambiguous` lists the values of the
 * names equally close when there are several; `undefined` when none is close.
 */
export function matchName<T>(
  folded: string,
  names: ReadonlyMap<string, T>,
  options: NameMatchOptions = {},
): { value: T } | { ambiguous: T[] } | undefined {
  const exact = names.get(folded);
  if (exact !== undefined) return { value: exact };
  const words = folded.split(' ');
  if (options.extraWords) {
    let prefix: string | undefined;
    for (const name of names.keys()) {
      if (folded.startsWith(`${name} `) && (!prefix || name.length > prefix.length)) prefix = name;
    }
    if (prefix !== undefined) return { value: names.get(prefix) as T };
  }
  let best = Number.POSITIVE_INFINITY;
  let closest: T[] = [];
  for (const [name, value] of names) {
    const limit = allowedMistakes(name);
    const start = options.extraWords ? words.slice(0, name.split(' ').length).join(' ') : folded;
    const found = Math.min(distance(folded, name, limit), distance(start, name, limit));
    if (found > limit || found > best) continue;
    if (found < best) closest = [];
    best = found;
    if (!closest.includes(value)) closest.push(value);
  }
  if (closest.length === 0) return undefined;
  return closest.length === 1 ? { value: closest[0] as T } : { ambiguous: closest };
}

/** The value {@link matchName} finds, or `undefined` when none or several are that close. */
export function closestName<T>(
  folded: string,
  names: ReadonlyMap<string, T>,
  options: NameMatchOptions = {},
): T | undefined {
  const match = matchName(folded, names, options);
  return match && 'value' in match ? match.value : undefined;
}
