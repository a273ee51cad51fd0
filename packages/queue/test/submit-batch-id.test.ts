import { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { submitBatch } from '../src/index.js';

describe('submitBatch batch id', () => {
  it('refuses an unusable batch id with its own code before reaching Redis', async () => {
    const refusal = await submitBatch({
      // Nothing listens on port 9: the id must be refused before any connection is tried.
      redis: 'redis://127.0.0.1:9',
      inputs: ['.'],
      out: '.',
      batchId: 'lô 1/2',
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SohoaError);
    expect((refusal as SohoaError).code).toBe('QUEUE_BATCH_ID_INVALID');
    expect((refusal as SohoaError).message).toContain('lô 1/2');
  });
});
