/**
 * Where a batch's scans are read and its outputs written, as seen by every worker machine.
 * Keys are `/`-separated paths relative to the storage's root. The pipeline never sees a
 * storage: workers stage a job's inputs into a local scratch folder (or use them in place when
 * {@link Storage.localPath} gives a path), run the pipeline there and publish the outputs with
 * {@link Storage.putFile}. So an S3-compatible store is one more implementation of this
 * interface, without touching the pipeline.
 *
 * Every implementation must make {@link Storage.putFile} and {@link Storage.write} atomic (a
 * reader sees the old object, no object, or the whole new one) and idempotent (writing the same
 * bytes twice, even concurrently from two machines, leaves one complete object).
 *
 * @example
 * ```ts
 * import { FileSystemStorage, type Storage } from '@sohoa/queue';
 *
 * const storage: Storage = new FileSystemStorage('/mnt/sohoa/out');
 * await storage.write('H49.64.33.2001.160/notes.txt', new TextEncoder().encode('xin chào'));
 * console.log(await storage.list('H49.64.33.2001.160/')); // ['H49.64.33.2001.160/notes.txt']
 * ```
 */
export interface Storage {
  /** The storage's URL (`file:///mnt/sohoa/out`), as workers open it with `openStorage`. */
  readonly url: string;
  /** Reads an object whole. @throws `SohoaError` `INPUT_NOT_FOUND` when it does not exist. */
  read(key: string): Promise<Uint8Array>;
  /** Writes an object atomically (temporary object, then rename or commit). */
  write(key: string, data: Uint8Array): Promise<void>;
  /** Copies a local file to an object atomically, without holding it in memory. */
  putFile(key: string, file: string): Promise<void>;
  /** Copies an object to a local file (for pipelines that read files). */
  getFile(key: string, file: string): Promise<void>;
  /** Whether the object exists. */
  exists(key: string): Promise<boolean>;
  /** The keys under a prefix (`'dossier/'`), sorted; temporary objects are not listed. */
  list(prefix: string): Promise<string[]>;
  /**
   * The object's path on a mounted file system, when the storage is one (then workers read
   * inputs in place instead of copying them); `undefined` for object stores.
   */
  localPath?(key: string): string | undefined;
}
