/**
 * Counts free slots for work (pages being read, dossiers in progress): {@link Semaphore.acquire}
 * waits for a slot and returns the function that frees it.
 *
 * @example
 * ```ts
 * const pages = new Semaphore(2);
 * const release = await pages.acquire();
 * try {
 *   await readPage();
 * } finally {
 *   release();
 * }
 * ```
 */
export class Semaphore {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  /** @param slots How many holders at once (at least 1). */
  constructor(slots: number) {
    this.#free = Math.max(1, slots);
  }

  /** Waits for a free slot; the function returned frees it (calling it twice frees it once). */
  async acquire(): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }

  /** Runs `task` in a slot. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  }
}
