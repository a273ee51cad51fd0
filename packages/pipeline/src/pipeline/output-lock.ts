import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';

/** The lock file's name in the output folder. */
export const LOCK_FILE = 'sohoa.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Whether a process of this machine is alive (signal 0 tests it without touching it). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lock of an output folder (`sohoa.lock`, holding the owner's process id and host): one
 * `sohoa digitize` at a time writes into a folder, so two runs never do the same work twice or
 * interleave their journal. A lock left by a process that is gone (killed, crashed) on this
 * machine is taken over; one held by a live process, or by another host (a shared mount), is
 * refused with `OUTPUT_LOCKED`.
 *
 * @example
 * ```ts
 * const lock = await OutputLock.take('out/batch');
 * try {
 *   // … write into out/batch …
 * } finally {
 *   await lock.release();
 * }
 * ```
 */
export class OutputLock {
  readonly #path: string;

  private constructor(path: string) {
    this.#path = path;
  }

  /**
   * Takes the lock of an existing output folder.
   *
   * @throws {@link @sohoa/core!SohoaError | SohoaError} `OUTPUT_LOCKED` when another live process holds it.
   */
  static async take(out: string): Promise<OutputLock> {
    const path = join(out, LOCK_FILE);
    const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const handle = await open(path, 'wx');
        await handle.writeFile(`${JSON.stringify(me)}\n`);
        await handle.close();
        return new OutputLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = await readOwner(path);
      if (owner && (owner.host !== me.host || isAlive(owner.pid))) {
        throw new SohoaError({
          code: 'OUTPUT_LOCKED',
          message: {
            vi: `Thư mục đầu ra "${out}" đang được một tiến trình sohoa khác sử dụng (tiến trình ${owner.pid} trên máy ${owner.host}, từ ${owner.since}).`,
            en: `The output folder "${out}" is in use by another sohoa process (process ${owner.pid} on ${owner.host}, since ${owner.since}).`,
          },
          fix: {
            vi: `Chờ lượt chạy đó kết thúc, hoặc cho --out khác. Nếu không còn sohoa nào chạy ở đó, hãy xóa "${path}".`,
            en: `Wait for that run to finish, or give another --out. If no sohoa runs there any more, delete "${path}".`,
          },
          details: { path, pid: owner.pid, host: owner.host },
        });
      }
      // The owner is gone: the lock is stale.
      await rm(path, { force: true });
    }
    throw new SohoaError({
      code: 'OUTPUT_LOCKED',
      message: {
        vi: `Thư mục đầu ra "${out}" bị khóa lại trong khi khóa cũ đang được thay thế.`,
        en: `The output folder "${out}" was locked again while a stale lock was being replaced.`,
      },
      fix: {
        vi: 'Một tiến trình sohoa khác bắt đầu trong cùng thư mục vào cùng thời điểm: mỗi lần chỉ chạy một tiến trình.',
        en: 'Another sohoa process started in the same folder at the same moment: run one at a time.',
      },
      details: { path },
    });
  }

  /** Releases the lock. */
  async release(): Promise<void> {
    await rm(this.#path, { force: true });
  }
}
