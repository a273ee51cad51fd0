/**
 * A queue between producers that push values from concurrent tasks and one consumer that reads
 * them with `for await`; reading ends after {@link EventChannel.close}.
 *
 * @example
 * ```ts
 * const channel = new EventChannel<string>();
 * void work(channel).finally(() => channel.close());
 * for await (const event of channel) console.log(event);
 * ```
 */
export class EventChannel<T> implements AsyncIterable<T> {
  readonly #queue: T[] = [];
  #wake: (() => void) | undefined;
  #closed = false;

  /** Queues a value for the consumer. */
  push(value: T): void {
    this.#queue.push(value);
    this.#wake?.();
  }

  /** Ends reading once the queued values are read. */
  close(): void {
    this.#closed = true;
    this.#wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const value = this.#queue.shift();
      if (value !== undefined) {
        yield value;
        continue;
      }
      if (this.#closed) return;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
      this.#wake = undefined;
    }
  }
}
