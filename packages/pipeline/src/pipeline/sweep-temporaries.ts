import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Names of the temporary files the writers of sohoa make beside their targets before renaming:
 * `writeFileAtomic` (`.<name>.<12 hex>.tmp`), `writePdfAFile` (`<name>.<pid>.partial`) and
 * `buildPackage` (`<name>.partial-<pid>`).
 */
const TEMPORARY = [/^\..+\.[0-9a-f]{12}\.tmp$/, /\.\d+\.partial$/, /\.partial-\d+$/];

/**
 * Whether a file name is one of the temporary names sohoa's writers use before renaming.
 *
 * @example
 * ```ts
 * isTemporaryName('.H49.1.pdf.0a1b2c3d4e5f.tmp'); // true
 * isTemporaryName('H49.1.pdf'); // false
 * ```
 */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY.some((pattern) => pattern.test(name));
}

/**
 * Removes the temporary files and folders a killed run left in the output folder (one level of
 * dossier folders deep), and returns how many it removed. Outputs under their final names are
 * always complete, since every writer renames only when done.
 *
 * @example
 * ```ts
 * const removed = await sweepTemporaries('out/batch'); // 0 after a clean run
 * ```
 */
export async function sweepTemporaries(out: string): Promise<number> {
  let removed = 0;
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(out, entry.name);
    if (isTemporaryName(entry.name)) {
      await rm(path, { recursive: true, force: true });
      removed++;
    } else if (entry.isDirectory()) {
      for (const inner of await readdir(path).catch(() => [])) {
        if (!isTemporaryName(inner)) continue;
        await rm(join(path, inner), { recursive: true, force: true });
        removed++;
      }
    }
  }
  return removed;
}
