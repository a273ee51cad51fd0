import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SohoaError } from '@sohoa/base';
import { writeFileAtomic } from '@sohoa/core';
import type { Storage } from './storage.js';

/** The marker in the names of temporary files, which {@link FileSystemStorage.list} skips. */
const TEMPORARY = '.sohoa-part-';

/**
 * A {@link Storage} on a file system every worker mounts at the same path (an NFS or SMB share
 * in a deployment, a local folder on one machine). Writes go to a temporary file in the target's
 * folder, which is then renamed over the target: rename is atomic on POSIX file systems and on
 * NFS, so two workers writing the same output leave one complete file.
 *
 * @example
 * ```ts
 * import { FileSystemStorage } from '@sohoa/queue';
 *
 * const out = new FileSystemStorage('/mnt/sohoa/out');
 * await out.putFile('000.00.00.H00.2025.01/000.00.00.H00.2025.01.1.pdf', '/tmp/scratch/doc.pdf');
 * ```
 */
export class FileSystemStorage implements Storage {
  /** The folder every key is relative to (absolute). */
  readonly root: string;
  readonly url: string;

  /** @param root The folder every key is relative to; created on the first write. */
  constructor(root: string) {
    this.root = resolve(root);
    this.url = pathToFileURL(this.root).href;
  }

  /** The path of a key; a key that would leave the root is refused. */
  localPath(key: string): string {
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (isAbsolute(key) || inside.startsWith('..') || isAbsolute(inside)) {
      throw new SohoaError({
        code: 'STORAGE_KEY_INVALID',
        message: {
          vi: `Khóa lưu trữ "${key}" nằm ngoài nơi lưu trữ ${this.url}.`,
          en: `The storage key "${key}" is outside the storage ${this.url}.`,
        },
        fix: {
          vi: 'Dùng khóa tương đối so với thư mục gốc của nơi lưu trữ, không có "..".',
          en: 'Use keys relative to the storage root, without "..".',
        },
        details: { key, root: this.root },
      });
    }
    return path;
  }

  async read(key: string): Promise<Uint8Array> {
    const path = this.localPath(key);
    try {
      return new Uint8Array(await readFile(path));
    } catch (error) {
      throw notFound(key, path, error);
    }
  }

  async write(key: string, data: Uint8Array): Promise<void> {
    const path = this.localPath(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, data);
  }

  async putFile(key: string, file: string): Promise<void> {
    const path = this.localPath(key);
    if (resolve(file) === path) return;
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `${TEMPORARY}${randomBytes(6).toString('hex')}`);
    try {
      await copyFile(file, temporary);
      // On disk before it gets its name: a machine lost after the rename leaves a whole file.
      const handle = await open(temporary, 'r+');
      await handle.sync().finally(() => handle.close());
      await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async getFile(key: string, file: string): Promise<void> {
    const path = this.localPath(key);
    try {
      await copyFile(path, file);
    } catch (error) {
      throw notFound(key, path, error);
    }
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.localPath(key)).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  async list(prefix: string): Promise<string[]> {
    const base = prefix.endsWith('/') || prefix === '' ? prefix : `${dirname(prefix)}/`;
    const folder = this.localPath(base === './' ? '' : base);
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries
      .filter((entry) => entry.isFile() && !entry.name.includes(TEMPORARY) && !entry.name.endsWith('.tmp'))
      .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((key) => key.startsWith(prefix))
      .sort();
  }
}

function notFound(key: string, path: string, cause: unknown): SohoaError {
  return new SohoaError({
    code: 'INPUT_NOT_FOUND',
    message: {
      vi: `Không đọc được đối tượng lưu trữ "${key}" (${path}).`,
      en: `The storage object "${key}" (${path}) cannot be read.`,
    },
    fix: {
      vi: 'Kiểm tra nơi lưu trữ dùng chung đã được gắn ở cùng đường dẫn trên máy này chưa.',
      en: 'Check that the shared storage is mounted at the same path on this machine.',
    },
    details: { key, path },
    cause,
  });
}
