import { describe, expect, it } from 'vitest';
import { drawnTies } from '../../../src/lib/network-ties.ts';

describe('drawnTies', () => {
  it('keeps the strongest ties between two of the keys, each pair once with its ends in key order', () => {
    const keys = new Set(['people:a', 'people:b', 'people:c']);
    expect(
      drawnTies(
        [
          { a: 'people:b', b: 'people:a', count: 2 },
          { a: 'people:a', b: 'people:b', count: 2 },
          { a: 'people:a', b: 'people:outside', count: 9 },
          { a: 'people:c', b: 'people:c', count: 9 },
          { a: 'people:b', b: 'people:c', count: 0 },
          { a: 'people:a', b: 'people:c', count: 3 },
        ],
        keys,
      ),
    ).toEqual([
      { a: 'people:a', b: 'people:c', count: 3 },
      { a: 'people:a', b: 'people:b', count: 2 },
    ]);
  });
});
