import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('writes the whole file, creating folders, and leaves no temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-atomic-'));
    const target = join(folder, 'a', 'b', 'out.json');
    await writeFileAtomic(target, '{"ok":true}');
    await writeFileAtomic(target, '{"ok":"again"}');
    expect(await readFile(target, 'utf8')).toBe('{"ok":"again"}');
    expect(await readdir(join(folder, 'a', 'b'))).toEqual(['out.json']);
  });

  it('fails with OUTPUT_WRITE_FAILED and leaves nothing behind', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-atomic-'));
    // The target is an existing folder: the rename over it fails after the data was written.
    await mkdir(join(folder, 'taken'));
    const error = await writeFileAtomic(join(folder, 'taken'), 'data').catch((caught: unknown) => caught);
    expect(SohoaError.isInstance(error) && error.code).toBe('OUTPUT_WRITE_FAILED');
    expect(await readdir(folder)).toEqual(['taken']);
  });
});
