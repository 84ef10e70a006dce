/**
 * Calls `work` on every item with at most `limit` calls in flight, and returns the results in
 * the items' order. File-system calls each wait on the disk; overlapping a few of them is what
 * makes ingest fast, while the order of results (and so of every report) stays fixed.
 */
export async function mapInPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Yields `load(item)` for each item in order, starting up to `ahead` loads before they are
 * needed, so reading the next files overlaps with working on this one. A failed load is yielded
 * as its error rather than thrown, so one bad file does not stop the rest.
 */
export async function* readAhead<T, R>(
  items: readonly T[],
  ahead: number,
  load: (item: T) => Promise<R>,
): AsyncGenerator<{ item: T; result: R } | { item: T; error: unknown }> {
  const started: (Promise<{ result: R } | { error: unknown }> | undefined)[] = [];
  const start = (index: number) => {
    const item = items[index];
    if (index < items.length && started[index] === undefined && item !== undefined) {
      started[index] = load(item).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
    }
  };
  for (let index = 0; index < items.length; index += 1) {
    for (let upcoming = index; upcoming <= index + ahead; upcoming += 1) start(upcoming);
    const loaded = await started[index];
    // Let go of a yielded load, so a long list does not keep every file it read.
    started[index] = undefined;
    if (loaded) yield { item: items[index] as T, ...loaded };
  }
}
