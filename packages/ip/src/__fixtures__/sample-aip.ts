/**
 * Test helper: the sample AIP of a dossier (two documents and one documentation file) built once
 * per test file, and a fresh copy of it for each case to break in exactly one way (with `edit` and
 * `rewrite` of `rewrite-package.ts`).
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { buildPackage } from '../build/build-package.js';
import { FILE_CODE, PACKAGE_UUID, samplePackageInput } from './sample-package.js';

/** The folder the sample AIP is built in: its OBJID with `:` written `_`. */
export const SAMPLE_AIP_FOLDER = `urn_uuid_${PACKAGE_UUID}`;
/** The METS of the AIP's one representation. */
export const REP_METS = 'representations/rep1/METS.xml';
/** The first document's PDF. */
export const DOC1 = `representations/rep1/data/${FILE_CODE}.1.pdf`;
/** The EAD of the first document. */
export const EAD_DOC1 = `representations/rep1/metadata/descriptive/EAD_doc_${FILE_CODE}.1.xml`;
/** The EAD of the second document. */
export const EAD_DOC2 = `representations/rep1/metadata/descriptive/EAD_doc_${FILE_CODE}.2.xml`;

/** One way of breaking a copy of the package, given the copy's folder. */
export type Break = (folder: string) => Promise<void>;

/** The sample AIP of a test file: the pristine build and fresh copies of it. */
export interface SampleAip {
  /** The pristine package's folder (available once the file's `beforeAll` hooks have run). */
  path(): string;
  /** A fresh copy of the pristine package, in a new temporary folder under its own name. */
  copy(): Promise<string>;
}

/**
 * Builds the sample AIP once for the calling test file (in a `beforeAll` hook) and hands out
 * copies of it.
 *
 * @example
 * ```ts
 * const sample = sampleAip();
 *
 * it('reports a missing OBJID', async () => {
 *   const folder = await sample.copy();
 *   await edit(folder, 'METS.xml', (t) => t.replace(/ OBJID="[^"]+"/, ''));
 *   expect((await validatePackage(folder)).valid).toBe(false);
 * });
 * ```
 */
export function sampleAip(): SampleAip {
  let pristine: string | undefined;
  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-pristine-'));
    const input = await samplePackageInput('AIP_hoso', 2);
    const documentation = [
      { file: new TextEncoder().encode('Biên bản giao nhận\n'), fileName: 'bien-ban.txt' },
    ];
    pristine = (await buildPackage({ ...input, documentation }, { format: 'folder', destination: folder }))
      .path;
  });
  const path = (): string => {
    if (pristine === undefined) throw new Error('the sample AIP is built in beforeAll: use it in a test');
    return pristine;
  };
  return {
    path,
    async copy() {
      const folder = join(await mkdtemp(join(tmpdir(), 'sohoa-ip-case-')), SAMPLE_AIP_FOLDER);
      await cp(path(), folder, { recursive: true });
      return folder;
    },
  };
}
