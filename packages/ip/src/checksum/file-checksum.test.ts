import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { fileChecksum } from './file-checksum.js';

describe('fileChecksum', () => {
  it('gives the uppercase SHA-256 and the size of a real scan', async () => {
    const path = (SAMPLE_PAGES[0] as (typeof SAMPLE_PAGES)[number]).image;
    const bytes = await readFile(path);
    const checksum = await fileChecksum(path);
    expect(checksum).toEqual({
      algorithm: 'SHA-256',
      value: createHash('sha256').update(bytes).digest('hex').toUpperCase(),
      size: bytes.length,
    });
  });

  it('knows the digest of the empty file', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'sohoa-sum-')), 'empty');
    await writeFile(path, '');
    expect((await fileChecksum(path)).value).toBe(
      'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
    );
  });

  it('reports a missing file as INPUT_NOT_FOUND', async () => {
    const error = await fileChecksum('/nonexistent/file.pdf').catch((caught: unknown) => caught);
    expect(SohoaError.isInstance(error) && error.code).toBe('INPUT_NOT_FOUND');
  });
});
