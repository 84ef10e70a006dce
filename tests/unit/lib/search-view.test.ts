import { describe, expect, it } from 'vitest';
import {
  mergeCounts,
  mergeShardResults,
  pagefindOptions,
  readSearchState,
  searchStateParams,
  toSort,
} from '../../../src/lib/search-view.ts';

describe('toSort', () => {
  it('reads the sorts the page offers and falls back to relevance', () => {
    expect(toSort('newest')).toBe('newest');
    expect(toSort('oldest')).toBe('oldest');
    expect(toSort('random')).toBe('relevance');
    expect(toSort(null)).toBe('relevance');
  });
});

describe('readSearchState', () => {
  it('reads query, sort and filters from a URL, ignoring blanks, repeats and unknown names', () => {
    const state = readSearchState(
      new URLSearchParams('q=+Belousov+&sort=newest&person=A&person=A&person=&year=2025&colour=red'),
    );
    expect(state).toEqual({
      query: 'Belousov',
      sort: 'newest',
      filters: { person: ['A'], organisation: [], event: [], year: ['2025'] },
    });
  });
});

describe('searchStateParams', () => {
  it('writes the same query string for the same state and reads back to it', () => {
    const state = readSearchState(new URLSearchParams('year=2025&person=B&person=A&q=x&sort=oldest'));
    const params = searchStateParams(state);
    expect(params.toString()).toBe('q=x&sort=oldest&person=A&person=B&year=2025');
    expect(readSearchState(params)).toEqual({ ...state, filters: { ...state.filters, person: ['A', 'B'] } });
  });

  it('leaves out an empty query and the default sort', () => {
    expect(searchStateParams(readSearchState(new URLSearchParams('sort=relevance'))).toString()).toBe('');
  });
});

describe('pagefindOptions', () => {
  it('passes only chosen filters and sorts by date when asked', () => {
    const state = readSearchState(new URLSearchParams('person=A&sort=newest'));
    expect(pagefindOptions(state)).toEqual({ filters: { person: ['A'] }, sort: { date: 'desc' } });
    expect(pagefindOptions({ ...state, sort: 'oldest' }).sort).toEqual({ date: 'asc' });
    expect(pagefindOptions({ ...state, sort: 'relevance' })).toEqual({ filters: { person: ['A'] } });
  });
});

describe('mergeCounts', () => {
  it('adds up the counts of every shard, value by value', () => {
    expect(mergeCounts([{ person: { A: 1, B: 2 } }, { person: { B: 3 }, year: { '2025': 4 } }, {}])).toEqual({
      person: { A: 1, B: 5 },
      year: { '2025': 4 },
    });
  });
});

describe('mergeShardResults', () => {
  // Shards oldest first, each already in the order asked for.
  const shards = [
    [
      { id: '2019-b', score: 1 },
      { id: '2019-a', score: 9 },
    ],
    [{ id: '2024', score: 5 }],
    [
      { id: '2025-b', score: 5 },
      { id: '2025-a', score: 2 },
    ],
  ];
  const ids = (results: { id: string }[]) => results.map((result) => result.id);

  it('puts the newest shard first for "newest" and the oldest first for "oldest", keeping each shard\'s order', () => {
    expect(ids(mergeShardResults(shards, 'newest'))).toEqual(['2025-b', '2025-a', '2024', '2019-b', '2019-a']);
    expect(ids(mergeShardResults(shards, 'oldest'))).toEqual(['2019-b', '2019-a', '2024', '2025-b', '2025-a']);
  });

  it('interleaves by score for relevance, shard order breaking ties', () => {
    expect(ids(mergeShardResults(shards, 'relevance'))).toEqual(['2019-a', '2024', '2025-b', '2025-a', '2019-b']);
  });
});
