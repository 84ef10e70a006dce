import { describe, expect, it } from 'vitest';
import { inTurn } from '../../../src/search/in-turn.ts';

/** A promise settled from outside, and whether it has been. */
function deferred() {
  let settle: (error?: Error) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  return { promise, settle };
}

/** Lets every pending callback run. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('inTurn', () => {
  it('starts the items in order, at most so many at a time', async () => {
    const waits = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const run = inTurn([0, 1, 2, 3], 2, (item) => {
      started.push(item);
      return waits[item]!.promise;
    });
    await tick();
    expect(started).toEqual([0, 1]);
    waits[1]!.settle();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    waits[0]!.settle();
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    waits[2]!.settle();
    waits[3]!.settle();
    await run;
  });

  it('runs one at a time when asked for one, and for less than one or not a whole number', async () => {
    for (const atOnce of [1, 0, -2, 1.5, Number.NaN]) {
      const log: string[] = [];
      await inTurn(['a', 'b', 'c'], atOnce, async (item) => {
        log.push(`start ${item}`);
        await tick();
        log.push(`end ${item}`);
      });
      expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    }
  });

  it('starts no more items after a failure, and throws it only once every started item has settled', async () => {
    const waits = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    let settled = false;
    const run = inTurn([0, 1, 2], 2, (item) => {
      started.push(item);
      return waits[item]!.promise;
    }).finally(() => (settled = true));
    await tick();
    waits[0]!.settle(new Error('shard 0 failed'));
    await tick();
    // Item 1 still runs: the failure waits for it, and item 2 is never started.
    expect(settled).toBe(false);
    waits[1]!.settle(new Error('shard 1 failed too'));
    await expect(run).rejects.toThrow('shard 0 failed');
    expect(started).toEqual([0, 1]);
  });

  it('does nothing for no items', async () => {
    await expect(inTurn([], 2, () => Promise.reject(new Error('never called')))).resolves.toBeUndefined();
  });
});
