/**
 * The 8-connected components of a binary mask, found run by run (a run is a horizontal stretch
 * of set pixels). Holding runs rather than a label per pixel keeps this fast and small on
 * 300 dpi pages, where ink covers a few percent of the pixels.
 *
 * @internal
 */
export interface ComponentRuns {
  /** Row of each run. */
  runRow: Int32Array;
  /** First column of each run. */
  runStart: Int32Array;
  /** One past the last column of each run. */
  runEnd: Int32Array;
  /** Component index (0-based, dense) of each run. */
  runComponent: Int32Array;
  /** Number of runs. */
  runCount: number;
  /** Number of components. */
  componentCount: number;
  /** Pixel count of each component. */
  area: Int32Array;
  /** Bounding box of each component: left, top, right (exclusive), bottom (exclusive). */
  left: Int32Array;
  top: Int32Array;
  right: Int32Array;
  bottom: Int32Array;
}

/**
 * Labels the 8-connected components of `mask` (bytes of 1 are set, 0 unset).
 *
 * @internal
 */
export function findConnectedComponents(mask: Uint8Array, width: number, height: number): ComponentRuns {
  let capacity = 1024;
  let runRow: Int32Array<ArrayBuffer> = new Int32Array(capacity);
  let runStart = new Int32Array(capacity);
  let runEnd = new Int32Array(capacity);
  let parent = new Int32Array(capacity);
  let runCount = 0;
  let previousFirst = 0;
  let previousLast = 0;
  const find = (node: number): number => {
    let root = node;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    let current = node;
    while (current !== root) {
      const next = parent[current] ?? root;
      parent[current] = root;
      current = next;
    }
    return root;
  };
  // Runs are found with `indexOf`, which skips the paper natively (memchr), in raster order.
  let currentRow = -1;
  let currentFirst = 0;
  let position = 0;
  for (;;) {
    const first = mask.indexOf(1, position);
    if (first < 0) break;
    const y = Math.floor(first / width);
    if (y !== currentRow) {
      // The runs of the row above, if it is the previous row that had any.
      previousFirst = y === currentRow + 1 ? currentFirst : runCount;
      previousLast = runCount;
      currentRow = y;
      currentFirst = runCount;
    }
    const rowOffset = y * width;
    let last = mask.indexOf(0, first);
    if (last < 0 || last > rowOffset + width) last = rowOffset + width;
    const start = first - rowOffset;
    const x = last - rowOffset;
    position = last;
    if (runCount === capacity) {
      capacity *= 2;
      runRow = grow(runRow, capacity);
      runStart = grow(runStart, capacity);
      runEnd = grow(runEnd, capacity);
      parent = grow(parent, capacity);
    }
    runRow[runCount] = y;
    runStart[runCount] = start;
    runEnd[runCount] = x;
    parent[runCount] = runCount;
    // 8-connectivity: a run touches a run of the row above that overlaps [start - 1, x].
    for (let above = previousFirst; above < previousLast; above++) {
      if ((runEnd[above] as number) < start) continue;
      if ((runStart[above] as number) > x) break;
      const rootA = find(above);
      const rootB = find(runCount);
      if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
    runCount++;
  }
  const runComponent = new Int32Array(runCount);
  const componentOfRoot = new Int32Array(runCount).fill(-1);
  let componentCount = 0;
  for (let run = 0; run < runCount; run++) {
    const root = find(run);
    let component = componentOfRoot[root] ?? -1;
    if (component < 0) {
      component = componentCount++;
      componentOfRoot[root] = component;
    }
    runComponent[run] = component;
  }
  const area = new Int32Array(componentCount);
  const left = new Int32Array(componentCount).fill(width);
  const top = new Int32Array(componentCount).fill(height);
  const right = new Int32Array(componentCount);
  const bottom = new Int32Array(componentCount);
  for (let run = 0; run < runCount; run++) {
    const component = runComponent[run] ?? 0;
    const row = runRow[run] ?? 0;
    const start = runStart[run] ?? 0;
    const end = runEnd[run] ?? 0;
    area[component] = (area[component] ?? 0) + end - start;
    if (start < (left[component] ?? width)) left[component] = start;
    if (end > (right[component] ?? 0)) right[component] = end;
    if (row < (top[component] ?? height)) top[component] = row;
    if (row + 1 > (bottom[component] ?? 0)) bottom[component] = row + 1;
  }
  return {
    runRow: runRow.subarray(0, runCount),
    runStart: runStart.subarray(0, runCount),
    runEnd: runEnd.subarray(0, runCount),
    runComponent,
    runCount,
    componentCount,
    area,
    left,
    top,
    right,
    bottom,
  };
}

function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(capacity);
  larger.set(array);
  return larger;
}
