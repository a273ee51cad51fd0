import { matchName } from '../legacy/closest-name.js';
import { foldVietnamese } from '../legacy/fold-vietnamese.js';

/** What a written name is: one of the known names, as close to several, or none of them. */
export type KnownName = { value: string } | { ambiguous: string[] } | undefined;

/** Per list of known names: the names folded, and what each written name was found to be. */
const LISTS = new WeakMap<readonly string[], { names: Map<string, string>; found: Map<string, KnownName> }>();

/**
 * The known name a written one stands for (`organNames`): the same folded (without marks and
 * case), or the only one within one or two typing mistakes; several equally close are returned as
 * `ambiguous`. Each distinct written name is looked up once per list.
 */
export function knownName(written: string, list: readonly string[]): KnownName {
  let known = LISTS.get(list);
  if (!known) {
    const names = new Map(list.map((name) => [foldVietnamese(name), name.normalize('NFC').trim()]));
    known = { names, found: new Map() };
    LISTS.set(list, known);
  }
  if (!known.found.has(written)) known.found.set(written, matchName(foldVietnamese(written), known.names));
  return known.found.get(written);
}
