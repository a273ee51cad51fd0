import { Worker as ThreadWorker } from 'node:worker_threads';
import type { Worker } from 'tesseract.js';

/** A started tesseract.js worker and the thread it runs in. */
export interface StartedWorker {
  worker: Worker;
  /** Resolves with a description when the thread dies on its own (a crash, an out-of-memory abort). */
  died: Promise<string>;
  /** Stops the thread; `died` then never resolves. */
  stop(): Promise<void>;
}

/**
 * Watches a started tesseract.js worker's thread. tesseract.js keeps its worker_threads Worker on
 * the returned object, and a job whose thread dies never settles, so callers race their jobs
 * against `died`.
 */
export function watchWorker(worker: Worker): StartedWorker {
  let stopping = false;
  const thread = (worker as unknown as { worker?: unknown }).worker;
  const died = new Promise<string>((resolve) => {
    if (!(thread instanceof ThreadWorker)) return;
    thread.once('error', (error) => {
      if (!stopping) resolve(`the worker thread failed: ${describeCause(error)}`);
    });
    thread.once('exit', (code) => {
      if (!stopping) resolve(`the worker thread exited with code ${code}`);
    });
  });
  return {
    worker,
    died,
    async stop() {
      stopping = true;
      await worker.terminate();
    },
  };
}

/** The message of an error or anything thrown. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
