/**
 * Runs `task` on every item, at most `atOnce` at a time, the items started in order. After a
 * failure no more items are started, and every task already started is awaited, failed or not,
 * before the first failure is thrown: none is left running when the caller cleans up (the search
 * step stops Pagefind's process, which would fail a shard still being written).
 */
export async function inTurn<T>(items: readonly T[], atOnce: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Anything but a whole number of 1 or more (NaN included, which would start no lane and so
  // build nothing, silently) runs one at a time.
  const width = Number.isInteger(atOnce) && atOnce >= 1 ? atOnce : 1;
  const lanes = await Promise.allSettled(Array.from({ length: width }, lane));
  const failure = lanes.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
