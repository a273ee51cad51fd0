/** Names of a package that one file system would store as one file. */
export interface NameCollision {
  /** `identical`: the same name twice (a ZIP only); `case`: the same but for letter case; `unicode`: the same in Unicode NFC. */
  kind: 'identical' | 'case' | 'unicode';
  names: string[];
}

/**
 * The groups of names that collide: written twice, or equal once case-folded (Windows, macOS) or
 * NFC-normalized (macOS stores NFD): extracting the package there keeps one file of each group.
 *
 * @example
 * ```ts
 * nameCollisions(['a/x.pdf', 'a/X.pdf', 'a/x.pdf']);
 * // [{ kind: 'identical', names: ['a/x.pdf', 'a/x.pdf'] }, { kind: 'case', names: ['a/x.pdf', 'a/X.pdf'] }]
 * ```
 */
export function nameCollisions(names: readonly string[]): NameCollision[] {
  const collisions: NameCollision[] = [];
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count > 1) collisions.push({ kind: 'identical', names: Array(count).fill(name) });
  }
  const groups = new Map<string, Set<string>>();
  for (const name of counts.keys()) {
    const key = name.normalize('NFC').toLowerCase();
    groups.set(key, (groups.get(key) ?? new Set()).add(name));
  }
  for (const group of groups.values()) {
    if (group.size < 2) continue;
    const distinctNfc = new Set([...group].map((name) => name.normalize('NFC')));
    collisions.push({ kind: distinctNfc.size === 1 ? 'unicode' : 'case', names: [...group] });
  }
  return collisions;
}
