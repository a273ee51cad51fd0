import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixityCache } from './fixity-cache.js';
import { openFolderSource } from './folder-source.js';
import { DEFAULT_LIMITS } from './package-source.js';

describe('FixityCache', () => {
  it('streams each file through SHA-256 once, whatever the number of references to it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-fixity-'));
    await writeFile(join(folder, 'METS.xml'), '<mets/>');
    await writeFile(join(folder, 'a.txt'), 'abc');
    const source = await openFolderSource(folder, DEFAULT_LIMITS);
    const reads: string[] = [];
    const cache = new FixityCache({
      ...source,
      checksum: (path) => {
        reads.push(path);
        return source.checksum(path);
      },
    });
    const first = await cache.of('a.txt');
    expect(await cache.of('a.txt')).toBe(first);
    await cache.of('METS.xml');
    expect(first).toEqual({
      checksum: 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD',
      size: 3,
    });
    expect(reads).toEqual(['a.txt', 'METS.xml']);
  });
});
