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

/**
 * The value of the name closest to `folded` (a text already folded: see `foldVietnamese`): the
 * name itself, else the longest name the text starts with as whole words ("bien ban hop" →
 * "bien ban"), else the only name within one or two typing mistakes (`allowedMistakes`) of the
 * text or of its first words. `undefined` when none is, or when two are equally close.
 */
export function closestName<T>(folded: string, names: ReadonlyMap<string, T>): T | undefined {
  const exact = names.get(folded);
  if (exact !== undefined) return exact;
  let prefix: string | undefined;
  for (const name of names.keys()) {
    if (folded.startsWith(`${name} `) && (!prefix || name.length > prefix.length)) prefix = name;
  }
  if (prefix !== undefined) return names.get(prefix);
  const words = folded.split(' ');
  let best: { value: T; distance: number } | undefined;
  let tie = false;
  for (const [name, value] of names) {
    const limit = allowedMistakes(name);
    const start = words.slice(0, name.split(' ').length).join(' ');
    const found = Math.min(distance(folded, name, limit), distance(start, name, limit));
    if (found > limit) continue;
    if (!best || found < best.distance) {
      best = { value, distance: found };
      tie = false;
    } else if (found === best.distance && value !== best.value) {
      tie = true;
    }
  }
  return best && !tie ? best.value : undefined;
}
