import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import type { IpErrorCode } from '../errors/ip-error-codes.js';
import { checkFileSize, limitError } from './limit-error.js';
import { nameCollisions } from './name-collisions.js';
import type { PackageLimits, PackageSource } from './package-source.js';

/** Whether `folder` looks like a package root: a METS file (in any letter case) at its top. */
async function hasRootMets(folder: string): Promise<boolean> {
  const children = await readdir(folder, { withFileTypes: true }).catch(() => []);
  return children.some((child) => child.isFile() && child.name.toLowerCase() === 'mets.xml');
}

/**
 * Opens a package folder: the folder itself when it holds `METS.xml`, or its only subfolder when
 * that one does (a ZIP unpacked with its top folder). Symbolic links are refused: they could point
 * outside the package.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PACKAGE_UNSAFE_PATH` for a symbolic link, `PACKAGE_LIMIT_EXCEEDED`
 * past `maxEntries` or `maxTotalBytes`.
 */
export async function openFolderSource(
  folder: string,
  limits: Required<PackageLimits>,
): Promise<PackageSource> {
  let root = folder;
  if (!(await hasRootMets(folder))) {
    const children = await readdir(folder, { withFileTypes: true });
    const only = children.length === 1 ? children[0] : undefined;
    if (only?.isDirectory() && (await hasRootMets(join(folder, only.name)))) root = join(folder, only.name);
  }
  const files = new Map<string, number>();
  const folders = new Set<string>();
  let total = 0;
  const walk = async (directory: string, prefix: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = `${prefix}${entry.name}`;
      const full = join(directory, entry.name);
      if (entry.isSymbolicLink()) {
        throw new SohoaError<IpErrorCode>({
          code: 'PACKAGE_UNSAFE_PATH',
          message: {
            vi: `[@sohoa/ip] validatePackage: "${relative}" là liên kết tượng trưng.`,
            en: `[@sohoa/ip] validatePackage: "${relative}" is a symbolic link.`,
          },
          fix: { vi: 'Thay các liên kết bằng chính các tệp.', en: 'Replace links by the files themselves.' },
          details: { path: relative },
        });
      }
      if (entry.isDirectory()) {
        folders.add(`${relative}/`);
        await walk(full, `${relative}/`);
      } else if (entry.isFile()) {
        const size = (await lstat(full)).size;
        total += size;
        files.set(relative, size);
        if (files.size > limits.maxEntries)
          throw limitError({ vi: 'số tệp', en: 'the number of files' }, limits.maxEntries, 'maxEntries');
        if (total > limits.maxTotalBytes)
          throw limitError(
            { vi: 'tổng dung lượng', en: 'the total size' },
            limits.maxTotalBytes,
            'maxTotalBytes',
          );
      }
    }
  };
  await walk(root, '');
  const location = (path: string) => join(root, ...path.split('/'));
  return {
    kind: 'folder',
    files,
    folders,
    collisions: nameCollisions([...files.keys(), ...folders]),
    rootName: basename(root),
    async read(path, limit) {
      checkFileSize(path, files.get(path) ?? 0, limits, limit);
      const bytes = await readFile(location(path));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async pdf(path) {
      return location(path);
    },
    async checksum(path, algorithm = 'sha256') {
      const hash = createHash(algorithm);
      let size = 0;
      for await (const chunk of createReadStream(location(path))) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      return { checksum: hash.digest('hex').toUpperCase(), size };
    },
    async close() {},
  };
}
