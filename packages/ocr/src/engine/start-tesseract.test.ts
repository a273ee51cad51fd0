import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { createWorker, OEM } from 'tesseract.js';
import { describe, expect, it } from 'vitest';
import { resolveLanguageData } from './language-data.js';
import { startTesseract } from './start-tesseract.js';
import { startWorker } from './start-worker.js';

describe('a tesseract.js worker that cannot start fails, it does not hang', () => {
  it('answers a model it cannot load with OCR_ENGINE_FAILED (tesseract.js alone would wait for ever)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-bad-model-'));
    try {
      await writeFile(
        join(folder, 'vie.traineddata.gz'),
        gzipSync(Buffer.from('not a tesseract model\n'.repeat(500))),
      );
      const started = Date.now();
      const error = await startWorker('vie', folder).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'OCR_ENGINE_FAILED' });
      expect((error as Error).message).toContain('could not start with the "vie" model');
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('fails when its thread dies while starting, and when it passes its time', async () => {
    const { folder } = await resolveLanguageData('vie');
    const dying = startTesseract((errorHandler) => {
      process.once('worker', (thread: ThreadWorker) => void thread.terminate());
      return createWorker('vie', OEM.LSTM_ONLY, {
        langPath: folder,
        gzip: true,
        cacheMethod: 'none',
        errorHandler,
      });
    });
    await expect(dying).rejects.toThrow(/the worker thread exited with code \d+ while starting/);
    await expect(startTesseract(() => new Promise(() => {}), 50)).rejects.toThrow(
      'it did not start within 0.05 s',
    );
  });
});
