/**
 * A real package as its files in memory, to damage one file and zip it again: what the seeded
 * fuzz test of `validatePackage` and the fuzz pass (`npm run fuzz -w @sohoa/cli`) feed it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ZipFile } from 'yazl';
import { buildPackage } from '../build/build-package.js';
import { samplePackageInput } from './sample-package.js';

/** A package's files by path inside its root folder, and that folder's name. */
export interface PackageEntries {
  root: string;
  entries: Map<string, Buffer>;
}

/** The files of the AIP_hoso of {@link samplePackageInput} (2 documents), built by `buildPackage`. */
export async function sampleAipEntries(): Promise<PackageEntries> {
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-aip-entries-'));
  try {
    const built = await buildPackage(await samplePackageInput('AIP_hoso', 2), {
      format: 'folder',
      destination: join(folder, 'seed'),
    });
    const entries = new Map<string, Buffer>();
    const walk = async (at: string): Promise<void> => {
      for (const item of await readdir(at, { withFileTypes: true })) {
        const path = join(at, item.name);
        if (item.isDirectory()) await walk(path);
        else entries.set(relative(built.path, path), await readFile(path));
      }
    };
    await walk(built.path);
    return { root: built.path.split('/').pop() as string, entries };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A ZIP (entries stored) of the package with the `changed` files replaced. */
export async function zipEntries(
  { root, entries }: PackageEntries,
  changed: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [path, bytes] of entries) {
    zip.addBuffer(Buffer.from(changed.get(path) ?? bytes), `${root}/${path}`, { compress: false });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
