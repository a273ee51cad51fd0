import type { Worker as ThreadWorker } from 'node:worker_threads';
import type { Worker } from 'tesseract.js';
import { captureThreadOutput } from './thread-output.js';

/** The longest a tesseract.js worker may take to start (its core and model loaded) before it is given up. */
export const WORKER_START_TIMEOUT_MS = 120_000;

/** The start in progress: starts are made one at a time, so that each knows the thread it created. */
let previousStart: Promise<void> = Promise.resolve();

/**
 * Starts a tesseract.js worker through `create` (which calls `createWorker`, passing it the
 * `errorHandler` it is given, and may set parameters) so that a start that fails cannot hang.
 * tesseract.js 7 leaves `createWorker` pending for ever when loading the model or initialising the
 * engine fails (a damaged model: the failure only reaches `errorHandler`, and its message handler
 * then throws an uncaught TypeError) and when the thread dies while starting (it sets `onerror`,
 * which Node's worker threads never call). Here the thread the start creates is taken from
 * `process`'s `'worker'` event, and the start fails as soon as `errorHandler` is called, the thread
 * exits or fails, or `timeoutMs` passes; the thread's messages are then ignored and it is terminated.
 * The thread's own output (what tesseract prints, such as `Error opening data file …`) never
 * reaches the process's stdout or stderr (see `captureThreadOutput`): a failed start quotes it in
 * its error instead.
 *
 * @example
 * ```ts
 * const worker = await startTesseract((errorHandler) =>
 *   createWorker('vie', OEM.LSTM_ONLY, { langPath: folder, gzip: true, errorHandler }),
 * );
 * ```
 */
export async function startTesseract(
  create: (errorHandler: (error: unknown) => void) => Promise<Worker>,
  timeoutMs = WORKER_START_TIMEOUT_MS,
): Promise<Worker> {
  const previous = previousStart;
  let release = () => {};
  previousStart = new Promise<void>((resolve) => {
    release = resolve;
  });
  await previous;
  let thread: ThreadWorker | undefined;
  let output = () => '';
  let fail: (cause: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Failures after the start (a job's errorHandler call, the thread's exit) are watched elsewhere.
  failed.catch(() => undefined);
  const onExit = (code: number) =>
    fail(new Error(`the worker thread exited with code ${code} while starting`));
  const onError = (error: Error) => fail(error);
  const onThread = (created: ThreadWorker) => {
    thread = created;
    output = captureThreadOutput(created);
    created.once('exit', onExit);
    created.once('error', onError);
  };
  process.once('worker', onThread);
  const timer = setTimeout(() => fail(new Error(`it did not start within ${timeoutMs / 1000} s`)), timeoutMs);
  let starting = true;
  const creating = create((error) => {
    if (!starting) return;
    // After a failed initialisation tesseract.js's message handler throws on a later message (an
    // uncaught TypeError in this thread, seen with a damaged model): stop listening now.
    thread?.removeAllListeners('message');
    fail(error);
  });
  try {
    return await Promise.race([creating, failed]);
  } catch (cause) {
    thread?.removeAllListeners('message');
    // A start that completes after all is stopped at once; the thread now.
    creating.then(
      (late) => late.terminate(),
      () => undefined,
    );
    await thread?.terminate();
    // The thread's output is all in once it has exited. Its advice to set TESSDATA_PREFIX does not
    // apply (sohoa gives the model's folder itself).
    const printed = output()
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.includes('TESSDATA_PREFIX'))
      .join(' / ');
    if (!printed) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`${reason} (the engine printed: ${printed})`, { cause });
  } finally {
    starting = false;
    clearTimeout(timer);
    process.removeListener('worker', onThread);
    thread?.off('exit', onExit);
    thread?.off('error', onError);
    release();
  }
}
