import { describe, expect, it } from 'vitest';
import { packShards, shardFolder } from '../../../src/lib/search-shards.ts';

describe('packShards', () => {
  it('keeps consecutive months together up to the limit', () => {
    const months = [
      { month: '2025-01', count: 3 },
      { month: '2025-02', count: 2 },
      { month: '2025-03', count: 4 },
      { month: '2025-04', count: 1 },
    ];
    expect(packShards(months, 5)).toEqual([
      ['2025-01', '2025-02'],
      ['2025-03', '2025-04'],
    ]);
  });
  it('orders months oldest first whatever order they came in', () => {
    const months = [
      { month: '2025-03', count: 1 },
      { month: '2024-12', count: 1 },
      { month: '2025-01', count: 1 },
    ];
    expect(packShards(months, 2)).toEqual([['2024-12', '2025-01'], ['2025-03']]);
  });
  it('gives a month larger than the limit a shard of its own', () => {
    const months = [
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 9 },
      { month: '2025-03', count: 1 },
    ];
    expect(packShards(months, 4)).toEqual([['2025-01'], ['2025-02'], ['2025-03']]);
  });
  it('puts everything in one shard when it fits, and nothing in none', () => {
    expect(packShards([{ month: '2025-01', count: 4000 }], 4000)).toEqual([['2025-01']]);
    expect(packShards([], 10)).toEqual([]);
  });
});

describe('shardFolder', () => {
  it('names the first shard as Pagefind does and numbers the rest from 2', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
});
