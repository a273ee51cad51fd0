import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Storage } from '../storage/storage.js';

/** SHA-256 (hex) of a local file, streamed. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** SHA-256 (hex) of a storage object, or `undefined` when it does not exist. */
export async function sha256OfObject(storage: Storage, key: string): Promise<string | undefined> {
  if (!(await storage.exists(key))) return undefined;
  const local = storage.localPath?.(key);
  if (local) return sha256OfFile(local).catch(() => undefined);
  return createHash('sha256')
    .update(await storage.read(key))
    .digest('hex');
}
