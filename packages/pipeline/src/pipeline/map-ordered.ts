/**
 * Maps items with up to `ahead` calls of `map` running at once and yields the results in the
 * items' order, so a consumer (a PDF writer) gets page 1 first while later pages are already
 * being read, and no more than `ahead` results wait in memory. The first failure is thrown in
 * order; results of calls still running then are dropped.
 *
 * @example
 * ```ts
 * for await (const page of mapOrdered(files, 2, (file) => readPage(file))) writer.add(page);
 * ```
 */
export async function* mapOrdered<T, R>(
  items: readonly T[],
  ahead: number,
  map: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const running: Array<Promise<R>> = [];
  let next = 0;
  const start = () => {
    const index = next++;
    const promise = map(items[index] as T, index);
    // Failures are thrown when their turn comes; this keeps an early one from going unhandled.
    promise.catch(() => undefined);
    running.push(promise);
  };
  while (next < items.length && running.length < Math.max(1, ahead)) start();
  while (running.length > 0) {
    const result = await (running.shift() as Promise<R>);
    if (next < items.length) start();
    yield result;
  }
}
