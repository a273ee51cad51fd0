import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PackagePlan } from './plan-package.js';

/**
 * Writes a planned package as a folder `<parent>/<folderName>/`: first into a sibling
 * `.partial` folder, renamed when complete, so a failed build never leaves a half package under
 * the final name. Data files are copied by the file system, not read into memory.
 */
export async function writePackageFolder(plan: PackagePlan, parent: string): Promise<string> {
  const target = join(parent, plan.folderName);
  const partial = `${target}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  try {
    for (const file of plan.files) {
      const path = join(partial, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      if (typeof file.source === 'string') await copyFile(file.source, path);
      else await writeFile(path, file.source);
    }
    await rm(target, { recursive: true, force: true });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  return target;
}
