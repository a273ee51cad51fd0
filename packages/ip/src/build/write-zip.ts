import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { PackagePlan } from './plan-package.js';

/**
 * The ZIP timestamp of every entry: the package's creation time as Vietnam wall-clock time. ZIP
 * (DOS) times carry no zone and yazl reads them from a `Date` in the machine's zone, so the
 * `Date` is built from the Vietnam fields; with `forceDosTimestamp` (no UTC extra field) the
 * archive's bytes then do not depend on the machine's time zone.
 */
function zipTime(createdAt: Date): Date {
  const vietnam = new Date(createdAt.getTime() + 7 * 3_600_000);
  return new Date(
    vietnam.getUTCFullYear(),
    vietnam.getUTCMonth(),
    vietnam.getUTCDate(),
    vietnam.getUTCHours(),
    vietnam.getUTCMinutes(),
    vietnam.getUTCSeconds(),
  );
}

/**
 * Writes a planned package as a ZIP whose entries sit under `<folderName>/`, in plan order, with
 * fixed times and modes: the same plan gives the same bytes. XML is deflated; PDFs, images and
 * other media (already compressed) are stored. Data files are streamed from disk, so memory use
 * does not grow with the package. Written to a temporary name and renamed when complete.
 *
 * Every entry, in-memory XML included, is added as a lazy stream: yazl then compresses one entry
 * at a time as it writes it, with back-pressure. (`addBuffer` would start a zlib deflate for every
 * XML file at once: some 250 KB of native memory each, 0.6 GB for a 3,000-document package.)
 */
export async function writePackageZip(plan: PackagePlan, zipPath: string): Promise<string> {
  await mkdir(dirname(zipPath), { recursive: true });
  const partial = `${zipPath}.partial-${process.pid}`;
  const zip = new ZipFile();
  const mtime = zipTime(plan.createdAt);
  for (const file of plan.files) {
    const options = {
      mtime,
      mode: 0o100644,
      compress: file.mimeType.startsWith('text/'),
      forceDosTimestamp: true,
    };
    const name = `${plan.folderName}/${file.path}`;
    if (typeof file.source === 'string') zip.addFile(file.source, name, options);
    else {
      const bytes = file.source;
      zip.addReadStreamLazy(name, { ...options, size: bytes.length }, (callback) =>
        callback(null, Readable.from([bytes])),
      );
    }
  }
  zip.end();
  try {
    await pipeline(zip.outputStream, createWriteStream(partial));
    await rename(partial, zipPath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return zipPath;
}
