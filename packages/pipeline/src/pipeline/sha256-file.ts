import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The SHA-256 of a file, lowercase hexadecimal, streamed; `undefined` when the file is missing or
 * unreadable.
 *
 * @example
 * ```ts
 * await sha256File('out/H49.64.33.2001.160/H49.64.33.2001.160.1.pdf'); // 'a3f1…'
 * ```
 */
export async function sha256File(path: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}
