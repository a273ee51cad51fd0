import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { readInputFile } from './read-input-file.js';

describe('readInputFile', () => {
  it('reads a file, and names a missing or unreadable one with its own code', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-read-'));
    await writeFile(join(folder, 'a.txt'), 'nội dung');
    expect((await readInputFile(join(folder, 'a.txt'))).toString('utf8')).toBe('nội dung');
    const missing = await readInputFile(join(folder, 'b.p12'), 'the PKCS#12 key').catch(
      (error: unknown) => error,
    );
    expect(SohoaError.isInstance(missing) && missing.code).toBe('INPUT_NOT_FOUND');
    expect((missing as SohoaError).message).toMatch(/^The PKCS#12 key ".*b\.p12" does not exist\./);
    const folderError = await readInputFile(folder).catch((error: unknown) => error);
    expect(SohoaError.isInstance(folderError) && folderError.code).toBe('INPUT_UNREADABLE');
  });
});
