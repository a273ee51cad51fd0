import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { CSIP_OBJID, writeCsipPackage } from '../__fixtures__/csip-package.js';
import { edit } from '../__fixtures__/rewrite-package.js';

const MIB = 1024 * 1024;
let directory: string;
let script: string;
/** A small valid CSIP package. */
let pristine: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sohoa-mets-memory-'));
  script = join(directory, 'validate.mts');
  pristine = await writeCsipPackage(join(directory, 'small'));
  const validator = fileURLToPath(new URL('./validate-package.ts', import.meta.url));
  const resident = fileURLToPath(new URL('../../../../fixtures/resident-memory.ts', import.meta.url));
  // Validates each path given and prints its outcome and the process's peak RSS so far.
  await writeFile(
    script,
    `import { validatePackage } from ${JSON.stringify(validator)};
     import { residentMiB } from ${JSON.stringify(resident)};
     for (const path of process.argv.slice(2)) {
       let outcome;
       try { outcome = (await validatePackage(path, { profile: 'csip' })).valid ? 'valid' : 'invalid'; }
       catch (error) { outcome = error.code ?? String(error); }
       console.log(JSON.stringify({ path, outcome, maxRssMiB: Math.round(residentMiB()) }));
     }`,
  );
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** Runs the validation of `paths` in a child process: each outcome with the peak RSS after it. */
function validateInChild(paths: string[]): { path: string; outcome: string; maxRssMiB: number }[] {
  const child = spawnSync(
    process.execPath,
    ['--conditions=@sohoa/source', '--import', 'tsx', script, ...paths],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  expect(child.stderr).toBe('');
  return child.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

/** A METS of exactly `size` bytes made on demand (1 MiB at a time): its header, then padding lines. */
function lazyMets(size: number): Readable {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<mets xmlns="http://www.loc.gov/METS/" OBJID="big">\n<metsHdr>\n';
  const tail = '</metsHdr>\n</mets>\n';
  const line = '    <!-- a hostile METS: one of millions of lines -->\n';
  return Readable.from(
    (function* () {
      yield Buffer.from(head);
      let left = size - head.length - tail.length;
      const block = Buffer.from(line.repeat(Math.floor(MIB / line.length)));
      while (left > 0) {
        const part = left >= block.length ? block : Buffer.from(`${' '.repeat(left - 1)}\n`);
        left -= part.length;
        yield part;
      }
      yield Buffer.from(tail);
    })(),
  );
}

describe('validatePackage on a 200 MB METS, in a child process', () => {
  it('refuses it before reading it (PACKAGE_LIMIT_EXCEEDED), stored in a ZIP or in a folder, within a few MiB of the process', async () => {
    const size = 200 * 1000 * 1000;
    const zipPath = join(directory, 'big.zip');
    const zip = new ZipFile();
    zip.addReadStream(lazyMets(size), 'big/METS.xml', { compress: false, size });
    zip.addBuffer(Buffer.from('data'), 'big/representations/rep1/data/a.txt');
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(zipPath));
    // In a folder, the same size without writing it (a sparse file): it is refused by its size alone.
    const folder = join(directory, 'big');
    await mkdir(folder);
    await writeFile(join(folder, 'METS.xml'), '');
    await truncate(join(folder, 'METS.xml'), size);
    // The small valid package first: the process's own peak (tsx, libxml2, the schemas) before the big ones.
    const [start, ...big] = validateInChild([pristine, zipPath, folder]);
    expect(start?.outcome).toBe('valid');
    expect(big.map((result) => result.outcome)).toEqual(['PACKAGE_LIMIT_EXCEEDED', 'PACKAGE_LIMIT_EXCEEDED']);
    // Parsed, it had taken the process to 1.9 GB; refused, it stays within a few MiB of its start.
    expect(Math.max(...big.map((result) => result.maxRssMiB)) - (start?.maxRssMiB ?? 0)).toBeLessThan(32);
  }, 120_000);

  it('parses a METS under the limit with memory proportional to its size (16 MiB: under 10 times its size above the start)', async () => {
    const padded = join(directory, 'padded', CSIP_OBJID);
    await mkdir(join(directory, 'padded'));
    await cp(pristine, padded, { recursive: true });
    const line = '    <!-- padding of a large but legitimate METS -->\n';
    await edit(padded, 'METS.xml', (text) =>
      text.replace('</metsHdr>', `${line.repeat(Math.ceil((16 * MIB) / line.length))}  </metsHdr>`),
    );
    const [small, large] = validateInChild([pristine, padded]);
    expect(small?.outcome).toBe('valid');
    expect(large?.outcome).toBe('valid');
    expect((large?.maxRssMiB ?? 0) - (small?.maxRssMiB ?? 0)).toBeLessThan(16 * 10);
  }, 120_000);
});
