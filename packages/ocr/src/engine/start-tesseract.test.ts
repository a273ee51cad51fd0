import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { createWorker, OEM } from 'tesseract.js';
import { describe, expect, it, vi } from 'vitest';
import { resolveLanguageData } from './language-data.js';
import { startTesseract } from './start-tesseract.js';
import { startWorker } from './start-worker.js';

describe('a tesseract.js worker that cannot start fails, it does not hang', () => {
  it('answers a model it cannot load with OCR_ENGINE_FAILED (tesseract.js alone would wait for ever), printing nothing itself', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-bad-model-'));
    try {
      await writeFile(
        join(folder, 'vie.traineddata.gz'),
        gzipSync(Buffer.from('not a tesseract model\n'.repeat(500))),
      );
      // What reaches this process's stdout and stderr while the engine fails to start.
      const printed: string[] = [];
      const spies = [process.stdout, process.stderr].map((stream) =>
        vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
          printed.push(Buffer.from(chunk).toString());
          return true;
        }),
      );
      const started = Date.now();
      const error = await startWorker('vie', folder)
        .catch((caught: unknown) => caught)
        .finally(() => {
          for (const spy of spies) spy.mockRestore();
        });
      expect(error).toMatchObject({ code: 'OCR_ENGINE_FAILED' });
      expect((error as Error).message).toContain('could not start with the "vie" model');
      expect(Date.now() - started).toBeLessThan(20_000);
      // tesseract's own line is quoted in sohoa's error, not printed beside it.
      expect((error as Error).message).toContain('the engine printed: Error opening data file');
      expect(printed.join('')).not.toContain('Error opening data file');
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
