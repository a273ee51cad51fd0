import type { Worker as ThreadWorker } from 'node:worker_threads';

/** The most of an engine thread's own output kept (its last characters), to explain a failure. */
const KEPT_CHARACTERS = 2048;

/**
 * Takes a worker thread's stdout and stderr off the process's own: Node pipes them to the
 * process's streams, so the lines tesseract prints itself (`Error opening data file
 * ./vie.traineddata` for a damaged model, before sohoa's `OCR_ENGINE_FAILED`) would mix with
 * sohoa's output. They are read and dropped; the last {@link KEPT_CHARACTERS} characters are kept,
 * to be quoted in the error of a start that fails. Call it as the thread is created (before it runs).
 *
 * @example
 * ```ts
 * process.once('worker', (thread) => {
 *   const output = captureThreadOutput(thread);
 *   thread.once('exit', () => console.log(output())); // 'Error opening data file ./vie.traineddata'
 * });
 * ```
 */
export function captureThreadOutput(thread: ThreadWorker): () => string {
  let kept = '';
  const keep = (chunk: Buffer | string) => {
    kept = (kept + chunk.toString()).slice(-KEPT_CHARACTERS);
  };
  for (const [stream, processStream] of [
    [thread.stdout, process.stdout],
    [thread.stderr, process.stderr],
  ] as const) {
    stream.unpipe(processStream);
    stream.on('data', keep);
    // Unpiped, the stream stopped flowing: a 'data' listener alone would not restart it.
    stream.resume();
  }
  return () => kept.trim();
}
