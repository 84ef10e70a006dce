import { describe, expect, it } from 'vitest';
import { articlePageOfFile, ShardProgress } from '../../../src/search/early-shards.ts';
import { pagesByMonth, planShards } from '../../../src/lib/search-shards.ts';

const page = (folder: string) => `articles/${folder.slice(0, 4)}/${folder}/index.html`;
const expected = [page('2024-01-05-a'), page('2024-01-09-b'), page('2024-02-01-c'), page('2025-03-01-d')];

describe('ShardProgress', () => {
  it('plans the shards indexSite plans for the same pages', () => {
    expect(new ShardProgress(expected, 2).shards).toEqual(planShards(pagesByMonth(expected), 2));
  });

  it('says which shard a page made whole, once', () => {
    const progress = new ShardProgress(expected, 2);
    // The newest month is a shard of its own (src/lib/search-shards.ts).
    expect(progress.shards.map((shard) => shard.months)).toEqual([['2024-01'], ['2024-02'], ['2025-03']]);
    expect(progress.written(page('2024-01-09-b'))).toBeUndefined();
    expect(progress.written(page('2024-01-05-a'))).toBe(0);
    expect(progress.written(page('2024-01-05-a'))).toBeUndefined();
    expect(progress.written(page('2030-01-01-unknown'))).toBeUndefined();
    expect(progress.written(page('2024-02-01-c'))).toBe(1);
    expect(progress.written(page('2025-03-01-d'))).toBe(2);
    expect(progress.written(page('2025-03-01-d'))).toBeUndefined();
  });
});

describe('articlePageOfFile', () => {
  it('names the page of an article file as the site does', () => {
    expect(articlePageOfFile('2024/2024-01-05-a.mdx')).toBe('articles/2024/2024-01-05-a/index.html');
  });
});
