import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../bench/seeded-random.js';
import { mutateStacked } from '../../../../fixtures/fuzz-mutate.js';
import { type PackageEntries, sampleAipEntries, zipEntries } from '../__fixtures__/package-entries.js';
import { validatePackage } from './validate-package.js';

/** Cases per run: each seeded by its number, so a failing case rebuilds the same input. */
const CASES = 40;

let directory: string;
let aip: PackageEntries;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sohoa-package-fuzz-'));
  aip = await sampleAipEntries();
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('validatePackage under a seeded fuzz of a real AIP', () => {
  it('answers every damaged package (the ZIP itself, or one XML file inside) with a report or a coded error', async () => {
    const path = join(directory, 'case.zip');
    const intact = await zipEntries(aip);
    await writeFile(path, intact);
    expect((await validatePackage(path)).valid).toBe(true);
    const xml = [...aip.entries.keys()].filter((name) => name.endsWith('.xml'));
    const outcomes: Record<string, number> = {};
    const uncoded: string[] = [];
    for (let number = 1; number <= CASES; number++) {
      const random = seededRandom(number * 7919);
      // Odd cases damage the ZIP's bytes; even ones one XML file (METS, EAD, PREMIS…) inside an intact ZIP.
      let bytes: Uint8Array;
      if (number % 2 === 1) bytes = mutateStacked(intact, random).bytes;
      else {
        const name = xml[Math.floor(random() * xml.length)] as string;
        bytes = await zipEntries(
          aip,
          new Map([[name, mutateStacked(aip.entries.get(name) as Buffer, random).bytes]]),
        );
      }
      await writeFile(path, bytes);
      try {
        const outcome = (await validatePackage(path)).valid ? 'valid' : 'invalid';
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      } catch (error) {
        if (SohoaError.isInstance(error)) outcomes[error.code] = (outcomes[error.code] ?? 0) + 1;
        else uncoded.push(`case ${number}: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
    expect(uncoded).toEqual([]);
    // The fuzz reached the validator's rules, not only the ZIP reader: damaged XML gives findings.
    expect(outcomes.invalid ?? 0, JSON.stringify(outcomes)).toBeGreaterThan(CASES / 4);
  }, 60_000);
});
