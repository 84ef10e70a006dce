import { describe, expect, it } from 'vitest';
import { isShardFolder, packShards, pagesByMonth, planShards, shardFolder } from '../../../src/lib/search-shards.ts';

describe('packShards', () => {
  it('keeps consecutive months of a year together up to the limit', () => {
    const months = [
      { month: '2025-01', count: 3 },
      { month: '2025-02', count: 2 },
      { month: '2025-03', count: 4 },
      { month: '2025-04', count: 1 },
      { month: '2025-05', count: 1 },
    ];
    expect(packShards(months, 5)).toEqual([['2025-01', '2025-02'], ['2025-03', '2025-04'], ['2025-05']]);
  });
  it('orders months oldest first whatever order they came in', () => {
    const months = [
      { month: '2025-03', count: 1 },
      { month: '2025-02', count: 1 },
      { month: '2025-05', count: 1 },
      { month: '2025-01', count: 1 },
    ];
    expect(packShards(months, 2)).toEqual([['2025-01', '2025-02'], ['2025-03'], ['2025-05']]);
  });
  it('gives the newest month a shard of its own, so articles of the newest day re-index only it', () => {
    const months = [
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 1 },
      { month: '2025-03', count: 1 },
    ];
    expect(packShards(months, 10)).toEqual([['2025-01', '2025-02'], ['2025-03']]);
    // One more article on the newest day changes only the newest shard.
    const later = months.map((month) => (month.month === '2025-03' ? { ...month, count: 2 } : month));
    expect(packShards(later, 10)).toEqual(packShards(months, 10));
  });
  it('never packs months of two years together', () => {
    const months = [
      { month: '2023-11', count: 1 },
      { month: '2023-12', count: 1 },
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 1 },
      { month: '2025-01', count: 1 },
    ];
    expect(packShards(months, 10)).toEqual([['2023-11', '2023-12'], ['2024-01', '2024-02'], ['2025-01']]);
  });
  it('moves only the boundaries of its own year when a back-dated article takes a shard over the limit', () => {
    const months = ['2023-01', '2023-02', '2023-03', '2024-01', '2024-02', '2024-03', '2025-01'].map((month) => ({
      month,
      count: 2,
    }));
    const before = packShards(months, 4);
    expect(before).toEqual([['2023-01', '2023-02'], ['2023-03'], ['2024-01', '2024-02'], ['2024-03'], ['2025-01']]);
    const backDated = months.map((month) => (month.month === '2023-02' ? { ...month, count: 3 } : month));
    const after = packShards(backDated, 4);
    expect(after).toEqual([['2023-01'], ['2023-02'], ['2023-03'], ['2024-01', '2024-02'], ['2024-03'], ['2025-01']]);
    // Every shard of the other years is the shard it was.
    expect(after.filter((shard) => !shard[0]?.startsWith('2023'))).toEqual(
      before.filter((shard) => !shard[0]?.startsWith('2023')),
    );
  });
  it('gives a month larger than the limit a shard of its own', () => {
    const months = [
      { month: '2025-01', count: 1 },
      { month: '2025-02', count: 9 },
      { month: '2025-03', count: 1 },
      { month: '2025-04', count: 1 },
    ];
    expect(packShards(months, 4)).toEqual([['2025-01'], ['2025-02'], ['2025-03'], ['2025-04']]);
  });
  it('puts one month in one shard, and nothing in none', () => {
    expect(packShards([{ month: '2025-01', count: 4000 }], 4000)).toEqual([['2025-01']]);
    expect(packShards([], 10)).toEqual([]);
  });
});

describe('shardFolder', () => {
  it('names the first shard as Pagefind does and numbers the rest from 2', () => {
    expect([0, 1, 2].map(shardFolder)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
});

describe('pagesByMonth and planShards', () => {
  const page = (folder: string) => `articles/${folder.slice(0, 4)}/${folder}/index.html`;
  const pages = [page('2024-02-01-b'), page('2024-01-05-a'), page('2024-02-09-c'), page('2025-03-01-d')];

  it('groups article pages by the month their folder name starts with', () => {
    expect(pagesByMonth(pages)).toEqual(
      new Map([
        ['2024-02', [page('2024-02-01-b'), page('2024-02-09-c')]],
        ['2024-01', [page('2024-01-05-a')]],
        ['2025-03', [page('2025-03-01-d')]],
      ]),
    );
  });
  it('plans the shards packShards packs, each with its months’ pages', () => {
    expect(planShards(pagesByMonth(pages), 2)).toEqual([
      { months: ['2024-01'], pages: [page('2024-01-05-a')] },
      { months: ['2024-02'], pages: [page('2024-02-01-b'), page('2024-02-09-c')] },
      { months: ['2025-03'], pages: [page('2025-03-01-d')] },
    ]);
    expect(planShards(new Map(), 3)).toEqual([]);
  });
});

describe('isShardFolder', () => {
  it('knows every shard folder and nothing else at the top of the site', () => {
    expect([0, 1, 11].map(shardFolder).every(isShardFolder)).toBe(true);
    expect(['pagefind-x', 'pagefinder', 'search', 'pagefind-2.txt', 'people'].some(isShardFolder)).toBe(false);
  });
});
