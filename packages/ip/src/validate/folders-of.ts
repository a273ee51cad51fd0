/**
 * Every folder that `paths` (relative, `/`-separated; folder entries end in `/`) imply, each with a
 * trailing `/`.
 *
 * @example
 * ```ts
 * foldersOf(['a/b/c.txt', 'd/']); // Set { 'a/', 'a/b/', 'd/' }
 * ```
 */
export function foldersOf(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    let slash = path.indexOf('/');
    while (slash > 0) {
      folders.add(path.slice(0, slash + 1));
      slash = path.indexOf('/', slash + 1);
    }
  }
  return folders;
}
