import { describe, expect, it } from 'vitest';
import { bandedTies, drawnTies } from '../../../src/lib/network-ties.ts';

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

describe('bandedTies', () => {
  it('keeps of each tie only its quarter of the strongest, 1 to 4', () => {
    const ties = [
      { a: 'a', b: 'b', count: 120 },
      { a: 'a', b: 'c', count: 61 },
      { a: 'b', b: 'c', count: 59 },
      { a: 'c', b: 'd', count: 1 },
    ];
    expect(bandedTies(ties).map((tie) => tie.count)).toEqual([4, 3, 2, 1]);
    expect(bandedTies([{ ...ties[0]!, count: 121 }, ...ties.slice(1)]).map((tie) => tie.count)).toEqual([4, 3, 2, 1]);
  });
});
