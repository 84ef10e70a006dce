import { describe, expect, it } from 'vitest';
import {
  excerptSegments,
  facetValues,
  mergeCounts,
  mergeShardResults,
  pagefindOptions,
  readSearchState,
  searchStateParams,
  toSort,
} from '../../../src/lib/search-view.ts';

const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((segment) => segment.mark).map((segment) => segment.text);

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

describe('facetValues', () => {
  const counts = { 'Ana Lopez': 3, 'Zoë Brand': 7, 'Émile Roux': 3, Nobody: 0, 'Carl Ash': 0 };

  it('lists values the results carry, most frequent first, then by name; none with no result', () => {
    expect(facetValues('person', counts, []).map((entry) => `${entry.value} ${entry.count}`)).toEqual([
      'Zoë Brand 7',
      'Ana Lopez 3',
      'Émile Roux 3',
    ]);
  });

  it('keeps a chosen value on top even when no result carries it any more', () => {
    expect(facetValues('person', counts, ['Carl Ash'])[0]).toEqual({ value: 'Carl Ash', count: 0, selected: true });
  });

  it('narrows to the values holding the typed text, ignoring case and accents', () => {
    expect(facetValues('person', counts, [], 'EMILE').map((entry) => entry.value)).toEqual(['Émile Roux']);
    expect(facetValues('person', counts, [], ' zoe ').map((entry) => entry.value)).toEqual(['Zoë Brand']);
    expect(facetValues('person', counts, [], 'nobody')).toEqual([]);
  });

  it('lists years newest first', () => {
    expect(facetValues('year', { '2024': 9, '2026': 1, '2025': 4 }, []).map((entry) => entry.value)).toEqual([
      '2026',
      '2025',
      '2024',
    ]);
  });

  it('keeps markup in a name as the text it is', () => {
    const name = 'Hospital]]><img src=x onerror=alert(1)> Foundation';
    expect(facetValues('organisation', { [name]: 1 }, [])).toEqual([{ value: name, count: 1, selected: false }]);
  });
});

describe('excerptSegments', () => {
  const title = 'Mayor opens the harbour wall';

  it('leaves out the headline and the first sentence it was made from', () => {
    const content = 'Mayor opens the harbour wall Mayor opens the harbour wall. It took three years to build.';
    expect(text(excerptSegments(content, at(15), title))).toBe('It took three years to build.');
    expect(marked(excerptSegments(content, at(15), title))).toEqual(['build.']);
  });

  it('marks with "…" the rest of a first sentence the headline was cut from', () => {
    const content = 'Mayor opens the harbour wall Mayor opens the harbour wall, officials said. It rained.';
    expect(text(excerptSegments(content, [], title))).toBe('… officials said. It rained.');
  });

  it('leaves out a given headline that the text does not repeat', () => {
    const content = 'MAYOR OPENS THE HARBOUR WALL Ana Lopez opened it on Friday.';
    expect(text(excerptSegments(content, [], title))).toBe('Ana Lopez opened it on Friday.');
  });

  it('takes the window of words holding the most matches, the middle one of equals, "…" where the text goes on', () => {
    // Word n of the text is w(n - 5): the headline comes first.
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`).join(' ');
    const segments = excerptSegments(`${title} ${words}`, at(60, 62), title, 10);
    expect(text(segments)).toBe('… w51 w52 w53 w54 w55 w56 w57 w58 w59 w60 …');
    expect(marked(segments)).toEqual(['w55', 'w57']);
    expect(marked(excerptSegments(`${title} ${words}`, [...at(20), ...at(60, 61)], title, 6))).toEqual(['w55', 'w56']);
  });

  it('gives the article text as written, markup included, as text', () => {
    const content = `${title} The Geneva<img src=x onerror=alert(1)> Summit &amp; AT&T.`;
    expect(text(excerptSegments(content, at(6), title))).toBe(
      'The Geneva<img src=x onerror=alert(1)> Summit &amp; AT&T.',
    );
    expect(marked(excerptSegments(content, at(6), title))).toEqual(['Geneva<img']);
  });

  it('shows nothing rather than the headline again when the text is only the headline', () => {
    expect(excerptSegments(`${title} ${title}.`, at(1), title)).toEqual([]);
  });
});
