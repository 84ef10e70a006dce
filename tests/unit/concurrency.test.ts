import { describe, expect, it } from 'vitest';
import { mapInPool, readAhead } from '../../src/concurrency.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapInPool', () => {
  it('returns results in the order of the items, whatever order the work finishes in', async () => {
    const results = await mapInPool([3, 1, 2], 3, async (n) => {
      for (let i = 0; i < n; i += 1) await tick();
      return n * 10;
    });
    expect(results).toEqual([30, 10, 20]);
  });

  it('never has more than the limit in flight', async () => {
    let running = 0;
    let most = 0;
    await mapInPool([1, 2, 3, 4, 5, 6, 7], 3, async () => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
    });
    expect(most).toBe(3);
  });

  it('handles no items', async () => {
    expect(await mapInPool([], 4, async () => 1)).toEqual([]);
  });
});

describe('readAhead', () => {
  it('yields every load in item order, with failures as errors', async () => {
    const seen: string[] = [];
    for await (const loaded of readAhead(['a', 'bad', 'c'], 2, async (item) => {
      if (item === 'bad') throw new Error('unreadable');
      return item.toUpperCase();
    })) {
      seen.push(
        'error' in loaded ? `${loaded.item}: ${(loaded.error as Error).message}` : `${loaded.item}: ${loaded.result}`,
      );
    }
    expect(seen).toEqual(['a: A', 'bad: unreadable', 'c: C']);
  });

  it('starts loads ahead of the one being consumed, but no further than asked', async () => {
    const started: string[] = [];
    const items = ['a', 'b', 'c', 'd', 'e'];
    const iterator = readAhead(items, 2, async (item) => {
      started.push(item);
      return item;
    });
    await iterator.next();
    expect(started).toEqual(['a', 'b', 'c']);
    await iterator.return(undefined);
  });
});
